// Roll-ups: the firms, ministries and agencies that belong to a state (through based-in / part-of), whose acts count towards it.
import type { ActorGraph } from '../model/actor-graph.js';
import type { ActorKind, RelationKind } from '../model/vocabulary.js';

/** How a query treats the acts of a state's firms and bodies: as their own (`none`) or as the state's (`state`). */
export const ROLLUPS = ['none', 'state'] as const;
export type Rollup = (typeof ROLLUPS)[number];

/** The `rollup` query parameter, for the routes that take it (ties, compare, balance, paths). */
export const ROLLUP_DESCRIPTION =
  "`state`: the acts of a state's firms, ministries and agencies (joined to it by based-in / part-of) count towards the state, each marked with the actor it came through; `none` (default): as coded";

/** Structural kinds that make an actor belong to the one it points at. */
const MEMBERSHIP: ReadonlySet<RelationKind> = new Set(['based-in', 'part-of']);
/** Kinds of actor whose acts roll up: the state's firms, bodies and agencies (not places, people or arrangements). */
export const ROLLS_UP: ReadonlySet<ActorKind> = new Set(['firm', 'government-body', 'organisation']);
/** How deep a chain of membership is followed (a unit of a ministry of a state). */
export const MAX_ROLLUP_DEPTH = 4;

/**
 * The actors whose acts count towards `id`, with `id` itself first: with `state` roll-up and a state, every firm
 * or body joined to it by based-in / part-of chains (at most four links); otherwise just `id`.
 */
export function rolledUpMembers(graph: ActorGraph, id: string, rollup: Rollup = 'none'): string[] {
  if (rollup === 'none' || graph.getNodeAttribute(id, 'kind') !== 'state') return [id];
  const members = [id];
  const seen = new Set(members);
  let frontier = [id];
  for (let depth = 0; depth < MAX_ROLLUP_DEPTH && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const whole of frontier) {
      graph.forEachInEdge(whole, (_key, relation, source, _target, sourceActor) => {
        if (!MEMBERSHIP.has(relation.kind) || seen.has(source) || !ROLLS_UP.has(sourceActor.kind)) return;
        seen.add(source);
        members.push(source);
        next.push(source);
      });
    }
    frontier = next;
  }
  return members;
}

/** True for the structural relations that make the roll-up itself (a member's tie to its own whole), which a rolled-up card leaves out. */
export function isMembership(kind: RelationKind): boolean {
  return MEMBERSHIP.has(kind);
}

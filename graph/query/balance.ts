// Structural balance (Heider; Cartwright–Harary): signed triads, and the unbalanced ones ("the friend of my friend is my enemy") with their evidence.
import type { ActorGraph } from '../model/actor-graph.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';
import { requireActor } from './require-actor.js';
import { QueryError } from '../errors.js';
import { Deadline } from '../shared/deadline.js';
import { pairKey, signedPairs, type SignedPair } from './signed-pairs.js';
import type { Rollup } from './rollup.js';
import type { BalanceResult, TriadEdge } from './balance-results.js';

/** Options of a balance query beyond the relation filter. */
export interface BalanceOptions {
  /** Only the triads of this actor. */
  actor?: string;
  rollup?: Rollup;
  /** Unbalanced triads listed (1..200, default 50); the counts cover them all. */
  limit?: number;
  /** Time budget in ms (default 2000): past it the query stops with BudgetError naming `actor`. */
  budgetMs?: number;
}

export const BALANCE_LIMIT_MAX = 200;

/**
 * Counts the triads whose three pairs all carry a sign (ambivalent pairs are left out, not netted) and lists the
 * unbalanced ones (an odd number of hostile pairs: + + − or − − −), strongest evidence per pair, in actor order.
 */
export function balance(graph: ActorGraph, filter: RelationFilter = {}, options: BalanceOptions = {}): BalanceResult {
  if (options.actor !== undefined) requireActor(graph, options.actor, 'actor');
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > BALANCE_LIMIT_MAX)
    throw new QueryError('limit', `expected an integer from 1 to ${BALANCE_LIMIT_MAX}, got ${limit}`);
  const rollup = options.rollup ?? 'none';
  const deadline = new Deadline(options.budgetMs ?? 2000, 'actor');
  const pairs = signedPairs(graph, compileFilter(filter), rollup);
  const neighbours = new Map<string, Set<string>>();
  let ambivalent = 0;
  for (const pair of pairs.values()) {
    if (pair.sign === 'ambivalent') {
      ambivalent += 1;
      continue;
    }
    for (const [x, y] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const set = neighbours.get(x) ?? new Set<string>();
      set.add(y);
      neighbours.set(x, set);
    }
  }
  const result: BalanceResult = {
    balanced: 0,
    unbalanced: 0,
    ambivalentPairs: ambivalent,
    triads: [],
    truncated: false,
  };
  if (options.actor !== undefined) result.actor = options.actor;
  if (filter.asOf !== undefined) result.asOf = filter.asOf;
  if (rollup !== 'none') result.rollup = rollup;
  const centres = options.actor !== undefined ? [options.actor] : [...neighbours.keys()].sort();
  for (const x of centres) {
    deadline.check();
    const around = [...(neighbours.get(x) ?? [])].sort();
    for (let i = 0; i < around.length; i += 1) {
      for (let j = i + 1; j < around.length; j += 1) {
        const [y, z] = [around[i]!, around[j]!];
        // Without an actor, each triad once: from its smallest id.
        if (options.actor === undefined && (y < x || z < x)) continue;
        const yz = pairs.get(pairKey(y, z));
        if (!yz || yz.sign === 'ambivalent') continue;
        const edges = [pairs.get(pairKey(x, y))!, pairs.get(pairKey(x, z))!, yz];
        const negatives = edges.filter((edge) => edge.sign === '-').length;
        if (negatives % 2 === 0) {
          result.balanced += 1;
          continue;
        }
        result.unbalanced += 1;
        if (result.triads.length < limit)
          result.triads.push({ actors: [x, y, z], edges: edges.map(triadEdge), reading: triadReading(graph, edges) });
        else result.truncated = true;
      }
    }
  }
  return result;
}

function triadEdge(pair: SignedPair): TriadEdge {
  const edge: TriadEdge = {
    a: pair.a,
    b: pair.b,
    sign: pair.sign as '+' | '-',
    relation: pair.strongest.id,
    kind: pair.strongest.kind,
    evidence: pair.strongest.evidence[0]!,
  };
  if (pair.via) edge.via = pair.via;
  return edge;
}

/** "Israel–Azerbaijan +, Azerbaijan–Iran −, Iran–Israel −": who is friend and who foe, by name. */
function triadReading(graph: ActorGraph, edges: SignedPair[]): string {
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  return edges.map((edge) => `${name(edge.a)}–${name(edge.b)} ${edge.sign === '+' ? '+' : '−'}`).join(', ');
}

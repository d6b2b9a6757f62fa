// Roll-up on the index: which actor ints fold into a state and which membership relations make the fold, for `rollup=state` paths.
import type { RelationIndex } from '../relation-index.js';
import { isLive, KIND_CODE } from '../relation-index.js';
import { isMembership, ROLLS_UP, MAX_ROLLUP_DEPTH } from '../../query/rollup.js';
import { RELATION_KIND_IDS } from '../../model/vocabulary.js';

/** A roll-up compiled to ints: plain data, so it crosses to a worker thread with the prepared query. */
export interface RollupMap {
  /** Node int → the state int it folds into, or -1 (a state itself, or an actor that does not roll up). */
  stateOf: Int32Array;
  /** The relation ints of the membership links (based in, part of) on each member's chain to its state. */
  links: Int32Array;
}

const MEMBERSHIP_CODES = new Set(RELATION_KIND_IDS.filter(isMembership).map((kind) => KIND_CODE.get(kind)!));

/**
 * The roll-up of an index, as `rolledUpMembers` reads it on the graph: a firm, ministry or agency joined to a state
 * by a chain of based-in / part-of links (at most four, through other firms and bodies) folds into that state. One
 * pass over the relations' kind codes, so it is computed per query rather than cached against an index that may
 * change. A member with links to two states folds into the first one found (lowest relation int), so every actor
 * has at most one state and a folded path is well defined.
 */
export function rollupMap(index: RelationIndex): RollupMap {
  const parent = new Int32Array(index.nodeCount).fill(-1);
  const parentLink = new Int32Array(index.nodeCount).fill(-1);
  for (let r = 0; r < index.relationCount; r++) {
    if (!MEMBERSHIP_CODES.has(index.kind[r]!) || !isLive(index, r)) continue;
    const member = index.relationSource[r]!;
    const whole = index.relationTarget[r]!;
    if (parent[member] !== -1 || !ROLLS_UP.has(index.actors[member]!.kind)) continue;
    const wholeKind = index.actors[whole]!.kind;
    if (wholeKind !== 'state' && !ROLLS_UP.has(wholeKind)) continue;
    parent[member] = whole;
    parentLink[member] = r;
  }
  const stateOf = new Int32Array(index.nodeCount).fill(-1);
  const links: number[] = [];
  for (let v = 0; v < index.nodeCount; v++) {
    let up = v;
    const chain: number[] = [];
    for (let depth = 0; depth < MAX_ROLLUP_DEPTH && parent[up] !== -1; depth++) {
      chain.push(parentLink[up]!);
      up = parent[up]!;
      if (index.actors[up]!.kind === 'state') break;
    }
    if (up === v || index.actors[up]!.kind !== 'state') continue;
    stateOf[v] = up;
    // The chain's first link is v's own; the rest are pushed again by the members above, so only v's is kept.
    links.push(chain[0]!);
  }
  return { stateOf, links: Int32Array.from(links) };
}

/** The actor int a node stands for under the roll-up: its state, or itself. */
export function foldedNode(map: RollupMap, v: number): number {
  const state = map.stateOf[v]!;
  return state === -1 ? v : state;
}

// From a path's actors to its steps: the relation chosen between each pair, and the path's score and rank.
import { DIRECTION_UNDIRECTED } from '../relation-index.js';
import type { Traversal } from '../traversal.js';

/** A path as node ints with the relation int chosen for each step and its weight. */
export interface ScoredPath {
  nodes: number[];
  relations: number[];
  weights: number[];
  hops: number;
  /** Product of the step weights, and the weakest step weight. */
  product: number;
  bottleneck: number;
}

/**
 * The relation of one step u → v: among the parallel relations of the pair that the query lets through (and,
 * when directed, that run u → v), the heaviest, which serves every mode best (fewer-hop ties break by product).
 * Scans whichever end has fewer slots. Returns -1 if none (cannot happen for a path a search returned).
 */
export function chooseRelation(tr: Traversal, u: number, v: number): [relation: number, weight: number] {
  const { slotStart, slotEnd, neighbour, slotRelation } = tr.index;
  const fromU = slotEnd[u]! - slotStart[u]! <= slotEnd[v]! - slotStart[v]!;
  const at = fromU ? u : v;
  const other = fromU ? v : u;
  let best = -1;
  let bestWeight = -1;
  for (let slot = slotStart[at]!, last = slotEnd[at]!; slot < last; slot++) {
    if (neighbour[slot] !== other || !tr.open(slot, fromU)) continue;
    const r = slotRelation[slot]!;
    const w = tr.weight(r);
    if (w > bestWeight || (w === bestWeight && w >= 0 && r < best)) {
      best = r;
      bestWeight = w;
    }
  }
  return [best, bestWeight];
}

/** Scores a node path: picks each step's relation and computes hops, product and weakest link. */
export function scorePath(tr: Traversal, nodes: number[]): ScoredPath {
  const relations: number[] = [];
  const weights: number[] = [];
  let product = 1;
  let bottleneck = Infinity;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [r, w] = chooseRelation(tr, nodes[i]!, nodes[i + 1]!);
    relations.push(r);
    weights.push(w);
    product *= w;
    if (w < bottleneck) bottleneck = w;
  }
  return { nodes, relations, weights, hops: nodes.length - 1, product, bottleneck };
}

/** The score a path reports: hops (shortest), product of weights (strongest) or weakest link (widest). */
export function reportedScore(tr: Traversal, path: ScoredPath): number {
  return tr.mode === 'shortest' ? path.hops : tr.mode === 'strongest' ? path.product : path.bottleneck;
}

/** Orders paths best first: by the mode's score, then fewer hops, then greater product, then node ints. */
export function comparePaths(tr: Traversal, a: ScoredPath, b: ScoredPath): number {
  const primary =
    tr.mode === 'shortest'
      ? a.hops - b.hops
      : tr.mode === 'strongest'
        ? b.product - a.product
        : b.bottleneck - a.bottleneck;
  if (primary !== 0) return primary;
  if (a.hops !== b.hops) return a.hops - b.hops;
  if (a.product !== b.product) return b.product - a.product;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return a.nodes[i]! - b.nodes[i]!;
  return 0;
}

/** How a step walks its relation: along it, against it, or an undirected relation. */
export function traversalOf(tr: Traversal, relation: number, from: number): 'forward' | 'backward' | 'undirected' {
  const index = tr.index;
  const slotDirection = index.relationSource[relation] === from ? 'forward' : 'backward';
  // An undirected relation's recorded source/target order means nothing.
  return isUndirected(tr, relation) ? 'undirected' : slotDirection;
}

function isUndirected(tr: Traversal, relation: number): boolean {
  const index = tr.index;
  const s = index.relationSource[relation]!;
  for (let slot = index.slotStart[s]!, last = index.slotEnd[s]!; slot < last; slot++) {
    if (index.slotRelation[slot] === relation) return index.slotDirection[slot] === DIRECTION_UNDIRECTED;
  }
  return false;
}

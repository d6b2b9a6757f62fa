// Widest (maximum-bottleneck) value without a hop bound: bidirectional Dijkstra on the weakest link.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from '../traversal.js';
import type { RelationIndexCore } from '../index-core.js';
import { fewestHops } from './fewest-hops.js';

/**
 * The greatest weakest link of any path, capped by `p.cap` (the root's weakest link in Yen's spur searches),
 * or -Infinity when there is no path. Max-min is a valid Dijkstra order (extending a path never raises its
 * bottleneck). The searches may stop as soon as EITHER heap's best bottleneck is ≤ the best meeting: a better
 * path would need all of its nodes above that value, so that side would already have reached the other.
 * The caller then finds the fewest-hop path among edges ≥ that value (which also enforces the hop limit).
 * Hand-written over the CSR arrays: graphology-shortest-path has no max-min search, and walking graphology's
 * objects costs far more per edge (README, Speed).
 */
export function widestBottleneck(tr: Traversal, sc: SearchScratch, p: SearchProblem): number {
  const gen = sc.nextGeneration();
  const { slotStart, slotEnd, neighbour, slotRelation } = tr.index;
  const { banned, bannedNext, stampF, stampB, distF, distB, doneF, doneB, heapF, heapB } = sc;
  const bans = p.bans;
  // dist holds the bottleneck; heap keys are its negation (a min-heap).
  stampF[p.source] = gen;
  distF[p.source] = p.cap;
  heapF.push(p.source, -p.cap);
  stampB[p.target] = gen;
  distB[p.target] = Infinity;
  heapB.push(p.target, -Infinity);
  let best = -Infinity;

  while (heapF.size > 0 && heapB.size > 0 && -heapF.topKey() > best && -heapB.topKey() > best) {
    const forward = heapF.size <= heapB.size;
    const heap = forward ? heapF : heapB;
    const done = forward ? doneF : doneB;
    const stamp = forward ? stampF : stampB;
    const dist = forward ? distF : distB;
    const otherStamp = forward ? stampB : stampF;
    const otherDist = forward ? distB : distF;
    const u = heap.pop();
    if (done[u] === gen) continue;
    done[u] = gen;
    const bu = dist[u]!;
    for (let slot = slotStart[u]!, last = slotEnd[u]!; slot < last; slot++) {
      const v = neighbour[slot]!;
      if (banned[v] === bans || !tr.open(slot, forward)) continue;
      if (forward ? u === p.source && bannedNext[v] === bans : v === p.source && bannedNext[u] === bans) continue;
      const w = tr.weight(slotRelation[slot]!);
      if (w <= 0) continue;
      const bv = bu < w ? bu : w;
      if (bv <= best) continue;
      if (stamp[v] !== gen || bv > dist[v]!) {
        stamp[v] = gen;
        dist[v] = bv;
        heap.push(v, -bv);
      }
      if (otherStamp[v] === gen) {
        const through = bv < otherDist[v]! ? bv : otherDist[v]!;
        if (through > best) best = through;
      }
    }
  }
  return best;
}

const distinctWeightCache = new WeakMap<RelationIndexCore, Map<boolean, Float64Array>>();

/** The distinct positive weights of the index's relations under the traversal's weight, ascending (computed once per index and weight). */
function distinctWeights(tr: Traversal): Float64Array {
  let byWeight = distinctWeightCache.get(tr.index);
  if (!byWeight) distinctWeightCache.set(tr.index, (byWeight = new Map()));
  let weights = byWeight.get(tr.useConfidence);
  if (!weights) {
    const { strength, confidence, relationCount } = tr.index;
    const all = new Float64Array(relationCount);
    for (let r = 0; r < relationCount; r++) all[r] = tr.useConfidence ? strength[r]! * confidence[r]! : strength[r]!;
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (all[i]! > 0 && (n === 0 || all[i] !== all[n - 1])) all[n++] = all[i]!;
    weights = all.slice(0, n);
    byWeight.set(tr.useConfidence, weights);
  }
  return weights;
}

/**
 * The widest path within the hop limit when the unbounded bottleneck θ needs too many hops: "a path within
 * the limit using only weights ≥ x" is monotone in x, so a binary search over the distinct weights below θ,
 * each step a bidirectional BFS, finds the greatest feasible x; the BFS at x gives the fewest-hop path.
 * About log2(distinct weights) BFS runs, far cheaper than a hop-layered max-min search on a big graph.
 */
export function widestWithinHops(tr: Traversal, sc: SearchScratch, p: SearchProblem, theta: number): number[] | null {
  const weights = distinctWeights(tr);
  let lo = 0;
  let hi = lowerBound(weights, theta) - 1; // candidates strictly below θ (θ itself is known infeasible)
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fewestHops(tr, sc, p, weights[mid]!)) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best === -1 ? null : fewestHops(tr, sc, p, weights[best]!);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

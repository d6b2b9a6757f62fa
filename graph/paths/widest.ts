// Widest (maximum-bottleneck) value without a hop bound: bidirectional Dijkstra on the weakest link.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from './traversal.js';

/**
 * The greatest weakest link of any path, capped by `p.cap` (the root's weakest link in Yen's spur searches),
 * or -Infinity when there is no path. Max-min is a valid Dijkstra order (extending a path never raises its
 * bottleneck). The searches may stop as soon as EITHER heap's best bottleneck is ≤ the best meeting: a better
 * path would need all of its nodes above that value, so that side would already have reached the other.
 * The caller then finds the fewest-hop path among edges ≥ that value (which also enforces the hop limit).
 */
export function widestBottleneck(tr: Traversal, sc: SearchScratch, p: SearchProblem): number {
  const gen = sc.nextGeneration();
  const { offsets, neighbour, slotRelation } = tr.index;
  const { banned, bannedNext, stampF, stampB, distF, distB, doneF, doneB, heapF, heapB } = sc;
  const bans = p.bans;
  // dist holds the bottleneck; heap keys are its negation (a min-heap).
  stampF[p.source] = gen; distF[p.source] = p.cap; heapF.push(p.source, -p.cap);
  stampB[p.target] = gen; distB[p.target] = Infinity; heapB.push(p.target, -Infinity);
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
    for (let slot = offsets[u]!, last = offsets[u + 1]!; slot < last; slot++) {
      const v = neighbour[slot]!;
      if (banned[v] === bans || !tr.open(slot, forward)) continue;
      if (forward ? u === p.source && bannedNext[v] === bans : v === p.source && bannedNext[u] === bans) continue;
      const w = tr.weight(slotRelation[slot]!);
      if (w <= 0) continue;
      const bv = bu < w ? bu : w;
      if (bv <= best) continue;
      if (stamp[v] !== gen || bv > dist[v]!) {
        stamp[v] = gen; dist[v] = bv;
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

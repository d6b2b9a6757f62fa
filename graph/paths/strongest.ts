// Strongest path without a hop bound: bidirectional Dijkstra on −log(weight) over the CSR arrays.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from './traversal.js';


/**
 * The path with the greatest product of weights, i.e. the least Σ −log(w) (weights lie in (0, 1], so costs
 * are ≥ 0 and Dijkstra is exact), ignoring the hop limit; the caller checks the limit and falls back to the
 * hop-bounded search when the bound binds. Hand-written over typed arrays rather than graphology-shortest-path:
 * its dijkstra.bidirectional walks graphology's edge objects and is ~60–100× slower at 100k/1M (issue 3).
 * Two searches alternate (the one with the smaller heap moves) and stop once topF + topB ≥ the best meeting.
 */
export function strongestUnbounded(tr: Traversal, sc: SearchScratch, p: SearchProblem): number[] | null {
  const gen = sc.nextGeneration();
  const { offsets, neighbour, slotRelation } = tr.index;
  const { banned, bannedNext, stampF, stampB, distF, distB, parentF, parentB, doneF, doneB, heapF, heapB } = sc;
  const bans = p.bans;
  stampF[p.source] = gen; distF[p.source] = 0; parentF[p.source] = -1; heapF.push(p.source, 0);
  stampB[p.target] = gen; distB[p.target] = 0; parentB[p.target] = -1; heapB.push(p.target, 0);
  let best = Infinity;
  let meetF = -1;
  let meetB = -1;

  while (heapF.size > 0 && heapB.size > 0 && heapF.topKey() + heapB.topKey() < best) {
    const forward = heapF.size <= heapB.size;
    const heap = forward ? heapF : heapB;
    const done = forward ? doneF : doneB;
    const stamp = forward ? stampF : stampB;
    const dist = forward ? distF : distB;
    const parent = forward ? parentF : parentB;
    const otherStamp = forward ? stampB : stampF;
    const otherDist = forward ? distB : distF;
    const u = heap.pop();
    if (done[u] === gen) continue;
    done[u] = gen;
    const du = dist[u]!;
    for (let slot = offsets[u]!, last = offsets[u + 1]!; slot < last; slot++) {
      const v = neighbour[slot]!;
      if (banned[v] === bans || !tr.open(slot, forward)) continue;
      if (forward ? u === p.source && bannedNext[v] === bans : v === p.source && bannedNext[u] === bans) continue;
      const w = tr.weight(slotRelation[slot]!);
      if (w <= 0) continue;
      const dv = du - Math.log(w);
      if (stamp[v] !== gen || dv < dist[v]!) {
        stamp[v] = gen; dist[v] = dv; parent[v] = u;
        heap.push(v, dv);
      }
      if (otherStamp[v] === gen && dv + otherDist[v]! < best) {
        best = dv + otherDist[v]!;
        meetF = forward ? u : v;
        meetB = forward ? v : u;
      }
    }
  }
  if (meetF === -1) return null;
  // The meeting edge joins meetF (reached forward) and meetB (reached backward); rebuild each half from its parents.
  const head: number[] = [];
  for (let v = meetF; v !== -1; v = parentF[v]!) head.push(v);
  head.reverse();
  for (let v = meetB; v !== -1; v = parentB[v]!) head.push(v);
  return head;
}


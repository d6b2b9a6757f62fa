// Hop balls: exact hop distances from one actor out to a few levels, for pruning the hop-bounded search.
import type { SearchScratch } from './scratch.js';
import type { Traversal } from '../traversal.js';

/**
 * Breadth-first levels around `root` under the query's rules (walking out of it when `forward`, into it
 * otherwise), marking each reached node with its hop distance; stops before a level whose expansion would
 * scan more than `budget` slots. Returns the radius known exactly: a node unmarked, or marked farther, is
 * more than that many hops away. Yen's bans are ignored, which only makes the ball larger (still a valid bound).
 * `costs` (slot-costs.ts), when given, says which slots can be walked without reading their relations.
 */
export function hopBall(
  tr: Traversal,
  sc: SearchScratch,
  root: number,
  forward: boolean,
  stamp: Int32Array,
  hops: Uint8Array,
  gen: number,
  maxRadius: number,
  budget: number,
  costs?: Float64Array,
): number {
  const { slotStart, slotEnd, neighbour, slotRelation } = tr.index;
  const queue = forward ? sc.queueF : sc.queueB;
  stamp[root] = gen;
  hops[root] = 0;
  queue[0] = root;
  let start = 0;
  let end = 1;
  let radius = 0;
  while (radius < maxRadius && start < end) {
    let cost = 0;
    for (let i = start; i < end; i++) cost += slotEnd[queue[i]!]! - slotStart[queue[i]!]!;
    if (cost > budget) break;
    budget -= cost;
    let tail = end;
    for (let i = start; i < end; i++) {
      const u = queue[i]!;
      for (let slot = slotStart[u]!, last = slotEnd[u]!; slot < last; slot++) {
        const v = neighbour[slot]!;
        if (stamp[v] === gen || !tr.open(slot, forward)) continue;
        if (costs !== undefined ? costs[slot] === Infinity : tr.weight(slotRelation[slot]!) <= 0) continue;
        stamp[v] = gen;
        hops[v] = radius + 1;
        queue[tail++] = v;
      }
    }
    start = end;
    end = tail;
    radius++;
  }
  // An exhausted ball (start === end) knows every reachable node: any radius is exact.
  return start === end ? Infinity : radius;
}

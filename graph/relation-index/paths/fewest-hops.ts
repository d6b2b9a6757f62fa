// Fewest hops: bidirectional breadth-first search, level by level, that also keeps the strongest path among the fewest-hop ones.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from '../traversal.js';

/**
 * The fewest-hop path using only relations of weight ≥ `threshold`, within the hop limit; among the
 * fewest-hop paths, the one with the greatest product of weights (a deterministic, meaningful tie-break).
 * Bidirectional: each round expands one whole level of the frontier with fewer slots to scan, so on a scale-free graph the
 * two searches meet after touching a few thousand slots instead of most of the graph. Expanding whole
 * levels makes the product DP exact: when level d of one side first touches the other side's labels, every
 * shortest path crosses exactly the touched nodes of that new level (standard bidirectional BFS argument).
 */
export function fewestHops(tr: Traversal, sc: SearchScratch, p: SearchProblem, threshold: number): number[] | null {
  const gen = sc.nextGeneration();
  const { slotStart, slotEnd, neighbour, slotRelation } = tr.index;
  const { banned, bannedNext, stampF, stampB, distF, distB, scoreF, scoreB, parentF, parentB, queueF, queueB } = sc;
  const bans = p.bans;
  stampF[p.source] = gen;
  distF[p.source] = 0;
  scoreF[p.source] = 1;
  parentF[p.source] = -1;
  queueF[0] = p.source;
  stampB[p.target] = gen;
  distB[p.target] = 0;
  scoreB[p.target] = 1;
  parentB[p.target] = -1;
  queueB[0] = p.target;
  let startF = 0,
    endF = 1,
    levelF = 0,
    slotsF = slotEnd[p.source]! - slotStart[p.source]!;
  let startB = 0,
    endB = 1,
    levelB = 0,
    slotsB = slotEnd[p.target]! - slotStart[p.target]!;

  while (levelF + levelB < p.hopLimit && startF < endF && startB < endB) {
    // Expand the side whose next level scans fewer slots: a frontier holding one hub costs more than a hundred leaves.
    const forward = slotsF <= slotsB;
    const stamp = forward ? stampF : stampB;
    const dist = forward ? distF : distB;
    const score = forward ? scoreF : scoreB;
    const parent = forward ? parentF : parentB;
    const queue = forward ? queueF : queueB;
    const other = forward ? stampB : stampF;
    const start = forward ? startF : startB;
    const end = forward ? endF : endB;
    const level = (forward ? levelF : levelB) + 1;
    let tail = end;
    let met = false;
    let slots = 0;
    for (let i = start; i < end; i++) {
      const u = queue[i]!;
      const su = score[u]!;
      for (let slot = slotStart[u]!, last = slotEnd[u]!; slot < last; slot++) {
        const v = neighbour[slot]!;
        if (banned[v] === bans || !tr.open(slot, forward)) continue;
        // Yen's banned first steps leave the spur node (the source); seen from the backward side, they arrive at it.
        if (forward ? u === p.source && bannedNext[v] === bans : v === p.source && bannedNext[u] === bans) continue;
        const w = tr.weight(slotRelation[slot]!);
        if (w < 0 || w < threshold) continue;
        if (stamp[v] !== gen) {
          stamp[v] = gen;
          dist[v] = level;
          score[v] = su * w;
          parent[v] = u;
          queue[tail++] = v;
          slots += slotEnd[v]! - slotStart[v]!;
          if (other[v] === gen) met = true;
        } else if (dist[v] === level && su * w > score[v]!) {
          score[v] = su * w;
          parent[v] = u;
        }
      }
    }
    if (forward) {
      startF = end;
      endF = tail;
      levelF = level;
      slotsF = slots;
    } else {
      startB = end;
      endB = tail;
      levelB = level;
      slotsB = slots;
    }
    if (met) return bestMeeting(sc, queue, end, tail, other, gen);
  }
  return null;
}

/** Among the newly reached nodes the other side had labelled, the one with the strongest path through it. */
function bestMeeting(
  sc: SearchScratch,
  queue: Int32Array,
  start: number,
  end: number,
  other: Int32Array,
  gen: number,
): number[] {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = start; i < end; i++) {
    const x = queue[i]!;
    if (other[x] !== gen) continue;
    const s = sc.scoreF[x]! * sc.scoreB[x]!;
    if (s > bestScore) {
      bestScore = s;
      best = x;
    }
  }
  return joinHalves(sc, best);
}

/** The path s → x by forward parents, then x → t by backward parents. */
function joinHalves(sc: SearchScratch, x: number): number[] {
  const path: number[] = [];
  for (let v = x; v !== -1; v = sc.parentF[v]!) path.push(v);
  path.reverse();
  for (let v = sc.parentB[x]!; v !== -1; v = sc.parentB[v]!) path.push(v);
  return path;
}

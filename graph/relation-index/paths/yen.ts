// Yen's k loopless paths over the compiled traversal, for every mode, each within the hop limit.
import type { SearchScratch } from './scratch.js';
import type { Traversal } from '../traversal.js';
import type { Deadline } from '../../shared/deadline.js';
import { bestPath } from './best-path.js';
import { comparePaths, scorePath, type ScoredPath } from './path-steps.js';

/**
 * Up to k best loopless paths (as actor sequences; parallel relations are not alternatives), best first.
 * Yen: each next path deviates from the previous one at a spur node; the root before it is fixed, its nodes
 * banned, and the first steps already taken by accepted paths with the same root banned. Every mode's path
 * order is root-then-spur compatible: hops and −log costs add, and for widest the spur search is capped by
 * the root's weakest link so that "widest, then fewest hops" of the whole path is what the spur optimises.
 * Lawler's refinement: a path that left its parent at node j shares the parent's roots before j, so only
 * spur nodes from j on can yield new candidates. And once the candidates waiting outnumber the paths still to
 * accept, a spur search only looks for paths that beat the last of those (a hop bound for shortest, a cost bound
 * for strongest): anything worse could never be accepted. A `deadline` is checked before each spur search.
 */
export function kBestPaths(
  tr: Traversal,
  sc: SearchScratch,
  source: number,
  target: number,
  k: number,
  hopLimit: number,
  deadline?: Deadline,
): ScoredPath[] {
  const first = bestPath(tr, sc, { source, target, hopLimit, bans: sc.nextBans(), cap: Infinity });
  if (!first) return [];
  const accepted: ScoredPath[] = [scorePath(tr, first)];
  // Where each accepted path left its parent (Lawler): spurring earlier would repeat a search already done.
  const deviations: number[] = [0];
  const candidates: ScoredPath[] = [];
  const seen = new Set<string>([first.join(',')]);
  const deviationOf = new Map<string, number>();

  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    for (let j = deviations[accepted.length - 1]!; j < previous.nodes.length - 1; j++) {
      deadline?.check(); // each spur search is one bounded step; the time budget is checked between them
      const root = previous.nodes.slice(0, j + 1);
      const bans = sc.nextBans();
      for (let i = 0; i < j; i++) sc.banned[root[i]!] = bans;
      for (const path of accepted) {
        if (path.nodes.length > j + 1 && sameStart(path.nodes, root)) sc.bannedNext[path.nodes[j + 1]!] = bans;
      }
      let cap = Infinity;
      for (let i = 0; i < j; i++) cap = Math.min(cap, previous.weights[i]!);
      // Once enough candidates wait, a spur path must beat the last one that could still be accepted.
      const worst = candidates.length >= k - accepted.length ? candidates[k - accepted.length - 1] : undefined;
      let spurHops = hopLimit - j;
      let costBound = Infinity;
      if (worst && tr.mode === 'shortest') spurHops = Math.min(spurHops, worst.hops - j);
      if (worst && tr.mode === 'strongest') {
        costBound = -Math.log(worst.product);
        for (let i = 0; i < j; i++) costBound += Math.log(previous.weights[i]!);
        costBound += 1e-9; // rounding slack: ties with the bound are still found (fewer hops may rank them first)
      }
      if (spurHops < 1) continue;
      const spur = bestPath(tr, sc, { source: root[j]!, target, hopLimit: spurHops, bans, cap, costBound });
      if (!spur) continue;
      const nodes = root.concat(spur.slice(1));
      const key = nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      insertSorted(tr, candidates, scorePath(tr, nodes));
      deviationOf.set(key, j);
    }
    if (candidates.length === 0) break;
    const next = candidates.shift()!;
    accepted.push(next);
    deviations.push(deviationOf.get(next.nodes.join(','))!);
  }
  return accepted;
}

/** Few candidates (≤ k × maxHops): a sorted array beats a heap of objects. */
function insertSorted(tr: Traversal, candidates: ScoredPath[], path: ScoredPath): void {
  let i = candidates.length;
  while (i > 0 && comparePaths(tr, candidates[i - 1]!, path) > 0) i--;
  candidates.splice(i, 0, path);
}

function sameStart(nodes: number[], root: number[]): boolean {
  for (let i = 0; i < root.length; i++) if (nodes[i] !== root[i]) return false;
  return true;
}

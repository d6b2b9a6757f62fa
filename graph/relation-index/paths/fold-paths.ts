// Roll-up, after the search: each path found walks its membership links at weight 1; folding drops them and lets the state stand for its firms.
import type { PathMode } from '../path-query.js';
import type { FoundPath } from './search-paths.js';
import { foldedNode, type RollupMap } from './rollup-map.js';

/** A path as the roll-up reads it: members replaced by their state, membership links gone, each step's members in `via`. */
export interface FoldedPath extends FoundPath {
  /** Per step: the node ints of the firms or bodies the step's relation came through (empty: none). */
  via: number[][];
}

/**
 * Folds the paths found under `rollup=state`, best first, at most `k`: a path that folds into a loop (it left a
 * state and came back through one of its firms) or into the same steps as a better one is dropped; in the shortest
 * mode the paths are ranked again by their folded hops. The search weighed every membership link 1, so products
 * and weakest links are already those of the folded paths.
 */
export function foldPaths(found: FoundPath[], folds: RollupMap, mode: PathMode, k: number): FoldedPath[] {
  const links = new Set(folds.links);
  const seen = new Set<string>();
  const folded: FoldedPath[] = [];
  for (const path of found) {
    const one = foldPath(path, folds, links, mode);
    if (!one) continue;
    const key = one.relations.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    folded.push(one);
  }
  if (mode === 'shortest') folded.sort((a, b) => a.hops - b.hops); // stable: ties keep the search's order
  return folded.slice(0, k);
}

/** One path folded, or undefined when folding makes it revisit an actor. */
export function foldPath(
  path: FoundPath,
  folds: RollupMap,
  links: ReadonlySet<number>,
  mode: PathMode,
): FoldedPath | undefined {
  const nodes = [foldedNode(folds, path.nodes[0]!)];
  const out: FoldedPath = { nodes, relations: [], weights: [], traversals: [], hops: 0, score: path.score, via: [] };
  path.relations.forEach((r, i) => {
    if (links.has(r)) return;
    const ends = [path.nodes[i]!, path.nodes[i + 1]!];
    nodes.push(foldedNode(folds, ends[1]!));
    out.relations.push(r);
    out.weights.push(path.weights[i]!);
    out.traversals.push(path.traversals[i]!);
    out.via.push(ends.filter((v) => folds.stateOf[v] !== -1));
  });
  out.hops = out.relations.length;
  if (new Set(nodes).size !== nodes.length || out.hops === 0) return undefined;
  if (mode === 'shortest') out.score = out.hops;
  return out;
}

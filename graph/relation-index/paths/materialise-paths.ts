// Path queries, step three (main thread): paths as ints become full records with evidence, folded by the roll-up, with a reason when there are none.
import type { RelationIndex } from '../relation-index.js';
import type { Path, PathResult } from '../path-query.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';
import type { FoundPath } from './search-paths.js';
import type { PreparedPathQuery } from './prepare-path-query.js';
import { foldPaths, type FoldedPath } from './fold-paths.js';
import { foldedNode } from './rollup-map.js';
import { explainNoPath } from './explain-no-path.js';

/**
 * The result of a path query from the paths found (a handful of relations each, so cheap on the event loop). With
 * no path, `relaxed` is what the search found without the valence filter (see relaxedQuery), for the reason given.
 */
export function materialisePaths(
  index: RelationIndex,
  prepared: PreparedPathQuery,
  found: FoundPath[],
  relaxed?: FoundPath[],
): PathResult {
  const paths = foldAsAsked(prepared, found).map((path) => toPath(index, path));
  const result: PathResult = { outcome: paths.length ? 'found' : 'no-path', paths };
  const { folds } = prepared;
  if (folds) {
    const [from, to] = [prepared.source, prepared.target].map((v) => index.nodeIds[foldedNode(folds, v)]!);
    result.rolledUp = { from: from!, to: to! };
  }
  if (paths.length === 0) {
    const best = relaxed && (foldAsAsked({ ...prepared, k: 1 }, relaxed)[0] ?? null);
    result.why = explainNoPath(index, prepared, best && toPath(index, best));
  }
  return result;
}

function foldAsAsked(prepared: PreparedPathQuery, found: FoundPath[]): Array<FoundPath & Partial<FoldedPath>> {
  return prepared.folds ? foldPaths(found, prepared.folds, prepared.mode, prepared.k) : found;
}

function toPath(index: RelationIndex, path: FoundPath & Partial<FoldedPath>): Path {
  return {
    actors: path.nodes.map((v) => index.actors[v]!),
    relations: path.relations.map((r) => index.relations[r]!),
    steps: path.relations.map((r, i) => {
      const via = path.via?.[i] ?? [];
      return {
        from: index.nodeIds[path.nodes[i]!]!,
        to: index.nodeIds[path.nodes[i + 1]!]!,
        relation: index.relationIds[r]!,
        traversal: path.traversals[i]!,
        weight: path.weights[i]!,
        structural: RELATION_KINDS[index.relations[r]!.kind].domain === 'structural',
        ...(via.length > 0 ? { via: via.map((v) => index.nodeIds[v]!) } : {}),
      };
    }),
    hops: path.hops,
    score: path.score,
  };
}

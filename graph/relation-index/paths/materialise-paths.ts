// Path queries, step three (main thread): paths as ints become full records with evidence, read from the index's graph side.
import type { RelationIndex } from '../relation-index.js';
import type { Path, PathResult } from '../path-query.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';
import type { FoundPath } from './search-paths.js';

/** The result of a path query from the paths found (a handful of relations each, so cheap on the event loop). */
export function materialisePaths(index: RelationIndex, found: FoundPath[]): PathResult {
  const paths = found.map((path): Path => ({
    actors: path.nodes.map((v) => index.actors[v]!),
    relations: path.relations.map((r) => index.relations[r]!),
    steps: path.relations.map((r, i) => ({
      from: index.nodeIds[path.nodes[i]!]!,
      to: index.nodeIds[path.nodes[i + 1]!]!,
      relation: index.relationIds[r]!,
      traversal: path.traversals[i]!,
      weight: path.weights[i]!,
      structural: RELATION_KINDS[index.relations[r]!.kind].domain === 'structural',
    })),
    hops: path.hops,
    score: path.score,
  }));
  return { outcome: paths.length ? 'found' : 'no-path', paths };
}

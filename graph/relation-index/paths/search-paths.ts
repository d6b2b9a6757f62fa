// Path queries, step two (any thread): the k best paths of a prepared query, on the index's typed arrays only, as node and relation ints.
import type { RelationIndexCore } from '../index-core.js';
import type { Deadline } from '../../shared/deadline.js';
import type { PreparedPathQuery } from './prepare-path-query.js';
import { reportedScore, traversalOf } from './path-steps.js';
import { scratchFor } from './scratch.js';
import { Traversal } from '../traversal.js';
import { kBestPaths } from './yen.js';

/** One path found, as ints of the index: plain data, so it crosses back from a worker thread as is. */
export interface FoundPath {
  nodes: number[];
  relations: number[];
  /** Each step's weight under the query's `weight`, and how the step walks its relation. */
  weights: number[];
  traversals: Array<'forward' | 'backward' | 'undirected'>;
  hops: number;
  score: number;
}

/**
 * The k best paths, best first (empty: no path within the constraints). Needs no graph, ids or records, so a
 * worker thread runs it on an attached shared index. With a `deadline`, the search for alternatives stops with
 * its BudgetError once the time budget is spent.
 */
export function searchPaths(core: RelationIndexCore, prepared: PreparedPathQuery, deadline?: Deadline): FoundPath[] {
  const { source, target, mode, weight, k, maxHops, directed, filter, folds } = prepared;
  if (!isNode(core, source) || !isNode(core, target))
    throw new RangeError(`searchPaths: node ints ${source}, ${target} outside 0..${core.nodeCount - 1}`);
  const tr = new Traversal(core, mode, directed, weight, filter, folds?.links);
  return kBestPaths(tr, scratchFor(core), source, target, k, maxHops, deadline).map((path) => ({
    nodes: path.nodes,
    relations: path.relations,
    weights: path.weights,
    traversals: path.relations.map((r, i) => traversalOf(tr, r, path.nodes[i]!)),
    hops: path.hops,
    score: reportedScore(tr, path),
  }));
}

function isNode(core: RelationIndexCore, v: number): boolean {
  return Number.isInteger(v) && v >= 0 && v < core.nodeCount;
}

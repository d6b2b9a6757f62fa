// Path queries in one call: validate and resolve ids, search the typed arrays, return full records with evidence.
import type { RelationIndex } from '../relation-index.js';
import type { Deadline } from '../../shared/deadline.js';
import { materialisePaths } from './materialise-paths.js';
import type { PathQuery, PathResult } from '../path-query.js';
import { preparePathQuery } from './prepare-path-query.js';
import { searchPaths } from './search-paths.js';
import { relaxedQuery } from './explain-no-path.js';

/**
 * The k best paths between two actors under the query's mode and constraints. Throws NotFoundError (field
 * `from`/`to`) for an unknown actor and QueryError naming the field for an impossible or malformed constraint;
 * "no path" is the outcome `no-path` with its reason in `why`, not an error. With a `deadline`, the search for
 * alternatives (k > 1) stops with its BudgetError once the time budget is spent. The server runs the three steps
 * on two threads: preparing and materialising where the graph is, searching in a worker on the shared index.
 */
export function findPaths(index: RelationIndex, query: PathQuery, deadline?: Deadline): PathResult {
  const prepared = preparePathQuery(index, query);
  const found = searchPaths(index, prepared, deadline);
  const relaxed = found.length === 0 ? relaxedQuery(prepared) : undefined;
  return materialisePaths(index, prepared, found, relaxed && searchPaths(index, relaxed, deadline));
}

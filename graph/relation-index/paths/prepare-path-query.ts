// Path queries, step one (main thread): validates a PathQuery and resolves its actor ids to node ints of the index.
import type { RelationIndex } from '../relation-index.js';
import { QueryError } from '../../errors.js';
import type { RelationFilter } from '../../shared/filter.js';
import { requireActor } from '../../query/require-actor.js';
import {
  PATH_DEFAULTS,
  PATH_LIMITS,
  PATH_MODES,
  PATH_WEIGHTS,
  type PathMode,
  type PathQuery,
  type PathWeight,
} from '../path-query.js';
import { Traversal } from '../traversal.js';
import { ROLLUPS, type Rollup } from '../../query/rollup.js';
import { foldedNode, rollupMap, type RollupMap } from './rollup-map.js';

/** A checked path query with every default applied and its ends as node ints: plain data, so it crosses to a worker thread as is. */
export interface PreparedPathQuery {
  source: number;
  target: number;
  mode: PathMode;
  weight: PathWeight;
  k: number;
  maxHops: number;
  directed: boolean;
  filter: RelationFilter;
  rollup: Rollup;
  /** With `rollup: 'state'`: which actors fold into which state, and the membership links that fold them. */
  folds?: RollupMap;
}

/**
 * Checks a path query against the index's graph. Throws NotFoundError (field `from`/`to`, with close matches)
 * for an unknown actor and QueryError naming the field for an impossible or malformed constraint.
 */
export function preparePathQuery(index: RelationIndex, query: PathQuery): PreparedPathQuery {
  if (typeof query.from !== 'string') throw new QueryError('from', 'expected an actor id');
  if (typeof query.to !== 'string') throw new QueryError('to', 'expected an actor id');
  requireActor(index.graph, query.from, 'from');
  requireActor(index.graph, query.to, 'to');
  if (query.from === query.to) throw new QueryError('to', 'a path needs two different actors');
  const {
    from,
    to,
    mode = PATH_DEFAULTS.mode,
    weight = PATH_DEFAULTS.weight,
    k = PATH_DEFAULTS.k,
    maxHops = PATH_DEFAULTS.maxHops,
    directed = PATH_DEFAULTS.directed,
    rollup = PATH_DEFAULTS.rollup,
    ...filter
  } = query;
  if (!PATH_MODES.includes(mode)) throw new QueryError('mode', `expected one of ${PATH_MODES.join(', ')}`);
  if (!PATH_WEIGHTS.includes(weight)) throw new QueryError('weight', `expected one of ${PATH_WEIGHTS.join(', ')}`);
  checkInteger(k, 'k', PATH_LIMITS.maxK);
  checkInteger(maxHops, 'maxHops', PATH_LIMITS.maxHops);
  if (typeof directed !== 'boolean') throw new QueryError('directed', 'expected true or false');
  if (!ROLLUPS.includes(rollup)) throw new QueryError('rollup', `expected one of ${ROLLUPS.join(', ')}`);
  new Traversal(index, mode, directed, weight, filter); // compiled here only to refuse a bad filter before any search
  const source = index.nodeIndex.get(from)!;
  const target = index.nodeIndex.get(to)!;
  const prepared: PreparedPathQuery = { source, target, mode, weight, k, maxHops, directed, filter, rollup };
  if (rollup === 'state') {
    const folds = rollupMap(index);
    const state = foldedNode(folds, source);
    if (state === foldedNode(folds, target))
      throw new QueryError(
        'to',
        `with rollup=state "${from}" and "${to}" are both ${index.nodeIds[state]}: a path needs two different actors`,
      );
    prepared.folds = folds;
  }
  return prepared;
}

function checkInteger(value: number, field: string, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new QueryError(field, `must be an integer from 1 to ${max}`);
}

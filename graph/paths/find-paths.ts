// Path queries: validates a PathQuery, runs the searches on the relation index and returns full records with evidence.
import type { RelationIndex } from '../index/relation-index.js';
import { QueryError } from '../errors.js';
import type { Deadline } from '../query/deadline.js';
import { requireActor } from '../query/require-actor.js';
import { PATH_DEFAULTS, PATH_LIMITS, PATH_MODES, PATH_WEIGHTS, type Path, type PathQuery, type PathResult } from './path-query.js';
import { reportedScore, traversalOf, type ScoredPath } from './path-steps.js';
import { scratchFor } from './scratch.js';
import { Traversal } from './traversal.js';
import { kBestPaths } from './yen.js';

/**
 * The k best paths between two actors under the query's mode and constraints. Throws NotFoundError (field
 * `from`/`to`) for an unknown actor and QueryError naming the field for an impossible or malformed constraint;
 * "no path" is the outcome `no-path`, not an error. With a `deadline`, the search for alternatives (k > 1) stops
 * with its BudgetError once the time budget is spent.
 */
export function findPaths(index: RelationIndex, query: PathQuery, deadline?: Deadline): PathResult {
  if (typeof query.from !== 'string') throw new QueryError('from', 'expected an actor id');
  if (typeof query.to !== 'string') throw new QueryError('to', 'expected an actor id');
  requireActor(index.graph, query.from, 'from');
  requireActor(index.graph, query.to, 'to');
  if (query.from === query.to) throw new QueryError('to', 'a path needs two different actors');
  const mode = query.mode ?? PATH_DEFAULTS.mode;
  if (!PATH_MODES.includes(mode)) throw new QueryError('mode', `expected one of ${PATH_MODES.join(', ')}`);
  const weight = query.weight ?? PATH_DEFAULTS.weight;
  if (!PATH_WEIGHTS.includes(weight)) throw new QueryError('weight', `expected one of ${PATH_WEIGHTS.join(', ')}`);
  const k = checkInteger(query.k ?? PATH_DEFAULTS.k, 'k', PATH_LIMITS.maxK);
  const maxHops = checkInteger(query.maxHops ?? PATH_DEFAULTS.maxHops, 'maxHops', PATH_LIMITS.maxHops);
  const directed = query.directed ?? PATH_DEFAULTS.directed;
  if (typeof directed !== 'boolean') throw new QueryError('directed', 'expected true or false');

  const tr = new Traversal(index, mode, directed, weight, query);
  const source = index.nodeIndex.get(query.from)!;
  const target = index.nodeIndex.get(query.to)!;
  const paths = kBestPaths(tr, scratchFor(index), source, target, k, maxHops, deadline).map((path) => toPath(tr, path));
  return { outcome: paths.length ? 'found' : 'no-path', paths };
}

function checkInteger(value: number, field: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new QueryError(field, `must be an integer from 1 to ${max}`);
  return value;
}

function toPath(tr: Traversal, path: ScoredPath): Path {
  const index = tr.index;
  return {
    actors: path.nodes.map((v) => index.actors[v]!),
    relations: path.relations.map((r) => index.relations[r]!),
    steps: path.relations.map((r, i) => ({
      from: index.nodeIds[path.nodes[i]!]!,
      to: index.nodeIds[path.nodes[i + 1]!]!,
      relation: index.relationIds[r]!,
      traversal: traversalOf(tr, r, path.nodes[i]!),
      weight: path.weights[i]!,
    })),
    hops: path.hops,
    score: reportedScore(tr, path),
  };
}

// Neighbourhood: the actors within 1..4 hops of an actor along filtered relations, by capped breadth-first search, with the relations among them.
import { Type, type Static } from 'typebox';
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor, Relation } from '../model/schema.js';
import { BudgetError, QueryError } from '../errors.js';
import { compileFilter, RelationFilter, type RelationPredicate } from '../shared/filter.js';
import { requireActor } from './require-actor.js';
import type { NeighbourhoodResult } from './results.js';

export const NEIGHBOURHOOD_MAX_DEPTH = 4;
export const NEIGHBOURHOOD_DEFAULT_LIMIT = 500;
export const NEIGHBOURHOOD_MAX_LIMIT = 5000;
/** Relations returned per actor allowed: the induced relations of 5000 actors around hubs could run to millions. */
export const NEIGHBOURHOOD_RELATIONS_PER_ACTOR = 10;

export const NeighbourhoodOptions = Type.Object(
  {
    ...RelationFilter.properties,
    depth: Type.Optional(Type.Integer({ minimum: 1, maximum: NEIGHBOURHOOD_MAX_DEPTH, default: 1 })),
    direction: Type.Optional(
      Type.Enum(['out', 'in', 'both'], {
        default: 'both',
        description: 'follow relations out of, into, or both; undirected ones always count',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: NEIGHBOURHOOD_MAX_LIMIT,
        default: NEIGHBOURHOOD_DEFAULT_LIMIT,
        description: 'most actors returned, the centre included',
      }),
    ),
  },
  { additionalProperties: false },
);
export type NeighbourhoodOptions = Static<typeof NeighbourhoodOptions>;
type Direction = NonNullable<NeighbourhoodOptions['direction']>;

/**
 * The actors within `depth` hops of `id`, nearest first, and the filtered relations among them. The
 * direction limits which actors are reached; the relations returned are all filtered relations between
 * reached actors (the induced subgraph), gathered nearest actor first. The search stops, with
 * `truncated`, when one more actor would pass `limit` or the relations would pass 10 per allowed actor.
 */
export function neighbourhood(graph: ActorGraph, id: string, options: NeighbourhoodOptions = {}): NeighbourhoodResult {
  const center = requireActor(graph, id, 'id');
  const { depth, direction, limit, filter, predicate } = checkNeighbourhoodOptions(options);
  const hops = new Map<string, number>([[center.id, 0]]);
  const truncated = reach(graph, center, { depth, direction, limit, predicate }, hops);
  const relations = inducedRelations(graph, hops, predicate, limit * NEIGHBOURHOOD_RELATIONS_PER_ACTOR);
  const result: NeighbourhoodResult = {
    center: center.id,
    depth,
    direction,
    actors: [...hops].map(([actor, distance]) => ({ actor: graph.getNodeAttributes(actor), hops: distance })),
    relations: relations.list,
    truncated: truncated || relations.truncated,
  };
  if (filter.asOf !== undefined) result.asOf = filter.asOf;
  return result;
}

/** The options with their defaults applied and the filter compiled; throws QueryError or BudgetError naming the field. */
export function checkNeighbourhoodOptions(options: NeighbourhoodOptions) {
  const { depth = 1, direction = 'both', limit = NEIGHBOURHOOD_DEFAULT_LIMIT, ...filter } = options;
  checkInteger('depth', depth, NEIGHBOURHOOD_MAX_DEPTH);
  checkInteger('limit', limit, NEIGHBOURHOOD_MAX_LIMIT);
  if (!['out', 'in', 'both'].includes(direction))
    throw new QueryError('direction', `expected out, in or both, got "${direction}"`);
  const predicate: RelationPredicate = compileFilter(filter);
  return { depth, direction, limit, filter: filter as RelationFilter, predicate };
}

interface Search {
  depth: number;
  direction: Direction;
  limit: number;
  predicate: RelationPredicate;
}

/** Breadth-first search level by level, recording hop counts in `hops`; returns true if the limit cut it short. */
function reach(graph: ActorGraph, center: Actor, search: Search, hops: Map<string, number>): boolean {
  let frontier = [center.id];
  for (let level = 1; level <= search.depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      // Returning true from the callback stops graphology's some*Edge iteration: the limit is reached.
      const visit = (
        _key: string,
        relation: Relation,
        source: string,
        target: string,
        sourceActor: Actor,
        targetActor: Actor,
      ) => {
        if (!search.predicate(relation, sourceActor, targetActor)) return false;
        const other = source === node ? target : source;
        if (hops.has(other)) return false;
        if (hops.size >= search.limit) return true;
        hops.set(other, level);
        next.push(other);
        return false;
      };
      const stopped =
        search.direction === 'both'
          ? graph.someEdge(node, visit)
          : (search.direction === 'out' ? graph.someOutEdge(node, visit) : graph.someInEdge(node, visit)) ||
            graph.someUndirectedEdge(node, visit);
      if (stopped) return true;
    }
    frontier = next;
  }
  return false;
}

/** The filtered relations between reached actors, each once (from its source), at most `max` of them. */
function inducedRelations(graph: ActorGraph, hops: Map<string, number>, predicate: RelationPredicate, max: number) {
  const list: Relation[] = [];
  let truncated = false;
  for (const node of hops.keys()) {
    truncated = graph.someEdge(node, (_key, relation, source, target, sourceActor, targetActor) => {
      if (source !== node || !hops.has(target) || !predicate(relation, sourceActor, targetActor)) return false;
      if (list.length >= max) return true;
      list.push(relation);
      return false;
    });
    if (truncated) break;
  }
  return { list, truncated };
}

function checkInteger(field: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new QueryError(field, `expected a whole number from 1 to ${max}, got ${value}`);
  if (value > max) throw new BudgetError(field, `at most ${max}, got ${value}`);
}

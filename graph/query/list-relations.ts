// Relation listing: the relations passing a filter, optionally those of one actor, paged; and one relation by id.
import { Type, type Static } from 'typebox';
import type { ActorGraph } from '../model/actor-graph.js';
import { Relation } from '../model/schema.js';
import { NotFoundError, QueryError } from '../errors.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';
import { editDistance, requireActor } from './require-actor.js';

/** Largest page listRelations returns. */
export const RELATION_LIST_MAX_LIMIT = 500;

/** A page of relations in dataset order, each with its evidence; `total` counts every match. */
export const RelationList = Type.Object(
  { total: Type.Integer({ minimum: 0 }), limit: Type.Integer(), offset: Type.Integer(), items: Type.Array(Relation) },
  { additionalProperties: false },
);
export type RelationList = Static<typeof RelationList>;

/** Options of listRelations. */
export interface RelationListing {
  /** Only relations with this actor at either end. */
  actor?: string;
  filter?: RelationFilter;
  limit?: number;
  offset?: number;
}

/** The relations passing the filter (of `actor` if given), in dataset order; throws NotFoundError / QueryError on bad input. */
export function listRelations(graph: ActorGraph, listing: RelationListing = {}): RelationList {
  const { actor, filter = {}, limit = 50, offset = 0 } = listing;
  if (!Number.isInteger(limit) || limit < 1 || limit > RELATION_LIST_MAX_LIMIT) {
    throw new QueryError('limit', `expected an integer from 1 to ${RELATION_LIST_MAX_LIMIT}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0)
    throw new QueryError('offset', `expected a non-negative integer, got ${offset}`);
  const passes = compileFilter(filter);
  if (actor !== undefined) requireActor(graph, actor, 'actor');
  const items: Relation[] = [];
  let total = 0;
  const visit = (
    _key: string,
    relation: Relation,
    _s: string,
    _t: string,
    source: Parameters<typeof passes>[1],
    target: Parameters<typeof passes>[2],
  ) => {
    if (!passes(relation, source, target)) return;
    if (total >= offset && items.length < limit) items.push(relation);
    total++;
  };
  if (actor === undefined) graph.forEachEdge(visit);
  else graph.forEachEdge(actor, visit);
  return { total, limit, offset, items };
}

/** The relation with this id; throws NotFoundError with up to three close ids. */
export function getRelation(graph: ActorGraph, id: string): Relation {
  if (graph.hasEdge(id)) return graph.getEdgeAttributes(id);
  throw new NotFoundError('relation', id, closeRelationIds(graph, id), 'id');
}

/** Up to `limit` relation ids containing `text` or within edit distance 3 of it. */
export function closeRelationIds(graph: ActorGraph, text: string, limit = 3): string[] {
  const needle = text.toLowerCase().slice(0, 120);
  if (!needle) return [];
  const scored: Array<[number, string]> = [];
  graph.forEachEdge((id) => {
    const distance = id.includes(needle) ? 0 : editDistance(needle, id, 3);
    if (distance <= 3) scored.push([distance, id]);
  });
  return scored
    .sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]))
    .slice(0, limit)
    .map(([, id]) => id);
}

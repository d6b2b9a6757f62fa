// The filtered undirected projection: one weighted simple edge per pair of actors joined by a relation that passes the filter.
import Graph from 'graphology';
import type { FilteredRelation } from './metric.js';

/** Edge attributes of the projection: `weight` = 1 − Π(1 − s·c) over the pair's relations, floored so no tie weighs 0. */
export interface ProjectionEdge {
  weight: number;
}

/** A simple undirected graph over the actors that have at least one filtered relation. */
export type Projection = Graph<Record<string, never>, ProjectionEdge>;

/** Louvain divides by the total weight: a floor keeps ties of strength or confidence 0 in the graph without zeroing it. */
export const MIN_PROJECTION_WEIGHT = 1e-3;

/**
 * Builds the projection. Direction and valence are dropped on purpose: betweenness asks who sits on the
 * paths between others, whichever way ties run; filter by valence first to see cooperative blocs only.
 */
export function buildProjection(relations: FilteredRelation[]): Projection {
  const projection: Projection = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const { relation, source, target } of relations) {
    projection.mergeNode(source.id);
    projection.mergeNode(target.id);
    const remaining = 1 - relation.strength * relation.confidence;
    // Hold Π(1 − s·c) while merging; turned into the weight below.
    projection.updateEdge(source.id, target.id, (attributes) => ({ weight: (attributes.weight ?? 1) * remaining }));
  }
  projection.updateEachEdgeAttributes((_edge, attributes) => ({ weight: Math.max(1 - attributes.weight, MIN_PROJECTION_WEIGHT) }));
  return projection;
}

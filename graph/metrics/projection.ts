// The filtered undirected projection: one weighted tie per pair of actors joined by a relation that passes the filter.
import Graph from 'graphology';
import type { FilteredRelation } from './metric.js';
import { DOMAINS, RELATION_KINDS, type Domain } from '../model/vocabulary.js';
import { relationWeight } from '../profile/distinct-facts.js';
import { indexOfStrongest, tieIntensity } from '../profile/profile-index.js';

/** Louvain divides by the total weight: a floor keeps ties of strength or confidence 0 in the graph without zeroing it. */
export const MIN_PROJECTION_WEIGHT = 1e-3;

/**
 * The projection as flat arrays: actors that have at least one filtered relation, and one tie per pair
 * (ends `x[i] < y[i]`, indices into `ids`) weighted by the pair's tie intensity: the profile's index of its
 * relations (`tieIntensity`), floored at MIN_PROJECTION_WEIGHT. Splitting a relation in two changes no weight, and
 * a dozen facts weigh no more than the strongest of them (the old 1 − Π(1 − s·c) counted how finely a text was cut).
 */
export interface Projection {
  ids: string[];
  x: Uint32Array;
  y: Uint32Array;
  weight: Float64Array;
}

/** The projection as a graphology graph, for graphology-metrics and Louvain. */
export type ProjectionGraph = Graph<Record<string, never>, { weight: number }>;

/** The projection as compressed sparse rows: actor i's neighbours are neighbours[starts[i] .. starts[i + 1]). */
export interface ProjectionCsr {
  ids: string[];
  starts: Uint32Array;
  neighbours: Uint32Array;
}

/**
 * Builds the projection. Direction and valence are dropped on purpose: betweenness asks who sits on the
 * paths between others, whichever way ties run; filter by valence first to see cooperative blocs only.
 * Pairs are merged in a Map keyed by numeric indices rather than in a graphology graph: graphology's
 * updateEdge per relation took 6 s for 500k relations here, this well under one.
 */
export function buildProjection(relations: FilteredRelation[]): Projection {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const { source, target } of relations) {
    for (const id of [source.id, target.id]) if (!index.has(id)) index.set(id, ids.push(id) - 1);
  }
  const order = ids.length;
  // Per pair, the strongest weight in each domain (DOMAINS order; structural counts in no index).
  const strongest = new Map<number, Float64Array>();
  for (const { relation, source, target } of relations) {
    const a = index.get(source.id)!;
    const b = index.get(target.id)!;
    const key = a < b ? a * order + b : b * order + a;
    let tops = strongest.get(key);
    if (!tops) strongest.set(key, (tops = new Float64Array(DOMAINS.length)));
    const d = DOMAIN_SLOT[RELATION_KINDS[relation.kind].domain];
    tops[d] = Math.max(tops[d]!, relationWeight(relation));
  }
  const x = new Uint32Array(strongest.size);
  const y = new Uint32Array(strongest.size);
  const weight = new Float64Array(strongest.size);
  let i = 0;
  for (const [key, tops] of strongest) {
    x[i] = Math.floor(key / order);
    y[i] = key - x[i]! * order;
    const intensity = tieIntensity(indexOfStrongest((domain) => tops[DOMAIN_SLOT[domain]]!));
    weight[i++] = Math.max(intensity, MIN_PROJECTION_WEIGHT);
  }
  return { ids, x, y, weight };
}

const DOMAIN_SLOT = Object.fromEntries(DOMAINS.map((domain, slot) => [domain, slot])) as Record<Domain, number>;

/** The projection as a simple undirected graphology graph with a `weight` on each edge. */
export function projectionGraph(projection: Projection): ProjectionGraph {
  const graph: ProjectionGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of projection.ids) graph.addNode(id);
  const { ids, x, y, weight } = projection;
  for (let i = 0; i < x.length; i++) graph.addEdge(ids[x[i]!]!, ids[y[i]!]!, { weight: weight[i]! });
  return graph;
}

/** The projection as compressed sparse rows, both directions of each tie. */
export function projectionCsr(projection: Projection): ProjectionCsr {
  const { ids, x, y } = projection;
  const starts = new Uint32Array(ids.length + 1);
  for (let i = 0; i < x.length; i++) {
    starts[x[i]! + 1]! += 1;
    starts[y[i]! + 1]! += 1;
  }
  for (let i = 0; i < ids.length; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, ids.length);
  const neighbours = new Uint32Array(starts[ids.length]!);
  for (let i = 0; i < x.length; i++) {
    neighbours[fill[x[i]!]!++] = y[i]!;
    neighbours[fill[y[i]!]!++] = x[i]!;
  }
  return { ids, starts, neighbours };
}

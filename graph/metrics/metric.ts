// The shape of a registered metric and the scope it runs in: the filtered relations, gathered once and shared by every metric.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor, Relation } from '../model/schema.js';
import type { RelationFilter } from '../shared/filter.js';
import type { Projection, ProjectionGraph } from './projection.js';
import type { ActorMetrics, Approximation, Community, MetricId } from './results.js';

/** A relation that passed the filter, with its endpoints and whether its edge is undirected. */
export interface FilteredRelation {
  relation: Relation;
  source: Actor;
  target: Actor;
  undirected: boolean;
}

/** What a metric reads and writes: the filter, the filtered relations, the undirected projection and the rows. */
export interface MetricScope {
  filter: RelationFilter;
  /** Relations passing the filter (the predicate runs once per relation for all metrics). */
  relations: FilteredRelation[];
  /** The filtered undirected projection, built on first use and shared by betweenness and communities. */
  projection(): Projection;
  /** The same as a graphology graph (for graphology-metrics and Louvain), built on first use. */
  projectionGraph(): ProjectionGraph;
  /** Work budget of betweenness (source actors × (actors + ties)); see graph/metrics/betweenness.ts. */
  betweennessBudget: number;
  /** One row per actor, in graph order, which metrics fill in. */
  rows: Map<string, ActorMetrics>;
}

/** What a metric adds beside the per-actor fields. */
export interface MetricOutput {
  communities?: Community[];
  brokers?: string[];
  /** Set when the metric was estimated rather than computed exactly. */
  approximation?: Approximation;
}

/** A declarative metric: one per file, gathered in the registry (graph/metrics/registry.ts). */
export interface Metric {
  id: MetricId;
  description: string;
  /** Why this graph is too large for the metric, or undefined when it fits its budget. */
  overBudget?(graph: ActorGraph, scope: MetricScope): string | undefined;
  /** Fills the metric's fields into `scope.rows`. */
  compute(graph: ActorGraph, scope: MetricScope): MetricOutput | void;
}

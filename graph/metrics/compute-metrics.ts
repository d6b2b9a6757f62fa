// computeMetrics: runs the requested metrics of the registry over the relations that pass a filter.
import type { ActorGraph } from '../model/actor-graph.js';
import { BudgetError, QueryError } from '../errors.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';
import type { FilteredRelation, MetricScope } from './metric.js';
import { buildProjection, projectionGraph, type Projection, type ProjectionGraph } from './projection.js';
import { BETWEENNESS_BUDGET } from './betweenness.js';
import { METRICS } from './registry.js';
import { METRIC_IDS, type ActorMetrics, type MetricId, type MetricsResult } from './results.js';

/** Options of computeMetrics. */
export interface MetricsOptions {
  filter?: RelationFilter;
  /** Metrics to compute (default all). A metric asked for by name that is over its budget is refused with BudgetError. */
  metrics?: MetricId[];
  /** Work budget of betweenness (default BETWEENNESS_BUDGET): exact below it, sampled above, over budget past 10 sources. */
  betweennessBudget?: number;
}

/**
 * Per-actor metrics under a filter. When `metrics` is omitted every metric runs, except those over
 * their budget, which are listed in `skipped` with the reason; when named, an over-budget metric throws.
 * A metric estimated from a sample (betweenness on large graphs) says so in `approximations`.
 */
export function computeMetrics(graph: ActorGraph, options: MetricsOptions = {}): MetricsResult {
  const filter = options.filter ?? {};
  const requested = options.metrics ? checkIds(options.metrics) : undefined;
  const budget = options.betweennessBudget ?? BETWEENNESS_BUDGET;
  if (!(budget > 0)) throw new QueryError('betweennessBudget', `expected a positive number, got ${budget}`);
  const scope = createScope(graph, filter, budget);
  const result: MetricsResult = {
    computed: [],
    skipped: [],
    approximations: [],
    actors: [],
    communities: [],
    brokers: [],
  };
  for (const metric of METRICS) {
    if (requested && !requested.has(metric.id)) continue;
    const reason = metric.overBudget?.(graph, scope);
    if (reason !== undefined) {
      if (requested) throw new BudgetError('metrics', reason);
      result.skipped.push({ metric: metric.id, reason });
      continue;
    }
    const output = metric.compute(graph, scope);
    result.computed.push(metric.id);
    if (output?.communities) result.communities = output.communities;
    if (output?.brokers) result.brokers = output.brokers;
    if (output?.approximation) result.approximations.push(output.approximation);
  }
  result.actors = [...scope.rows.values()];
  return result;
}

function checkIds(ids: MetricId[]): Set<MetricId> {
  ids.forEach((id, i) => {
    if (!METRIC_IDS.includes(id))
      throw new QueryError(`metrics[${i}]`, `unknown metric "${id}" (known: ${METRIC_IDS.join(', ')})`);
  });
  if (ids.length === 0) throw new QueryError('metrics', 'an empty list computes nothing');
  return new Set(ids);
}

/** Runs the filter once over every relation and prepares the rows and the lazily built projection. */
function createScope(graph: ActorGraph, filter: RelationFilter, betweennessBudget: number): MetricScope {
  const predicate = compileFilter(filter);
  const relations: FilteredRelation[] = [];
  graph.forEachEdge((_key, relation, _source, _target, source, target, undirected) => {
    if (predicate(relation, source, target)) relations.push({ relation, source, target, undirected });
  });
  const rows = new Map<string, ActorMetrics>();
  graph.forEachNode((id, actor) => rows.set(id, { id, name: actor.name, kind: actor.kind }));
  let projection: Projection | undefined;
  let graphView: ProjectionGraph | undefined;
  const project = () => (projection ??= buildProjection(relations));
  return {
    filter,
    relations,
    rows,
    betweennessBudget,
    projection: project,
    projectionGraph: () => (graphView ??= projectionGraph(project())),
  };
}

// Betweenness metric: how often an actor lies on shortest paths between others (brokers), by graphology-metrics on the filtered projection.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { Metric } from './metric.js';

/**
 * Work allowed for Brandes' algorithm, in actors × (actors + ties) of the projection. graphology's
 * implementation did about 45 000 such units per millisecond here (5k actors / 25k ties: 3.5 s), so the
 * budget keeps a request under about 5 s; above it the metric is refused rather than run for minutes.
 */
export const BETWEENNESS_BUDGET = 200_000_000;

/** How many brokers the result names. */
export const BROKER_COUNT = 10;

/** Normalised betweenness on the filtered undirected projection, counting hops (unweighted); brokers are the top ten. */
export const betweennessMetric: Metric = {
  id: 'betweenness',
  description: 'Normalised betweenness centrality on the filtered undirected projection (hops, unweighted); brokers are the top ten.',
  overBudget(_graph, scope) {
    const projection = scope.projection();
    const work = projection.order * (projection.order + projection.size);
    if (work <= BETWEENNESS_BUDGET) return undefined;
    return `betweenness on ${projection.order} actors and ${projection.size} ties is over budget (${work.toExponential(1)} > ${BETWEENNESS_BUDGET.toExponential(1)} steps); narrow the filter`;
  },
  compute(_graph, scope) {
    const projection = scope.projection();
    // graphology-metrics throws on an empty graph (its stack wants a positive capacity): no actors, no brokers.
    const scores = projection.order === 0 ? {} : betweennessCentrality(projection, { getEdgeWeight: null, normalized: true });
    for (const row of scope.rows.values()) row.betweenness = scores[row.id] ?? 0;
    const brokers = Object.entries(scores)
      .filter(([, score]) => score > 0)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, BROKER_COUNT)
      .map(([id]) => id);
    return { brokers };
  },
};

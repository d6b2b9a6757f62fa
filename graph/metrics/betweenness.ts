// Betweenness metric: how often an actor lies on shortest paths between others (brokers), on the filtered projection; exact or sampled.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { Metric } from './metric.js';
import { projectionCsr, type Projection } from './projection.js';
import { sampledBetweenness } from './sampled-betweenness.js';

/**
 * Work allowed for Brandes' algorithm, in source actors × (actors + ties) of the projection. graphology's
 * implementation did about 45 000 such units per millisecond here (5k actors / 25k ties: 3.5 s), so the
 * budget keeps a request to about 5 s. Above it, betweenness is estimated from as many sampled sources
 * as the budget allows.
 */
export const BETWEENNESS_BUDGET = 200_000_000;

/** Fewest sampled sources worth reporting; a graph that affords fewer is over budget. */
export const MIN_SAMPLED_SOURCES = 10;

/** How many brokers the result names. */
export const BROKER_COUNT = 10;

/** Source actors the budget affords on this projection: all of them (exact), a sample, or too few. */
export function affordableSources(projection: Projection, budget: number): number {
  const order = projection.ids.length;
  return Math.min(order, Math.floor(budget / Math.max(1, order + projection.x.length)));
}

/** Normalised betweenness on the filtered undirected projection, counting hops (unweighted); brokers are the top ten. */
export const betweennessMetric: Metric = {
  id: 'betweenness',
  description:
    'Normalised betweenness centrality on the filtered undirected projection (hops, unweighted); sampled on large graphs; brokers are the top ten.',
  overBudget(_graph, scope) {
    const projection = scope.projection();
    const sources = affordableSources(projection, scope.betweennessBudget);
    if (sources >= Math.min(MIN_SAMPLED_SOURCES, projection.ids.length)) return undefined;
    return `betweenness on ${projection.ids.length} actors and ${projection.x.length} ties is over budget even from ${MIN_SAMPLED_SOURCES} sampled sources; narrow the filter`;
  },
  compute(_graph, scope) {
    const projection = scope.projection();
    const order = projection.ids.length;
    const sources = affordableSources(projection, scope.betweennessBudget);
    const exact = sources >= order;
    // graphology-metrics throws on an empty graph (its stack wants a positive capacity): no actors, no brokers.
    const scores =
      order === 0
        ? {}
        : exact
          ? betweennessCentrality(scope.projectionGraph(), { getEdgeWeight: null, normalized: true })
          : sampledBetweenness(projectionCsr(projection), sources);
    for (const row of scope.rows.values()) row.betweenness = scores[row.id] ?? 0;
    const brokers = Object.entries(scores)
      .filter(([, score]) => score > 0)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, BROKER_COUNT)
      .map(([id]) => id);
    if (exact) return { brokers };
    const note = `estimated from ${sources} of ${order} actors as sources (seeded sample); the ranking of strong brokers is reliable, small values are noisy`;
    return { brokers, approximation: { metric: 'betweenness', sources, actors: order, note } };
  },
};

// The metric registry: every metric by its id. Adding a metric is one file, its id in METRIC_IDS and one line here.
import type { Metric } from './metric.js';
import { METRIC_IDS, type MetricId } from './results.js';
import { degreeMetric } from './degree.js';
import { strengthMetric } from './strength.js';
import { betweennessMetric } from './betweenness.js';
import { communitiesMetric } from './communities.js';

/** Every metric by id: one for each of METRIC_IDS (graph/metrics/results.ts), so a missing or unknown one does not compile. */
export const METRICS_BY_ID: Readonly<Record<MetricId, Metric>> = {
  degree: degreeMetric,
  strength: strengthMetric,
  betweenness: betweennessMetric,
  communities: communitiesMetric,
};

/** All registered metrics, in the order they run (METRIC_IDS order). */
export const METRICS: readonly Metric[] = METRIC_IDS.map((id) => METRICS_BY_ID[id]);

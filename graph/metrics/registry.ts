// The metric registry: every metric in one list, in the order they run. Adding a metric is one file and one line here.
import type { Metric } from './metric.js';
import { degreeMetric } from './degree.js';
import { strengthMetric } from './strength.js';
import { betweennessMetric } from './betweenness.js';
import { communitiesMetric } from './communities.js';

/** All registered metrics; their ids are METRIC_IDS (graph/metrics/results.ts). */
export const METRICS: readonly Metric[] = [degreeMetric, strengthMetric, betweennessMetric, communitiesMetric];

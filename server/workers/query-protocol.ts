// Messages between the server and its metrics worker thread.
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import type { RelationFilter } from '../../graph/query/filter.js';

/** What a metrics worker is started with: the dataset file and the content hash it must find there. */
export interface MetricsWorkerData {
  file: string;
  hash: string;
  /** Under TypeScript sources: the module the bootstrap imports after registering tsx. */
  entry?: string;
}

/** One metrics computation asked of the worker. */
export interface MetricsRequest {
  id: number;
  filter: RelationFilter;
  metrics?: MetricId[];
}

/** The worker's messages: loaded, could not load, a result, or a typed error (code and field of the GraphError). */
export type MetricsReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: MetricsResult }
  | { type: 'error'; id: number; message: string; code?: string; field?: string };

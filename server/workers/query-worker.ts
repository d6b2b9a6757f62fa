// Worker thread entry: loads the dataset file on its own thread and computes metrics on request, so the event loop never waits on them.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphError } from '../../graph/errors.js';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import { hashDataset } from '../dataset-store.js';
import type { MetricsReply, MetricsRequest, MetricsWorkerData } from './metrics-protocol.js';

const { file, hash } = workerData as MetricsWorkerData;
const port = parentPort!;

try {
  const loaded = await loadDatasetFile(file);
  // The file may have changed since the main thread loaded it: metrics of other data would be wrong answers.
  const got = hashDataset(loaded.dataset);
  if (got !== hash) throw new Error(`the dataset file changed since it was loaded (hash ${got}, serving ${hash}); reload it`);
  port.postMessage({ type: 'ready' } satisfies MetricsReply);
  port.on('message', (request: MetricsRequest) => {
    try {
      const result = computeMetrics(loaded.graph, { filter: request.filter, metrics: request.metrics });
      port.postMessage({ type: 'result', id: request.id, result } satisfies MetricsReply);
    } catch (error) {
      const graphError = error instanceof GraphError ? { code: error.code, field: (error as { field?: string }).field } : {};
      port.postMessage({ type: 'error', id: request.id, message: (error as Error).message, ...graphError } satisfies MetricsReply);
    }
  });
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message } satisfies MetricsReply);
}

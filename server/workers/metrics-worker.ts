// Metrics worker thread entry: loads the dataset file on its own thread (metrics need a graphology graph), checks it is the data being served, computes metrics.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { MetricsWorkerData, QueryReply, QueryRequest } from './query-protocol.js';
import { toWire } from './wire-error.js';

const { file, hash } = workerData as MetricsWorkerData;
const port = parentPort!;

try {
  const { graph, hash: got } = await loadDatasetFile(file);
  // The file may have changed since the main thread loaded it: answers from other data would be wrong answers.
  if (got !== hash) throw new Error(`the dataset file changed since it was loaded (hash ${got}, serving ${hash}); reload it`);
  port.on('message', (request: QueryRequest) => {
    try {
      if (request.op !== 'metrics') throw new Error(`the metrics worker does not answer "${request.op}"`);
      const result = computeMetrics(graph, { filter: request.filter, metrics: request.metrics });
      port.postMessage({ type: 'result', id: request.id, result } satisfies QueryReply);
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, error: toWire(error) } satisfies QueryReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies QueryReply);
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message } satisfies QueryReply);
}

// Metrics worker thread entry: loads the dataset file on its own thread (metrics need a graphology graph), checks it is the data being served, computes metrics.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { JobRequest, MetricsWorkerData, WorkerReply } from './query-protocol.js';
import { toWire } from './wire-error.js';

const { file, hash } = workerData as MetricsWorkerData;
const port = parentPort!;

try {
  const { graph, hash: got } = await loadDatasetFile(file);
  // The file may have changed since the main thread loaded it: answers from other data would be wrong answers.
  if (got !== hash)
    throw new Error(`the dataset file changed since it was loaded (hash ${got}, serving ${hash}); reload it`);
  port.on('message', (request: JobRequest) => {
    try {
      if (request.job !== 'compute-metrics') throw new Error(`the metrics worker does not do "${request.job}"`);
      const answer = computeMetrics(graph, { filter: request.filter, metrics: request.metrics });
      port.postMessage({ type: 'answer', id: request.id, answer } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, error: toWire(error) } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message } satisfies WorkerReply);
}

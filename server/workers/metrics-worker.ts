// Metrics worker thread entry: loads the dataset file (or builds a stored dataset's records) on its own thread (metrics need a graphology graph), computes metrics.
import { parentPort, workerData } from 'node:worker_threads';
import { buildActorGraph } from '../../graph/load/build-graph.js';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import type { Dataset } from '../../graph/model/schema.js';
import { attachJson } from '../../graph/shared/shared-json.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { JobRequest, MetricsWorkerData, WorkerReply } from './query-protocol.js';
import { toWire } from './wire-error.js';

const { file, hash, records } = workerData as MetricsWorkerData;
const port = parentPort!;

/** The graph to answer from: the stored dataset's records as given (checked when written), or the file, checked to be the data being served. */
async function servedGraph() {
  if (records) return buildActorGraph(attachJson<Dataset>(records));
  const { graph, hash: got } = await loadDatasetFile(file);
  // The file may have changed since the main thread loaded it: answers from other data would be wrong answers.
  if (got !== hash)
    throw new Error(`the dataset file changed since it was loaded (hash ${got}, serving ${hash}); reload it`);
  return graph;
}

try {
  const graph = await servedGraph();
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

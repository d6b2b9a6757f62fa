// Worker thread entry: loads the dataset file on its own thread and answers metric, path, neighbourhood and search queries, so the event loop never waits on them.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphError, NotFoundError } from '../../graph/errors.js';
import { buildRelationIndex, type RelationIndex } from '../../graph/index/relation-index.js';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import { findPaths } from '../../graph/paths/find-paths.js';
import { Deadline } from '../../graph/query/deadline.js';
import { neighbourhood } from '../../graph/query/neighbourhood.js';
import { prepareActorSearch, searchActors } from '../../graph/query/search-actors.js';
import { hashDataset } from '../dataset-store.js';
import type { QueryReply, QueryRequest, QueryWorkerData, WireError } from './query-protocol.js';

const { file, hash } = workerData as QueryWorkerData;
const port = parentPort!;

try {
  const { dataset, graph } = await loadDatasetFile(file);
  // The file may have changed since the main thread loaded it: answers from other data would be wrong answers.
  const got = hashDataset(dataset);
  if (got !== hash) throw new Error(`the dataset file changed since it was loaded (hash ${got}, serving ${hash}); reload it`);
  prepareActorSearch(graph); // unknown ids get close-match suggestions, as on the main thread
  // Built before `ready`, so the first path query does not pay for it (seconds on a million relations).
  const index: RelationIndex = buildRelationIndex(graph);
  const answer = (request: QueryRequest): unknown => {
    switch (request.op) {
      case 'metrics':
        return computeMetrics(graph, { filter: request.filter, metrics: request.metrics });
      case 'paths':
        // Serialised here, off the event loop; the server sends the text as it is.
        return JSON.stringify(findPaths(index, request.query, new Deadline(request.budgetMs, 'k')));
      case 'neighbours':
        return JSON.stringify(neighbourhood(graph, request.actor, request.options));
      case 'search':
        return JSON.stringify(searchActors(graph, request.search));
    }
  };
  port.on('message', (request: QueryRequest) => {
    try {
      port.postMessage({ type: 'result', id: request.id, result: answer(request) } satisfies QueryReply);
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, error: toWire(error) } satisfies QueryReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies QueryReply);
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message } satisfies QueryReply);
}

function toWire(error: unknown): WireError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof NotFoundError) return { message, code: error.code, field: error.field, entity: error.entity, entityId: error.id, suggestions: error.suggestions };
  if (error instanceof GraphError) return { message, code: error.code, field: (error as { field?: string }).field };
  return { message };
}

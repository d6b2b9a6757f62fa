// Index worker thread entry: attaches to a snapshot's shared relation index (no file, no graph) and answers path, neighbourhood and actor search requests as ints and ids.
import { parentPort, workerData } from 'node:worker_threads';
import { attachIndex } from '../../graph/relation-index/index-core.js';
import { scratchFor } from '../../graph/relation-index/paths/scratch.js';
import { searchPaths } from '../../graph/relation-index/paths/search-paths.js';
import { Deadline } from '../../graph/shared/deadline.js';
import { searchNeighbourhood } from '../../graph/relation-index/neighbourhood-search.js';
import { rankActors } from '../../graph/query/search-actors.js';
import { attachSearchTable } from '../../graph/query/shared-search-table.js';
import type { Answer, IndexJobName, IndexWorkerData, JobRequest, WorkerReply } from './query-protocol.js';
import { toWire } from './wire-error.js';

const { index, table: sharedTable } = workerData as IndexWorkerData;
const port = parentPort!;

try {
  const core = attachIndex(index);
  const table = attachSearchTable(sharedTable);
  scratchFor(core); // the search state (a few arrays per node) is allocated before `ready`, not by the first query
  const answer = (request: JobRequest): Answer<IndexJobName> => {
    switch (request.job) {
      case 'find-paths':
        return searchPaths(core, request.prepared, new Deadline(request.budgetMs, 'k'));
      case 'search-neighbourhood':
        return searchNeighbourhood(core, request.prepared);
      case 'rank-actors':
        return rankActors(table, request.search);
      default:
        throw new Error(`an index worker does not do "${request.job}"`);
    }
  };
  port.on('message', (request: JobRequest) => {
    try {
      port.postMessage({ type: 'answer', id: request.id, answer: answer(request) } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, error: toWire(error) } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message } satisfies WorkerReply);
}

// Index worker thread entry: attaches to a snapshot's shared relation index (no file, no graph) and answers path, neighbourhood and actor search requests as ints and ids.
import { parentPort, workerData } from 'node:worker_threads';
import { attachIndex, type RelationIndexCore } from '../../graph/relation-index/index-core.js';
import { scratchFor } from '../../graph/relation-index/paths/scratch.js';
import { searchPaths } from '../../graph/relation-index/paths/search-paths.js';
import { Deadline } from '../../graph/shared/deadline.js';
import { searchNeighbourhood } from '../../graph/relation-index/neighbourhood-search.js';
import { rankActors, type ActorSearchTable } from '../../graph/query/search-actors.js';
import { attachSearchTable } from '../../graph/query/shared-search-table.js';
import { patchSearchTable } from '../../graph/query/search-table-patch.js';
import type { Answer, IndexJobName, IndexWorkerData, JobRequest, WorkerReply } from './query-protocol.js';
import { toWire } from './wire-error.js';

const { index, table: sharedTable } = workerData as IndexWorkerData;
const port = parentPort!;

/** Indexes and tables attached, by generation; the newest few only (requests on a retired snapshot are few). */
const KEEP = 3;
const cores = new Map<number, RelationIndexCore>();
const tables = new Map<number, ActorSearchTable>();
/** Tables with a patch merged in, by the patch's generation (a merge is one pass over the base, milliseconds). */
const patched = new Map<number, ActorSearchTable>();
function remembered<T>(cache: Map<number, T>, generation: number, attach: () => T): T {
  let found = cache.get(generation);
  if (!found) {
    cache.set(generation, (found = attach()));
    if (cache.size > KEEP) cache.delete(Math.min(...cache.keys()));
  }
  return found;
}

try {
  // The snapshot the worker started with, for jobs that name none; dropped at the first job that names one (the
  // query service names every snapshot), so a long-lived pool does not hold the first index's memory for ever.
  let first: { core: RelationIndexCore; table: ActorSearchTable } | undefined = {
    core: attachIndex(index),
    table: attachSearchTable(sharedTable),
  };
  scratchFor(first.core); // the search state (a few arrays per node) is allocated before `ready`, not by the first query
  const snapshotOf = (request: JobRequest): { core: RelationIndexCore; table: ActorSearchTable } => {
    const on = request.on;
    if (!on) {
      if (!first) throw new Error('this index worker has moved on from the snapshot it started with');
      return first;
    }
    first = undefined;
    const core = remembered(cores, on.indexGeneration, () => {
      const attached = attachIndex(on.index);
      scratchFor(attached);
      return attached;
    });
    // Parsing a table is the costly part: only searches need it, and it changes only when actors do.
    const base = () => remembered(tables, on.tableGeneration, () => attachSearchTable(on.table));
    const patch = on.patch;
    const table =
      request.job !== 'rank-actors'
        ? []
        : patch
          ? remembered(patched, patch.generation, () => patchSearchTable(base(), patch.shared))
          : base();
    return { core, table };
  };
  const answer = (request: JobRequest): Answer<IndexJobName> => {
    const { core, table } = snapshotOf(request);
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

// Messages between the server and its worker threads: index workers (paths, neighbourhoods, actor search on the shared index) and the metrics worker.
import type { SharedIndex } from '../../graph/relation-index/index-core.js';
import type { MetricId } from '../../graph/metrics/results.js';
import type { PreparedPathQuery } from '../../graph/relation-index/paths/prepare-path-query.js';
import type { RelationFilter } from '../../graph/shared/filter.js';
import type { PreparedNeighbourhood } from '../../graph/relation-index/neighbourhood-search.js';
import type { ActorSearch } from '../../graph/query/search-actors.js';

/** What an index worker starts with: the shared index memory and the shared actor search table (no dataset file, no graph). */
export interface IndexWorkerData {
  index: SharedIndex;
  /** From shareSearchTable. */
  table: SharedArrayBuffer;
  /** Under TypeScript sources: the module the bootstrap imports after registering tsx. */
  entry?: string;
}

/** What the metrics worker starts with: the dataset file and the content hash it must find there (metrics need a full graphology graph). */
export interface MetricsWorkerData {
  file: string;
  hash: string;
  entry?: string;
}

/** Work for an index worker: prepared on the main thread, answered as ints (paths, neighbourhoods) or ids (search) that the main thread materialises. */
export type IndexOp =
  | { op: 'paths'; prepared: PreparedPathQuery; budgetMs: number }
  | { op: 'neighbours'; prepared: PreparedNeighbourhood }
  | { op: 'search'; search: ActorSearch };

/** Work for the metrics worker (answered as an object, memoised by the server). */
export type MetricsOp = { op: 'metrics'; filter: RelationFilter; metrics?: MetricId[] };

/** Any worker's work. */
export type QueryOp = IndexOp | MetricsOp;

/** One request to a worker. */
export type QueryRequest = QueryOp & { id: number };

/** A GraphError as it crosses the thread boundary: its code and the fields needed to rebuild it. */
export interface WireError {
  message: string;
  code?: string;
  field?: string;
  entity?: string;
  entityId?: string;
  suggestions?: string[];
}

/** A worker's messages: loaded, could not load, a result, or an error. */
export type QueryReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: WireError };

// Messages between the server and its query worker threads.
import type { MetricId } from '../../graph/metrics/results.js';
import type { PathQuery } from '../../graph/paths/path-query.js';
import type { RelationFilter } from '../../graph/query/filter.js';
import type { NeighbourhoodOptions } from '../../graph/query/neighbourhood.js';
import type { ActorSearch } from '../../graph/query/search-actors.js';

/** What a query worker is started with: the dataset file and the content hash it must find there. */
export interface QueryWorkerData {
  file: string;
  hash: string;
  /** Under TypeScript sources: the module the bootstrap imports after registering tsx. */
  entry?: string;
}

/** The work a worker does: metrics (answered as an object, memoised by the server), or a path, neighbourhood or actor search query (answered as JSON text). */
export type QueryOp =
  | { op: 'metrics'; filter: RelationFilter; metrics?: MetricId[] }
  | { op: 'paths'; query: PathQuery; budgetMs: number }
  | { op: 'neighbours'; actor: string; options: NeighbourhoodOptions }
  | { op: 'search'; search: ActorSearch };

/** One request to the worker. */
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

/** The worker's messages: loaded, could not load, a result, or an error. */
export type QueryReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: WireError };

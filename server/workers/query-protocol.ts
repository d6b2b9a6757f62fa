// Messages between the server and its worker threads: each job named for what it does, with its input and its typed answer.
import type { SharedIndex } from '../../graph/relation-index/index-core.js';
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import type { PreparedPathQuery } from '../../graph/relation-index/paths/prepare-path-query.js';
import type { FoundPath } from '../../graph/relation-index/paths/search-paths.js';
import type { RelationFilter } from '../../graph/shared/filter.js';
import type { FoundNeighbourhood, PreparedNeighbourhood } from '../../graph/relation-index/neighbourhood-search.js';
import type { ActorSearch, RankedActors } from '../../graph/query/search-actors.js';

/** What an index worker starts with: the shared index memory and the shared actor search table (no dataset file, no graph). */
export interface IndexWorkerData {
  index: SharedIndex;
  /** From shareSearchTable. */
  table: SharedArrayBuffer;
  /** Under TypeScript sources: the module the bootstrap imports after registering tsx. */
  entry?: string;
}

/**
 * The snapshot a job runs on, when it is not the one the worker started with: a write makes a new index (and, when
 * actors changed, a new table) without new workers. Numbered, because a SharedArrayBuffer arrives as a new object
 * with every message: the worker attaches each number once (parsing a table costs ~100 ms at 100k actors).
 */
export interface SnapshotData {
  indexGeneration: number;
  index: SharedIndex;
  tableGeneration: number;
  table: SharedArrayBuffer;
  /** The rows changed since `table` was encoded (search-table-patch.ts), numbered like the table. */
  patch?: { generation: number; shared: SharedArrayBuffer };
}

/** What the metrics worker starts with: the dataset file and the content hash it must find there (metrics need a full graphology graph). */
export interface MetricsWorkerData {
  file: string;
  hash: string;
  /** For a dataset served from the store (`store:<id>` is no file): its records as JSON on shared memory (graph/shared/shared-json.ts). */
  records?: SharedArrayBuffer;
  entry?: string;
}

/**
 * Every job by name: what the main thread sends and what the worker answers. Index jobs are prepared on the main
 * thread (ids checked, filter compiled) and answered as ints or ids, which the main thread turns into records.
 */
export interface Jobs {
  'find-paths': { input: { prepared: PreparedPathQuery; budgetMs: number }; answer: FoundPath[] };
  'search-neighbourhood': { input: { prepared: PreparedNeighbourhood }; answer: FoundNeighbourhood };
  'rank-actors': { input: { search: ActorSearch }; answer: RankedActors };
  'compute-metrics': { input: { filter: RelationFilter; metrics?: MetricId[] }; answer: MetricsResult };
}

/** A job's name. */
export type JobName = keyof Jobs;
/** The jobs of the index workers (on the shared relation index); `compute-metrics` is the metrics worker's. */
export type IndexJobName = Exclude<JobName, 'compute-metrics'>;
/** One job as sent: its name, its input, and for index jobs the snapshot to run on (absent: the worker's first). */
export type Job<N extends JobName = JobName> = { [K in N]: { job: K; on?: SnapshotData } & Jobs[K]['input'] }[N];
/** The answer to a job of name N. */
export type Answer<N extends JobName> = Jobs[N]['answer'];

/** One request to a worker. */
export type JobRequest = Job & { id: number };

/** A GraphError as it crosses the thread boundary: its code and the fields needed to rebuild it. */
export interface WireError {
  message: string;
  code?: string;
  field?: string;
  entity?: string;
  entityId?: string;
  suggestions?: string[];
}

/** A worker's messages: loaded, could not load, an answer, or an error. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'answer'; id: number; answer: Answer<JobName> }
  | { type: 'error'; id: number; error: WireError };

// The shapes of one write: intents (create, update, delete of a source, actor or relation), their results, and what a stored record looks like to a write.
import type { Transaction } from 'kysely';
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import type { StepTimes } from './step-times.js';
import type { ChangeOp, RecordType, StoreDatabase } from './tables.js';

/** A write's transaction. */
export type Trx = Transaction<StoreDatabase>;

/** The record types the write API changes (a dataset's own row changes only by load). */
export type WritableType = Exclude<RecordType, 'dataset'>;

/** A record with its text when it is a source. */
export type WrittenRecord =
  | { type: 'source'; record: Source; text: string }
  | { type: 'actor'; record: Actor }
  | { type: 'relation'; record: Relation };

/** One intended change: create or update with the new record, or delete; `field` is its place in the request body ('' for a whole body). */
export type Intent =
  | (WrittenRecord & { op: 'create' | 'update'; ifMatch?: string; field: string })
  | { type: WritableType; op: 'delete'; id: string; ifMatch?: string; field: string };

/** What one intent did: the record's id, new version (0 once deleted) and ETag. */
export interface IntentResult {
  type: WritableType;
  id: string;
  op: ChangeOp;
  version: number;
  etag?: string;
}

/** A committed write: the revision it made and what each intent did. */
export interface WriteResult {
  revision: number;
  results: IntentResult[];
}

/** How a create may be replayed: the key, a hash of the request, and the response to store for it. */
export interface Idempotency {
  key: string;
  requestHash: string;
  respond: (result: WriteResult) => { status: number; body: unknown };
}

/** Options of one write. */
export interface WriteOptions {
  who: string;
  idempotency?: Idempotency;
  /** The revision this write reverts (history), recorded on each change row. */
  reverts?: number;
  /** False only for reverts, whose preconditions are the change log itself. */
  requireIfMatch?: boolean;
  /** Benchmarks only: filled with each step's milliseconds (`step-times.ts`). */
  timings?: StepTimes;
}

/** A stored record as a write sees it. */
export interface Current {
  version: number;
  record: unknown;
  text?: string;
}

/** The table of each writable record type. */
export const TABLE = { source: 'sources', actor: 'actors', relation: 'relations' } as const;

/** The id an intent is about. */
export const idOf = (intent: Intent): string => (intent.op === 'delete' ? intent.id : intent.record.id);

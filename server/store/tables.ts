// The store's tables as Kysely sees them: indexed key columns plus the record itself as jsonb (its full TypeBox shape).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import type { AccountsDatabase } from '../accounts/accounts-tables.js';

/** A jsonb column: written as JSON text (one encoding for pg and PGlite), read back parsed. */
export type Json<T> = ColumnType<T, string, string>;

/** Record types the change log and the write API know; the union derives from the list. */
export const RECORD_TYPES = ['dataset', 'source', 'actor', 'relation'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** What one change did to its record. */
export const CHANGE_OPS = ['load', 'create', 'update', 'delete'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

export interface DatasetsTable {
  id: string;
  title: string;
  description: string | null;
  /** The dataset's head revision: bumped once per committed write (the row lock serialises writers of one dataset). */
  revision: number;
  created_at: Generated<Date>;
}

export interface SourcesTable {
  dataset_id: string;
  id: string;
  version: number;
  /** The Source record (graph/model/schema.ts); its `path` is kept for export. */
  record: Json<Source>;
  /** The source's full text, which every quote citing it must be found in. */
  text: string;
}

export interface ActorsTable {
  dataset_id: string;
  id: string;
  kind: string;
  version: number;
  record: Json<Actor>;
}

export interface RelationsTable {
  dataset_id: string;
  id: string;
  kind: string;
  source: string;
  target: string;
  version: number;
  /** The whole Relation, evidence included (the evidence table indexes the quotes for lookups by source). */
  record: Json<Relation>;
}

export interface EvidenceTable {
  dataset_id: string;
  relation_id: string;
  position: number;
  source_id: string;
  quote: string;
  start: number | null;
}

export interface ChangesTable {
  id: Generated<number>;
  dataset_id: string;
  revision: number;
  record_type: RecordType;
  record_id: string;
  op: ChangeOp;
  /** Who made the change (the write guard's answer), or `system` for the first load. */
  who: string;
  at: Generated<Date>;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  /** The revision this change reverted, if it is a revert. */
  reverts: number | null;
}

export interface IdempotencyKeysTable {
  dataset_id: string;
  who: string;
  key: string;
  /** Hash of method, route and body: the same key with another request is refused. */
  request_hash: string;
  status: number;
  response: Json<unknown>;
  created_at: Generated<Date>;
}

/** A candidate sentence dismissed (migration 0003): it states no tie, said `who` at `at`, and why. */
export interface DismissalsTable {
  dataset_id: string;
  source_id: string;
  sentence: string;
  start: number;
  end: number;
  reason: string | null;
  who: string;
  at: Generated<Date>;
}

/** Every dismissal and every undo of one (migration 0006), append-only: who, when, why. */
export interface DismissalLogTable {
  dataset_id: string;
  source_id: string;
  sentence: string;
  start: number;
  end: number;
  action: 'dismiss' | 'undo';
  reason: string | null;
  who: string;
  at: Generated<Date>;
}

/** The whole schema, for `Kysely<StoreDatabase>` (the accounts tables included: server/accounts/accounts-tables.ts). */
export interface StoreDatabase extends AccountsDatabase {
  datasets: DatasetsTable;
  sources: SourcesTable;
  actors: ActorsTable;
  relations: RelationsTable;
  evidence: EvidenceTable;
  changes: ChangesTable;
  idempotency_keys: IdempotencyKeysTable;
  dismissals: DismissalsTable;
  dismissal_log: DismissalLogTable;
}

export type ChangeRow = Selectable<ChangesTable>;
export type NewChange = Insertable<ChangesTable>;

// Bulk inserts through COPY (copy-rows.ts), the same statements on PGlite and PostgreSQL: a first load, a bulk write's rows.
import type { Kysely, Transaction } from 'kysely';
import { copyRows, type CopyColumns } from './copy-rows.js';
import type { StoreDatabase } from './tables.js';

/** The columns of each bulk-inserted table, in COPY order (json columns take the record's JSON text as is). */
const COLUMNS: Partial<Record<keyof StoreDatabase, CopyColumns>> = {
  sources: { dataset_id: 'text', id: 'text', version: 'int', record: 'json', text: 'text' },
  actors: { dataset_id: 'text', id: 'text', kind: 'text', version: 'int', record: 'json' },
  relations: {
    dataset_id: 'text',
    id: 'text',
    kind: 'text',
    source: 'text',
    target: 'text',
    version: 'int',
    record: 'json',
  },
  evidence: {
    dataset_id: 'text',
    relation_id: 'text',
    position: 'int',
    source_id: 'text',
    quote: 'text',
    start: 'int',
  },
  changes: {
    dataset_id: 'text',
    revision: 'int',
    record_type: 'text',
    record_id: 'text',
    op: 'text',
    who: 'text',
    before: 'json',
    after: 'json',
    reverts: 'int',
  },
};

/** Inserts `rows` into `table` with COPY (nothing for no rows). */
export async function insertBatches(
  db: Kysely<StoreDatabase> | Transaction<StoreDatabase>,
  table: keyof StoreDatabase,
  rows: readonly object[],
): Promise<void> {
  const columns = COLUMNS[table];
  if (!columns) throw new Error(`store: no bulk insert for ${table}`);
  await copyRows(db, table, columns, rows);
}

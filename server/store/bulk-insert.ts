// Bulk inserts through COPY (copy-rows.ts), the same statements on PGlite and PostgreSQL: a first load, a bulk write's rows.
import { sql, type Kysely, type Transaction } from 'kysely';
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

/** At most this many rows go in one statement by `insertTogether`: ≤ 9 columns each stays far below 65,535 parameters. */
export const TOGETHER_MAX_ROWS = 500;

/**
 * Inserts a small write's rows of several tables in one statement (a data-modifying `WITH` per table, in order), so
 * a write with its dataset locked makes one round trip here instead of a COPY per table (two on PostgreSQL: the
 * COPY, then its data). Foreign keys are checked at the statement's end, when every row of it is in.
 */
export async function insertTogether(
  db: Kysely<StoreDatabase> | Transaction<StoreDatabase>,
  tables: ReadonlyArray<readonly [keyof StoreDatabase, readonly object[]]>,
): Promise<void> {
  const inserts = tables
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows]) => {
      const columns = COLUMNS[table];
      if (!columns) throw new Error(`store: no bulk insert for ${table}`);
      const names = Object.keys(columns);
      // Parameter types come from the target columns (a json column parses the record's JSON text).
      const values = rows.map(
        (row) => sql`(${sql.join(names.map((name) => (row as Record<string, unknown>)[name] ?? null))})`,
      );
      return sql`INSERT INTO ${sql.table(table)} (${sql.join(names.map((name) => sql.ref(name)))}) VALUES ${sql.join(values)}`;
    });
  if (inserts.length === 0) return;
  const last = inserts.pop()!;
  const withs = inserts.map((insert, i) => sql`${sql.raw(`w${i}`)} AS (${insert})`);
  await (withs.length === 0 ? last : sql`WITH ${sql.join(withs)} ${last}`).execute(db);
}

// Bulk inserts as one JSON parameter per batch: `INSERT … SELECT … FROM jsonb_to_recordset($1)`, the same SQL on PGlite and PostgreSQL.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { StoreDatabase } from './tables.js';

// Why not COPY: Kysely hides the transaction's connection, and COPY needs the driver's own stream (pg-copy-streams)
// or PGlite's /dev/blob; a single jsonb parameter keeps one code path, avoids the 65,535 bind-parameter limit and
// the per-parameter cost of multi-row VALUES.

/** Column types of each bulk-inserted table (jsonb columns take the record's JSON text as is). */
const COLUMNS: Partial<Record<keyof StoreDatabase, Record<string, string>>> = {
  sources: { dataset_id: 'text', id: 'text', version: 'int', record: 'jsonb', text: 'text' },
  actors: { dataset_id: 'text', id: 'text', kind: 'text', version: 'int', record: 'jsonb' },
  relations: {
    dataset_id: 'text',
    id: 'text',
    kind: 'text',
    source: 'text',
    target: 'text',
    version: 'int',
    record: 'jsonb',
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
    before: 'jsonb',
    after: 'jsonb',
    reverts: 'int',
  },
};

/** Rows per statement: large enough to amortise a statement, small enough to keep each parameter a few MB. */
const BATCH = 5000;

/** The batch as one JSON array text; jsonb columns hold JSON text already and are spliced in, not quoted again. */
function batchJson(rows: readonly Record<string, unknown>[], columns: Record<string, string>): string {
  const names = Object.keys(columns);
  const parts = rows.map((row) => {
    const fields = names.map((name) => {
      const value = row[name];
      const encoded =
        value === undefined || value === null
          ? 'null'
          : columns[name] === 'jsonb' && typeof value === 'string'
            ? value
            : JSON.stringify(value);
      return `${JSON.stringify(name)}:${encoded}`;
    });
    return `{${fields.join(',')}}`;
  });
  return `[${parts.join(',')}]`;
}

/** Inserts `rows` into `table`, a batch per statement. */
export async function insertBatches(
  db: Kysely<StoreDatabase> | Transaction<StoreDatabase>,
  table: keyof StoreDatabase,
  rows: readonly object[],
): Promise<void> {
  const columns = COLUMNS[table];
  if (!columns) throw new Error(`store: no bulk insert for ${table}`);
  const names = Object.keys(columns);
  const list = sql.join(names.map((name) => sql.ref(name)));
  const types = sql.raw(names.map((name) => `${JSON.stringify(name)} ${columns[name]}`).join(', '));
  for (let i = 0; i < rows.length; i += BATCH) {
    const json = batchJson(rows.slice(i, i + BATCH) as Record<string, unknown>[], columns);
    await sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${list} FROM jsonb_to_recordset(${json}::jsonb) AS x(${types})`.execute(
      db,
    );
  }
}

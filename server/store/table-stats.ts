// Planner statistics for the record tables: PGlite runs no autovacuum, and without statistics a 100k-id lookup in a 1M-row table scans the whole dataset.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { StoreDatabase } from './tables.js';

// Measured at 1M relations on PGlite: `id = ANY($100k ids)` took 4.5 s with no statistics (a bitmap scan of the whole
// dataset through an index on dataset_id) and 0.08 s after ANALYZE (one index scan of the primary key). Statistics
// left behind by growth matter less: the planner scales a table's density by its current size.

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** The tables a first load or a bulk write fills. */
export const RECORD_TABLES = ['sources', 'actors', 'relations', 'evidence', 'changes'] as const;

/** Writes at least this large refresh missing statistics first (a few index probes do not need them). */
export const ANALYZE_MIN_RECORDS = 1000;

/** ANALYZE `tables` (all of them: after a first load the old statistics describe another store). */
export async function analyzeTables(db: Db, tables: readonly string[] = RECORD_TABLES): Promise<void> {
  await sql`ANALYZE ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}

/** ANALYZE those of `tables` never analyzed (`reltuples` is -1 until the first ANALYZE or VACUUM); returns them. */
export async function analyzeMissing(db: Db, tables: readonly string[] = RECORD_TABLES): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT relname AS name FROM pg_class WHERE oid = ANY(${[...tables]}::regclass[]) AND reltuples < 0`.execute(db);
  const missing = rows.map((row) => row.name);
  if (missing.length > 0) await analyzeTables(db, missing);
  return missing;
}

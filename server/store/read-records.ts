// A table's records of one dataset read back in chunks: one text value of many records per query, one JSON.parse per chunk.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { stringSharer } from '../../graph/load/share-strings.js';
import type { StoreDatabase } from './tables.js';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** One chunk's answer: its last id and its records as one JSON array text (both null past the end). */
interface Chunk {
  last: string | null;
  records: string | null;
}

/** The record tables read back whole at start (sources come with their texts, as rows). */
export type RecordTable = 'actors' | 'relations';

/**
 * Records per chunk (default). One protocol row per record cost PGlite's JS row parser and `pg` a JSON.parse each,
 * and PGlite's WASM heap grows to the largest result and never shrinks (1M relation rows at once: ~1.6 GB resident);
 * 5,000 records are about 2 MB of text, small for both, and 200 queries at 1M relations.
 */
export const CHUNK_RECORDS = 5_000;

/** Shares the repeated long strings of every chunk of one read (share-strings.ts): a note or quote repeated on a million relations is kept once. */
export type Sharer = ReturnType<typeof stringSharer>;

/**
 * Reads the records of `datasetId` in `table` in id order, `chunk` at a time (keyset paging on the primary key, so
 * each query is an index range), and hands each chunk to `each` as soon as it is parsed. Run it in a transaction
 * (repeatable read, to see one revision): it switches the planner's sorts off for its own queries. The next chunk is
 * asked for before this one is parsed, so a PostgreSQL server prepares it meanwhile. `share` keeps one copy of
 * repeated long strings across chunks.
 */
export async function readRecordChunks<T>(
  db: Db,
  table: RecordTable,
  datasetId: string,
  each: (records: T[]) => void,
  options: { chunk?: number; share?: Sharer } = {},
): Promise<void> {
  const chunk = options.chunk ?? CHUNK_RECORDS;
  const share = options.share ?? stringSharer();
  const page = (after: string | null) => {
    const from: RawBuilder<unknown> = after === null ? sql`` : sql`AND id > ${after}`;
    // One text value per chunk: PostgreSQL writes the jsonb records out as text, joined; JS parses them in one call.
    return sql<Chunk>`
      SELECT max(id) AS last, '[' || string_agg(record::text, ',' ORDER BY id) || ']' AS records
      FROM (
        SELECT id, record FROM ${sql.table(table)} WHERE dataset_id = ${datasetId} ${from} ORDER BY id LIMIT ${chunk}
      ) page`.execute(db);
  };
  // Without statistics (PGlite never analyzes on its own, nor is a fresh load analyzed yet) the planner guesses a few
  // thousand rows per dataset and sorts all of them for every chunk (1.9 s a chunk at 1M relations, PostgreSQL)
  // instead of walking the primary key in order; sorts are switched off for these queries, then restored.
  const setting = await sql<{ sort: string }>`SELECT current_setting('enable_sort') AS sort`.execute(db);
  await sql`SELECT set_config('enable_sort', 'off', true)`.execute(db);
  let pending = page(null);
  try {
    for (;;) {
      const { last, records }: Chunk = (await pending).rows[0] ?? { last: null, records: null };
      if (last === null || records === null) return;
      pending = page(last);
      each(share(JSON.parse(records) as T[]));
    }
  } finally {
    await pending.catch(() => undefined); // settled before the connection is used again; its error is not this read's
    await sql`SELECT set_config('enable_sort', ${setting.rows[0]?.sort ?? 'on'}, true)`.execute(db);
  }
}

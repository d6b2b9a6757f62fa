// A logical dump of the whole store (every table, change log included) as JSON lines, and its restore into an empty store in one transaction; the same on PGlite and PostgreSQL.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';
import type { StoreDatabase } from './tables.js';

/** The first line of a backup file. */
export const BACKUP_FORMAT = 'actor-graph-explorer-store-backup';

/** Tables in dependency order (restored in this order), each with its ordering key and its jsonb columns. */
const TABLES: Array<{ name: keyof StoreDatabase; order: string[]; json: string[] }> = [
  { name: 'datasets', order: ['id'], json: [] },
  { name: 'sources', order: ['dataset_id', 'id'], json: ['record'] },
  { name: 'actors', order: ['dataset_id', 'id'], json: ['record'] },
  { name: 'relations', order: ['dataset_id', 'id'], json: ['record'] },
  { name: 'evidence', order: ['dataset_id', 'relation_id', 'position'], json: [] },
  { name: 'changes', order: ['id'], json: ['before', 'after'] },
  { name: 'idempotency_keys', order: ['dataset_id', 'who', 'key'], json: ['response'] },
  { name: 'dismissals', order: ['dataset_id', 'source_id', 'sentence'], json: [] },
  { name: 'dismissal_log', order: ['dataset_id', 'source_id', 'at', 'action', 'sentence'], json: [] },
  // Accounts with their roles and API tokens (hashed); sessions and failed sign-ins are left out: a restored store starts
  // with nobody signed in and nobody throttled.
  { name: 'accounts', order: ['id'], json: [] },
  { name: 'dataset_roles', order: ['account_id', 'dataset'], json: [] },
  { name: 'api_tokens', order: ['id'], json: [] },
];

const PAGE = 5000;

/** Writes every row of the store to `file` (one repeatable-read snapshot, so the dump is consistent); returns rows per table. */
export async function backupStore(db: Kysely<StoreDatabase>, file: string): Promise<Record<string, number>> {
  const temporary = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await write({
          format: BACKUP_FORMAT,
          version: 1,
          migrations: Object.keys(MIGRATIONS),
          at: new Date().toISOString(),
        });
        for (const table of TABLES) {
          counts[table.name] = 0;
          for (let offset = 0; ; offset += PAGE) {
            const rows = await trx
              .selectFrom(table.name)
              .selectAll()
              .orderBy(table.order.map((c) => sql.ref(c)))
              .limit(PAGE)
              .offset(offset)
              .execute();
            for (const row of rows) await write({ table: table.name, row });
            counts[table.name] = (counts[table.name] ?? 0) + rows.length;
            if (rows.length < PAGE) break;
          }
        }
      });
    out.end();
    await once(out, 'finish');
    await rename(temporary, file);
    return counts;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Restores a backup into an empty store, all or nothing; throws if the store holds data or the file is not a backup. */
export async function restoreStore(db: Kysely<StoreDatabase>, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('datasets').select('id').limit(1).execute();
    if (existing.length > 0)
      throw new Error('restore: the store is not empty; restore into a new DATA_DIR or database');
    // Opened only now, and iterated at once: lines read before the iterator exists would be lost.
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let header = true;
    let batch: { table: keyof StoreDatabase; rows: Record<string, unknown>[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      await trx
        .insertInto(batch.table)
        .values(batch.rows as never)
        .execute();
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      batch.rows = [];
    };
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const entry = JSON.parse(line) as {
        format?: string;
        migrations?: string[];
        table?: keyof StoreDatabase;
        row?: Record<string, unknown>;
      };
      if (header) {
        if (entry.format !== BACKUP_FORMAT)
          throw new Error(`restore: ${file} is not a store backup (no "${BACKUP_FORMAT}" header)`);
        const unknown = (entry.migrations ?? []).filter((name) => !(name in MIGRATIONS));
        if (unknown.length > 0)
          throw new Error(
            `restore: the backup was made by a newer schema (${unknown.join(', ')}); update the code first`,
          );
        header = false;
        continue;
      }
      const table = TABLES.find((t) => t.name === entry.table);
      if (!table || !entry.row) throw new Error(`restore: unknown table ${JSON.stringify(entry.table)} in ${file}`);
      const row = { ...entry.row };
      for (const column of table.json)
        if (row[column] !== null && row[column] !== undefined) row[column] = JSON.stringify(row[column]);
      if (batch?.table !== table.name) {
        await flush();
        batch = { table: table.name, rows: [] };
      }
      batch.rows.push(row);
      if (batch.rows.length >= 1000) await flush();
    }
    await flush();
    if (header) throw new Error(`restore: ${file} is empty`);
    // The change log's ids were restored as they were: the sequence continues after them.
    await sql`SELECT setval(pg_get_serial_sequence('changes', 'id'), GREATEST((SELECT max(id) FROM changes), 1))`.execute(
      trx,
    );
    await sql`SELECT setval(pg_get_serial_sequence('accounts', 'id'), GREATEST((SELECT max(id) FROM accounts), 1))`.execute(
      trx,
    );
    await sql`SELECT setval(pg_get_serial_sequence('api_tokens', 'id'), GREATEST((SELECT max(id) FROM api_tokens), 1))`.execute(
      trx,
    );
  });
  return counts;
}

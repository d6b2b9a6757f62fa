// Opens the store: PGlite in a data folder by default, a PostgreSQL server when a URL is given; migrates it to the latest schema.
import { mkdirSync } from 'node:fs';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import { copyingPool } from './copy-pool.js';
import { lockDataDir } from './data-dir-lock.js';
import { MIGRATIONS } from './migrations/index.js';
import { pglitePool } from './pglite-pool.js';
import { PgliteDatabase } from './pglite-thread.js';
import type { StoreDatabase } from './tables.js';

/** Where the store lives: `databaseUrl` (a PostgreSQL server, via `pg`) wins over `dataDir` (embedded PGlite). */
export interface StoreLocation {
  databaseUrl?: string;
  dataDir: string;
}

/** The backends the same SQL runs on. */
export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** An open, migrated store database. */
export interface StoreConnection {
  readonly db: Kysely<StoreDatabase>;
  readonly backend: Backend;
  /** The embedded database in the PGlite thread (embedded backend only); a dead thread fails the store's calls with 503. */
  readonly pglite?: PgliteDatabase;
  /**
   * PGlite only: closes the database and reopens it in a fresh thread (pglite-thread.ts `recycle`), after the
   * statements in flight and before any sent later, so the memory a large read made the thread hold goes back.
   */
  recycle?(): Promise<void>;
  /** Closes the pool (or PGlite and its thread); the process may then exit. */
  close(): Promise<void>;
}

/** The static migration provider the brief asks for: the list imported from migrations/index.ts. */
const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Runs every pending migration; throws the first failure with its migration's name. */
export async function migrateToLatest(db: Kysely<StoreDatabase>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store: migration ${failed} failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
}

/** Opens and migrates the store at `location`. */
export async function openStoreDatabase(location: StoreLocation): Promise<StoreConnection> {
  let db: Kysely<StoreDatabase>;
  let backend: Backend;
  let pglite: PgliteDatabase | undefined;
  let unlock = (): void => undefined;
  let recycle: (() => Promise<void>) | undefined;
  if (location.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 8 });
    // An idle client losing its server (restart, dropped database) must not crash the process; the next query reconnects.
    pool.on('error', (error) => process.emitWarning(`store: idle PostgreSQL connection lost: ${error.message}`));
    // Its clients also stream `COPY … FROM STDIN` (bulk writes and first loads: copy-rows.ts).
    db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: copyingPool(pool) }) });
    backend = 'postgres';
  } else {
    mkdirSync(location.dataDir, { recursive: true });
    // Two PGlites on one folder would both write its files: a second opener is refused, naming the holder.
    unlock = lockDataDir(location.dataDir);
    // PGlite runs PostgreSQL (WASM) synchronously: in its own thread, a write's statements do not hold up the readers.
    try {
      pglite = await PgliteDatabase.open(location.dataDir);
    } catch (error) {
      unlock();
      throw error;
    }
    const pool = pglitePool(pglite);
    db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
    backend = 'pglite';
    const database = pglite;
    recycle = () => pool.exclusive(() => database.recycle());
  }
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().finally(unlock);
    throw error;
  }
  return {
    db,
    backend,
    ...(pglite ? { pglite } : {}),
    ...(recycle ? { recycle } : {}),
    close: () => db.destroy().finally(unlock),
  };
}

// PGlite (in its thread) behind the pool interface Kysely's own PostgresDialect drives, so both backends run the same dialect and SQL.
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { isCopyFromStdin } from './copy-rows.js';

// Hand-written rather than `kysely-pglite-dialect`: its peer range stops at PGlite 0.4, and `kysely-pglite` brings a
// CLI tool chain. PGlite is one session, so the "pool" lends its one connection to one caller at a time: a
// transaction's statements can never interleave with another caller's.

type Command = PostgresQueryResult<unknown>['command'];
const COMMANDS = new Set<string>(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE', 'COMMIT', 'ROLLBACK']);

/** The command tag PGlite does not report, read from the statement's first word (Kysely needs it for affected-row counts). */
function commandOf(sql: string): Command {
  const word = /^\s*(?:with\b[\s\S]*?\)\s*)?([a-z]+)/i.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
  return (COMMANDS.has(word) ? word : 'SELECT') as Command;
}

/** PGlite's one session as the pool sees it: `PgliteDatabase` (pglite-thread.ts), or a `PGlite` instance itself. */
export interface PgliteSession {
  /** `options.blob`: the data a `COPY … FROM '/dev/blob'` reads (PGlite's device for COPY input, as PGlite's own option). */
  query(
    sql: string,
    parameters: unknown[],
    options?: { blob?: Blob },
  ): Promise<{ rows: unknown[]; affectedRows?: number | undefined }>;
  close(): Promise<void>;
}

/** `COPY … FROM STDIN` with its data (copy-rows.ts) run as PGlite reads it: from the `/dev/blob` device. */
async function copyFromBlob(db: PgliteSession, sql: string, data: string) {
  const result = await db.query(sql.replace(/STDIN\s*$/i, "'/dev/blob'"), [], { blob: new Blob([data]) });
  return { command: 'COPY', rowCount: result.affectedRows ?? 0, rows: [] };
}

/** The pool, and `exclusive` to run work on the session with no statement of any caller in flight or sent meanwhile. */
export interface PglitePool extends PostgresPool {
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** A Kysely `PostgresPool` lending PGlite's single session to one caller at a time. */
export function pglitePool(db: PgliteSession): PglitePool {
  let queue: Promise<void> = Promise.resolve();
  /** Waits for the callers before, then holds the session until `release` is called. */
  const take = async () => {
    let release!: () => void;
    const previous = queue;
    queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    return release;
  };
  return {
    async exclusive<T>(work: () => Promise<T>): Promise<T> {
      const release = await take();
      try {
        return await work();
      } finally {
        release();
      }
    },
    async connect(): Promise<PostgresPoolClient> {
      const release = await take();
      const client = {
        async query(sql: string, parameters: ReadonlyArray<unknown>) {
          if (isCopyFromStdin(sql, parameters)) return copyFromBlob(db, sql, parameters[0]);
          const result = await db.query(sql, [...parameters]);
          return { command: commandOf(sql), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
        },
        release: () => release(),
      };
      return client as unknown as PostgresPoolClient;
    },
    async end(): Promise<void> {
      await queue;
      await db.close();
    },
  };
}

// One process at a time in an embedded store: a lock file in DATA_DIR naming the holder (pid, what it is, its address), taken before PGlite opens.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/*
 * Hand-written rather than `proper-lockfile`: the refusal must name the holder (the server's address, its pid) so the
 * user knows what to stop, and a holder that died (SIGKILL, power cut) must not block the next start. On one host a
 * pid that no longer runs is exact; PGlite's own postmaster.pid holds no real pid (-42), so it cannot tell.
 */

/** The lock file's name inside DATA_DIR. */
export const LOCK_FILE = 'age-store.lock';

/** Who holds the store, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** What opened it: the command line's script, e.g. `server/main.ts`, `user-cli.ts`. */
  by: string;
  since: string;
  /** The address the server listens on, once it listens (see noteServerAddress). */
  url?: string;
}

/** Thrown when another live process holds the embedded store; `holder` says which. */
export class StoreBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `store: ${dataDir} is in use by ${holderWords(holder)}: one process at a time opens an embedded store. ` +
        `Stop it first (or serve from PostgreSQL with DATABASE_URL, which many processes share). ` +
        `If no such process runs, delete ${join(dataDir, LOCK_FILE)}.`,
    );
  }
}

/** "the server on http://127.0.0.1:3000/ (pid 123)" or "another process (user-cli.ts, pid 123)". */
export function holderWords(holder: LockHolder): string {
  return holder.url
    ? `the server on ${holder.url} (pid ${holder.pid})`
    : `another process (${holder.by}, pid ${holder.pid}, since ${holder.since})`;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? (parsed as LockHolder) : undefined;
  } catch {
    return undefined; // missing, or torn by a crash while written: no holder
  }
}

function alive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // a shared folder seen from another host: cannot check, assume held
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // runs, under another user
  }
}

/** Takes the lock of `dataDir` (the folder exists) or throws StoreBusyError; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    by: (process.argv[1] ?? 'node').split(/[\\/]/).slice(-2).join('/'),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' }); // atomic: exactly one of two racing openers creates it
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && alive(holder)) throw new StoreBusyError(dataDir, holder);
      if (attempt > 0) throw new StoreBusyError(dataDir, holder ?? { ...mine, pid: -1, by: 'unknown' });
      rmSync(file, { force: true }); // left by a process that died: take it over
    }
  }
  return () => {
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
}

/** Writes the server's address into the lock this process holds on `dataDir` (no lock of ours there: nothing). */
export function noteServerAddress(dataDir: string, url: string): void {
  const file = join(dataDir, LOCK_FILE);
  const holder = readHolder(file);
  if (holder?.pid === process.pid) writeFileSync(file, JSON.stringify({ ...holder, url }));
}

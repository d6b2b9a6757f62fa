// Test helper: a fresh store on each backend — PGlite in a temporary folder, and the PostgreSQL server of TEST_DATABASE_URL in its own new database.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import {
  openStoreDatabase,
  type Backend,
  type StoreConnection,
  type StoreLocation,
} from '../../../server/store/database.js';
import { adminSql, databaseUrl, dropDatabase } from './admin-sql.js';

/** The backends to test on: PGlite always; PostgreSQL when TEST_DATABASE_URL is set (required under CI=true). */
export function testBackends(): Backend[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI === 'true')
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL storage tests must not skip in CI (.ci/run sets it)',
    );
  console.error('# TEST_DATABASE_URL not set: storage tests run on PGlite only');
  return ['pglite'];
}

let counter = 0;
let template: Promise<string> | undefined;

/**
 * Where the migrated PGlite template is kept: `npm test` and its siblings (test/run-tests.mjs) name a folder that
 * outlives the run (/dev/shm, in memory, when the machine has it), so the next run, and the next `npm run test:unit`,
 * copies it instead of making it again; a bare `tap` run uses the system's temporary folder.
 */
const TEMPLATE_DIR = process.env.AGE_TEST_TEMPLATE_DIR || tmpdir();
/** A template of another schema untouched for this long is removed when a new one is made (each is ~40 MB). */
const STALE_TEMPLATE_MS = 24 * 3600 * 1000;

/**
 * A migrated, empty PGlite folder shared by every test process: copying it costs a small part of what PGlite's initdb
 * and the migrations cost, which each process (and each test) would pay otherwise. Its name carries a hash of what makes
 * it (the store's code under server/store/, PGlite's version), so a changed schema gets a new one. A process that
 * finds none makes one and renames it into place, which is atomic: one that races and loses takes the winner's.
 */
function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const name = `age-store-template-${templateKey()}`;
    const shared = join(TEMPLATE_DIR, name);
    if (existsSync(shared)) return shared;
    const dir = mkdtempSync(join(TEMPLATE_DIR, 'age-store-template-new-'));
    try {
      const connection = await openStoreDatabase({ dataDir: dir });
      await connection.close();
      renameSync(dir, shared);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      if (!existsSync(shared)) throw error; // else another process renamed its template there first
    }
    removeStaleTemplates(name);
    return shared;
  })();
  return template;
}

/** Removes the templates of other schemas (or half-made ones) not touched for a day: older checkouts' leftovers. */
function removeStaleTemplates(keep: string): void {
  for (const name of readdirSync(TEMPLATE_DIR)) {
    if (!name.startsWith('age-store-template-') || name === keep) continue;
    const path = join(TEMPLATE_DIR, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_TEMPLATE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * A copy of the migrated PGlite template in a new temporary folder, removed when the process exits: for a database
 * opened in this thread (PGlite.create) rather than through the store, e.g. the accounts tests' (an in-memory PGlite
 * would run initdb and then every migration instead).
 */
export async function migratedPgliteCopy(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'age-store-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(await pgliteTemplate(), dir, { recursive: true });
  return dir;
}

/** A hash of every file under server/store/ (migrations, how a store is opened) and of PGlite's version. */
function templateKey(): string {
  const hash = createHash('sha256');
  const root = join(import.meta.dirname, '../../..');
  const folder = join(root, 'server/store');
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort())
    if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(folder, name)));
  hash.update(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json')));
  return hash.digest('hex').slice(0, 16);
}

/** A new empty store location on `backend`, removed (folder or database) when the test ends. */
export async function freshLocation(t: Test, backend: Backend): Promise<StoreLocation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'age-store-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  if (backend === 'pglite') {
    cpSync(await pgliteTemplate(), dataDir, { recursive: true });
    return { dataDir };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `age_test_${process.pid}_${Date.now()}_${counter++}`;
  // Copied from this process's migrated template in one statement. Commits need not wait for the disk in a database
  // dropped minutes later (the server itself keeps running, so a test that kills an API process loses nothing).
  await adminSql(admin, `CREATE DATABASE ${name} TEMPLATE ${await postgresTemplate(admin)}`);
  await adminSql(admin, `ALTER DATABASE ${name} SET synchronous_commit = off`);
  t.teardown(() => dropDatabase(admin, name));
  return { dataDir, databaseUrl: databaseUrl(admin, name) };
}

let postgresTemplateName: Promise<string> | undefined;

/**
 * A migrated, empty PostgreSQL database made once per test process, dropped when the process is done: each test's
 * database is a copy of it rather than a new database migrated again (every migration, on ~150 databases a run).
 */
function postgresTemplate(admin: string): Promise<string> {
  postgresTemplateName ??= (async () => {
    const name = `age_test_template_${process.pid}_${Date.now()}`;
    await adminSql(admin, `CREATE DATABASE ${name}`);
    const connection = await openStoreDatabase({ dataDir: tmpdir(), databaseUrl: databaseUrl(admin, name) });
    await connection.close();
    let dropped = false;
    process.on('beforeExit', () => {
      if (dropped) return;
      dropped = true;
      void dropDatabase(admin, name).catch(() => undefined);
    });
    return name;
  })();
  return postgresTemplateName;
}

/** An open, migrated store on `backend`, closed when the test ends. */
export async function freshStore(t: Test, backend: Backend): Promise<StoreConnection> {
  const connection = await openStoreDatabase(await freshLocation(t, backend));
  t.teardown(() => connection.close());
  return connection;
}

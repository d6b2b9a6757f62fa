// Test helper: a fresh store on each backend — PGlite in a temporary folder, and the PostgreSQL server of TEST_DATABASE_URL in its own new database.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import {
  openStoreDatabase,
  type Backend,
  type StoreConnection,
  type StoreLocation,
} from '../../../server/store/database.js';
import { adminSql, databaseUrl } from './admin-sql.js';

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
 * A migrated, empty PGlite folder made once per test process: copying it (~1 s) spares each test PGlite's initdb
 * (10–17 s on this loaded 2-core machine).
 */
function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'age-store-template-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const connection = await openStoreDatabase({ dataDir: dir });
    await connection.close();
    return dir;
  })();
  return template;
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
  t.teardown(() => adminSql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
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
      void adminSql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
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

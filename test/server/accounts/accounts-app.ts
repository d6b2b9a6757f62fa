// Test helper: a migrated store on PGlite (a copy of the store tests' template) and an app over the fixture datasets with accounts on it.
import { resolve } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Test } from 'tap';
import { buildApp, type BuildOptions } from '../../../server/app.js';
import type { Settings } from '../../../server/config.js';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { createAccount } from '../../../server/accounts/account-store.js';
import type { DatasetRole } from '../../../server/accounts/roles.js';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { migrateToLatest } from '../../../server/store/database.js';
import { pglitePool } from '../../../server/store/pglite-pool.js';
import { FIXTURE, NORDIC } from '../helpers.js';
import { migratedPgliteCopy } from '../store/backends.js';

/** The two fixture datasets' ids: MINI is public in accountsApp, NORDIC private. */
export const MINI = 'server-mini';
export const PRIVATE = 'server-nordic';
/** A password every test account gets. */
export const PASSWORD = 'correct horse battery';

let shared: Promise<AccountsDb> | undefined;

/**
 * The test file's accounts database, emptied: one PGlite per process, in this thread, on a copy of the store tests'
 * migrated template (opening PGlite costs seconds; emptying five tables, milliseconds). Subtests run one at a time, so
 * none sees another's rows.
 */
export async function accountsDb(_t: Test): Promise<AccountsDb> {
  shared ??= (async () => {
    const pglite = await PGlite.create(await migratedPgliteCopy());
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
    await migrateToLatest(db);
    return db as AccountsDb;
  })();
  const db = await shared;
  await sql`truncate accounts, dataset_roles, sessions, api_tokens, login_failures restart identity cascade`.execute(
    db,
  );
  return db;
}

/** An app serving MINI (public, the default) and PRIVATE, with accounts on `db`; login throttling as given. */
export async function accountsApp(
  t: Test,
  db: AccountsDb,
  overrides: Partial<Settings> = {},
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = await buildApp(
    {
      dataFiles: [FIXTURE, NORDIC],
      publicDatasets: [MINI],
      logLevel: 'silent',
      rateLimitMax: 0,
      clientDir: resolve(import.meta.dirname, 'no-client'),
      ...overrides,
    },
    { ...options, accountsDb: db },
  );
  t.teardown(() => app.close());
  return app;
}

/** Creates an account with these roles and PASSWORD. */
export async function addAccount(db: AccountsDb, name: string, roles: DatasetRole[]): Promise<void> {
  await createAccount(db, { name, password: PASSWORD, roles });
}

/** A signed-in browser: its cookie header and CSRF token. */
export interface Browser {
  cookie: string;
  csrf: string;
}

/** Signs `name` in with PASSWORD; fails the test unless it works. */
export async function signIn(app: FastifyInstance, name: string): Promise<Browser> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password: PASSWORD } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${name} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'age_session')!;
  return {
    cookie: `age_session=${cookie.value}`,
    csrf: (JSON.parse(response.body) as { csrfToken: string }).csrfToken,
  };
}

/** inject, with the JSON body parsed. */
export async function call(app: FastifyInstance, options: InjectOptions) {
  const response = await app.inject(options);
  const body = response.body ? (JSON.parse(response.body) as Record<string, any>) : undefined;
  return {
    status: response.statusCode,
    headers: response.headers,
    body,
    raw: response.body,
    cookies: response.cookies,
  };
}

// Every write route (found in the OpenAPI document) tried as anonymous, viewer, editor of another dataset, editor, and with a missing, forged or stale CSRF token; then real writes by session and by token.
import t, { type Test } from 'tap';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.js';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { createApiToken } from '../../../server/accounts/api-tokens.js';
import { freshLocation, testBackends } from '../store/backends.js';
import type { Backend } from '../../../server/store/database.js';
import { FIXTURE, NORDIC } from '../helpers.js';
import { addAccount, call, MINI, PRIVATE, signIn, type Browser } from './accounts-app.js';

/** An app serving MINI (public) and PRIVATE from a fresh store (PGlite, or PostgreSQL), with its accounts in the same database. */
async function storeAccountsApp(
  t: Test,
  backend: Backend = 'pglite',
): Promise<{ app: FastifyInstance; db: AccountsDb }> {
  const where = await freshLocation(t, backend);
  const app = await buildApp({
    dataFiles: [FIXTURE, NORDIC],
    publicDatasets: [MINI],
    logLevel: 'silent',
    rateLimitMax: 0,
    clientDir: resolve(import.meta.dirname, 'no-client'),
    store: 'on',
    dataDir: where.dataDir,
    databaseUrl: where.databaseUrl ?? '',
  });
  t.teardown(() => app.close());
  return { app, db: app.storeConnection!.db as unknown as AccountsDb };
}

const NEW_ACTOR = { id: 'georgia', name: 'Georgia', kind: 'state', aliases: ['Tbilisi'] };

t.test('the write matrix: every write route, every kind of caller', async (t) => {
  const { app, db } = await storeAccountsApp(t);
  await addAccount(db, 'viewer', [
    { dataset: MINI, role: 'viewer' },
    { dataset: PRIVATE, role: 'viewer' },
  ]);
  await addAccount(db, 'ed-mini', [{ dataset: MINI, role: 'editor' }]);
  await addAccount(db, 'ed-private', [{ dataset: PRIVATE, role: 'editor' }]);
  await addAccount(db, 'stale', [{ dataset: MINI, role: 'editor' }]);
  const viewer = await signIn(app, 'viewer');
  const edMini = await signIn(app, 'ed-mini');
  const edPrivate = await signIn(app, 'ed-private');
  const stale = await signIn(app, 'stale');
  t.equal(
    (
      await call(app, {
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: stale.cookie, 'x-csrf-token': stale.csrf },
      })
    ).status,
    200,
  );
  // Revision 2 of each dataset, so that reverting it reaches the guard (reverting a missing revision or the first load is a 400 for anyone).
  for (const [dataset, browser] of [
    [MINI, edMini],
    [PRIVATE, edPrivate],
  ] as const) {
    const made = await call(app, {
      method: 'POST',
      url: `/api/actors?dataset=${dataset}`,
      headers: { cookie: browser.cookie, 'x-csrf-token': browser.csrf },
      payload: NEW_ACTOR,
    });
    t.equal(made.body?.revision, 2, `${dataset} at revision 2`);
  }

  const openapi = (await call(app, { url: '/docs/json' })).body as {
    paths: Record<string, Record<string, { tags?: string[] }>>;
  };
  const routes = Object.entries(openapi.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method !== 'get' && method !== 'head')
        .map(([method, op]) => ({
          method: method.toUpperCase() as 'POST' | 'PUT' | 'DELETE',
          path,
          tags: op.tags ?? [],
        })),
    )
    // The import creates a dataset, so it needs an editor of every dataset: its own matrix is import-roles.test.ts.
    .filter(({ path }) => !path.startsWith('/api/auth') && !path.startsWith('/api/accounts') && path !== '/api/import');
  t.ok(routes.length >= 9, `${routes.length} write routes: ${routes.map((r) => `${r.method} ${r.path}`).join(', ')}`);

  const session = (browser: Browser, csrf: string | null = browser.csrf) => ({
    cookie: browser.cookie,
    ...(csrf === null ? {} : { 'x-csrf-token': csrf }),
  });
  for (const { method, path } of routes) {
    const url = path.replace('{revision}', '2').replace(/\{[^}]+\}/g, 'iran');
    const payload = method === 'DELETE' ? undefined : path.endsWith('/bulk') ? { relations: [{}] } : { id: 'iran' };
    const attempt = (dataset: string, headers: Record<string, string> = {}) =>
      call(app, {
        method,
        url: `${url}?dataset=${dataset}`,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(payload ? { payload: JSON.stringify(payload) } : {}),
      });
    const name = `${method} ${path}`;
    const expect = async (
      label: string,
      dataset: string,
      headers: Record<string, string>,
      status: number,
      code: string,
    ) => {
      const response = await attempt(dataset, headers);
      t.equal(response.status, status, `${name} ${label} → ${status}`);
      t.equal(response.body?.code, code, `${name} ${label}: ${code}`);
    };
    await expect('anonymous, public dataset', MINI, {}, 401, 'UNAUTHORIZED');
    await expect('anonymous, private dataset', PRIVATE, {}, 404, 'NOT_FOUND');
    await expect('viewer', MINI, session(viewer), 403, 'FORBIDDEN');
    await expect('viewer of the private one', PRIVATE, session(viewer), 403, 'FORBIDDEN');
    await expect('editor of another (private) dataset', MINI, session(edPrivate), 403, 'FORBIDDEN');
    await expect('editor of another dataset, private target', PRIVATE, session(edMini), 404, 'NOT_FOUND');
    await expect('no CSRF token', MINI, session(edMini, null), 403, 'CSRF');
    await expect(
      'forged CSRF token',
      MINI,
      session(edMini, 'forged-token-forged-token-forged-token-xxxx'),
      403,
      'CSRF',
    );
    await expect("another session's CSRF token", MINI, session(edMini, edPrivate.csrf), 403, 'CSRF');
    await expect('stale session and its token', MINI, session(stale), 401, 'UNAUTHORIZED');
    for (const [label, dataset, headers] of [
      ['editor', MINI, session(edMini)],
      ['editor of the private one', PRIVATE, session(edPrivate)],
    ] as const) {
      const passed = await attempt(dataset, headers);
      t.ok(
        ![401, 403].includes(passed.status) && passed.body?.field !== 'dataset',
        `${name} ${label} passes the guard (${passed.status} ${passed.body?.code ?? ''})`,
      );
    }
  }
});

for (const backend of testBackends())
  t.test(
    `${backend}: an editor writes with a session and CSRF token, or with an API token; the change log names the account`,
    async (t) => {
      const { app, db } = await storeAccountsApp(t, backend);
      await addAccount(db, 'ed-mini', [{ dataset: MINI, role: 'editor' }]);
      await addAccount(db, 'ed-private', [{ dataset: PRIVATE, role: 'editor' }]);
      const browser = await signIn(app, 'ed-mini');
      const created = await call(app, {
        method: 'POST',
        url: `/api/actors?dataset=${MINI}`,
        headers: { cookie: browser.cookie, 'x-csrf-token': browser.csrf },
        payload: NEW_ACTOR,
      });
      t.equal(created.status, 201, created.raw);
      t.equal(
        (await call(app, { url: `/api/actors/georgia?dataset=${MINI}` })).status,
        200,
        'anyone reads it in the public dataset',
      );
      const account = await db
        .selectFrom('accounts')
        .select('id')
        .where('name', '=', 'ed-private')
        .executeTakeFirstOrThrow();
      const { token } = await createApiToken(db, account.id, 'script');
      const viaToken = await call(app, {
        method: 'POST',
        url: `/api/actors?dataset=${PRIVATE}`,
        headers: { authorization: `Bearer ${token}` },
        payload: NEW_ACTOR,
      });
      t.equal(viaToken.status, 201, viaToken.raw);
      t.equal(
        (await call(app, { url: `/api/actors/georgia?dataset=${PRIVATE}` })).status,
        404,
        'the private dataset stays hidden from anonymous readers',
      );
      t.equal(
        (
          await call(app, {
            url: `/api/actors/georgia?dataset=${PRIVATE}`,
            headers: { authorization: `Bearer ${token}` },
          })
        ).status,
        200,
      );
      const log = await (db as any)
        .selectFrom('changes')
        .select(['dataset_id', 'who', 'op'])
        .where('op', '=', 'create')
        .orderBy('id')
        .execute();
      t.same(log, [
        { dataset_id: MINI, who: 'ed-mini', op: 'create' },
        { dataset_id: PRIVATE, who: 'ed-private', op: 'create' },
      ]);
    },
  );

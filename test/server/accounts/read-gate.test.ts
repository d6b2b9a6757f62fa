// Tests for the read gate (server/accounts/access-hooks.ts, authorize.ts): a private dataset does not exist for those without a role on it — in every route, listing and search.
import t from 'tap';
import { accountsApp, accountsDb, addAccount, call, MINI, PRIVATE, signIn } from './accounts-app.js';

const ADMIN_TOKEN = 'admin-token-0123456789abcdef';

t.test(
  'every route that takes `dataset` answers a private one as it answers an unknown one, unless the caller has a role on it',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'viewer', [{ dataset: PRIVATE, role: 'viewer' }]);
    await addAccount(db, 'other', [{ dataset: MINI, role: 'editor' }]);
    const app = await accountsApp(t, db);
    const viewer = await signIn(app, 'viewer');
    const other = await signIn(app, 'other');
    // The routes come from the OpenAPI document, so a route added later is covered without editing this test.
    type Parameter = { name: string; in: string; required?: boolean };
    const openapi = (await call(app, { url: '/docs/json' })).body as {
      paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
    };
    const routes = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(
          ([method, op]) => method === 'get' && op.parameters?.some((p) => p.name === 'dataset' && p.in === 'query'),
        )
        .map(([, op]) => ({
          path,
          required: op.parameters!.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
        })),
    );
    t.ok(routes.length >= 12, `${routes.length} read routes take dataset=`);
    // Values for the required parameters, so each request is valid and reaches the gate rather than a 400.
    const values: Record<string, string> = {
      a: 'israel',
      b: 'iran',
      from: 'israel',
      to: 'iran',
      pairs: 'israel:iran',
      actors: 'israel,iran',
      format: 'json',
      q: 'iran',
    };
    // `from` and `to` are actors for /api/paths and dates for /api/changes.
    const dated: Record<string, string> = { ...values, from: '2010', to: '2020' };
    for (const { path, required } of routes) {
      const given = path === '/api/changes' ? dated : values;
      const query = required
        .filter((name) => name in given)
        .map((name) => `${name}=${encodeURIComponent(given[name]!)}&`)
        .join('');
      const url = `${path.replace(/\{[^}]+\}/g, 'israel')}?${query}`;
      const hidden = await call(app, { url: `${url}dataset=${PRIVATE}` });
      const unknown = await call(app, { url: `${url}dataset=no-such-set` });
      t.equal(hidden.status, 404, `${path}: anonymous`);
      t.match(
        hidden.body,
        { code: 'NOT_FOUND', field: 'dataset', suggestions: [MINI] },
        `${path}: the private id is suggested to nobody`,
      );
      t.same(
        { ...hidden.body, message: '' },
        { ...unknown.body, message: '' },
        `${path}: same answer as an unknown id`,
      );
      t.equal(hidden.body!.message.replace(PRIVATE, 'X'), unknown.body!.message.replace('no-such-set', 'X'));
      t.match(
        (await call(app, { url: `${url}dataset=${PRIVATE}`, headers: { cookie: other.cookie } })).body,
        { code: 'NOT_FOUND', field: 'dataset' },
        `${path}: an editor of another dataset`,
      );
      const seen = await call(app, { url: `${url}dataset=${PRIVATE}`, headers: { cookie: viewer.cookie } });
      t.not(seen.body?.field, 'dataset', `${path}: a viewer of it gets past the gate (${seen.status})`);
    }
    t.equal(
      (await call(app, { url: `/api/actors?dataset=${PRIVATE}`, headers: { cookie: viewer.cookie } })).status,
      200,
    );
    t.equal(
      (await call(app, { url: `/api/actors?dataset=${MINI}` })).status,
      200,
      'the public dataset is read without signing in',
    );
    t.equal((await call(app, { url: '/api/actors?q=iran' })).status, 200, 'and it is the default');
    t.match(
      (await call(app, { url: '/api/actors?dataset=server-nordix', headers: { cookie: viewer.cookie } })).body,
      { suggestions: [PRIVATE] },
      'a reader is offered it as a close match',
    );
  },
);

t.test('listings show only what the caller may read', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'viewer', [{ dataset: PRIVATE, role: 'viewer' }]);
  await addAccount(db, 'everything', [{ dataset: '*', role: 'viewer' }]);
  const app = await accountsApp(t, db, { adminToken: ADMIN_TOKEN });
  const ids = async (url: string, headers: Record<string, string> = {}) =>
    ((await call(app, { url, headers })).body!.datasets as { id: string }[]).map((d) => d.id);
  t.same(await ids('/api/datasets'), [MINI]);
  t.same(await ids('/api/health'), [MINI]);
  const viewer = await signIn(app, 'viewer');
  t.same(await ids('/api/datasets', { cookie: viewer.cookie }), [MINI, PRIVATE]);
  t.same(await ids('/api/health', { cookie: viewer.cookie }), [MINI, PRIVATE]);
  t.same(
    await ids('/api/datasets', { cookie: (await signIn(app, 'everything')).cookie }),
    [MINI, PRIVATE],
    'a role on "*" reaches every dataset',
  );
  t.same(
    await ids('/api/datasets', { authorization: `Bearer ${ADMIN_TOKEN}` }),
    [MINI, PRIVATE],
    'the ADMIN_TOKEN too',
  );
});

t.test('with no public dataset, anonymous callers see nothing, not even the default', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'viewer', [{ dataset: MINI, role: 'viewer' }]);
  const app = await accountsApp(t, db, { publicDatasets: [] });
  const noDefault = await call(app, { url: '/api/actors?q=iran' });
  t.equal(noDefault.status, 404);
  t.match(noDefault.body, { code: 'NOT_FOUND', field: 'dataset' });
  t.notOk(noDefault.raw.includes(MINI), "the default's id is not told");
  const health = await call(app, { url: '/api/health' });
  t.equal(health.status, 200);
  t.match(health.body, { status: 'ok', dataset: '', title: '', actors: 0, datasets: [] });
  t.notOk(health.raw.includes('server-'), 'no dataset id in the health answer');
  t.same((await call(app, { url: '/api/datasets' })).body, { datasets: [] });
  const viewer = await signIn(app, 'viewer');
  t.equal(
    (await call(app, { url: '/api/actors?q=iran', headers: { cookie: viewer.cookie } })).status,
    200,
    'a viewer of the default reads it',
  );
  t.equal((await call(app, { url: `/api/graph?dataset=${PRIVATE}`, headers: { cookie: viewer.cookie } })).status, 404);
});

t.test(
  'without an accounts database, private datasets are readable only with the ADMIN_TOKEN, and a bad token is a 401',
  async (t) => {
    const { buildApp } = await import('../../../server/app.js');
    const { FIXTURE, NORDIC } = await import('../helpers.js');
    const app = await buildApp({
      dataFiles: [FIXTURE, NORDIC],
      publicDatasets: [MINI],
      logLevel: 'silent',
      rateLimitMax: 0,
      adminToken: ADMIN_TOKEN,
    });
    t.teardown(() => app.close());
    t.equal((await call(app, { url: `/api/actors?dataset=${PRIVATE}` })).status, 404);
    t.equal(
      (await call(app, { url: `/api/actors?dataset=${PRIVATE}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }))
        .status,
      200,
    );
    const bad = await call(app, {
      url: `/api/actors?dataset=${PRIVATE}`,
      headers: { authorization: 'Bearer age_nothing' },
    });
    t.equal(bad.status, 401);
    t.match(bad.body, { code: 'UNAUTHORIZED', field: 'authorization' });
    t.equal(
      (await call(app, { method: 'POST', url: '/api/auth/login', payload: { name: 'a', password: 'b' } })).status,
      404,
      'no sign-in without accounts',
    );
  },
);

// Tests for server/accounts/account-routes.ts: only admins of every dataset manage accounts; changes take effect at once.
import t from 'tap';
import { accountsApp, accountsDb, addAccount, call, MINI, PASSWORD, PRIVATE, signIn } from './accounts-app.js';

t.test('account management is for admins of "*": anonymous 401, others 403, even admins of one dataset', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'root', [{ dataset: '*', role: 'admin' }]);
  await addAccount(db, 'local-admin', [{ dataset: MINI, role: 'admin' }]);
  const app = await accountsApp(t, db);
  const local = await signIn(app, 'local-admin');
  t.equal((await call(app, { url: '/api/accounts' })).status, 401);
  t.equal((await call(app, { url: '/api/accounts', headers: { cookie: local.cookie } })).status, 403);
  const create = { name: 'mallory', password: PASSWORD, roles: [{ dataset: '*', role: 'admin' }] };
  t.equal(
    (
      await call(app, {
        method: 'POST',
        url: '/api/accounts',
        headers: { cookie: local.cookie, 'x-csrf-token': local.csrf },
        payload: create,
      })
    ).status,
    403,
    'no self-promotion',
  );
  const root = await signIn(app, 'root');
  t.equal(
    (await call(app, { method: 'POST', url: '/api/accounts', headers: { cookie: root.cookie }, payload: create }))
      .status,
    403,
    'CSRF applies to admins too',
  );
  const listed = await call(app, { url: '/api/accounts', headers: { cookie: root.cookie } });
  t.match(listed.body, {
    accounts: [{ name: 'local-admin', canSignIn: true, roles: [{ dataset: MINI, role: 'admin' }] }, { name: 'root' }],
  });
  t.notOk(listed.raw.includes('argon2'), 'no hash is listed');
});

t.test(
  'an admin creates accounts, changes roles and removes accounts; each change applies to the next request',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'root', [{ dataset: '*', role: 'admin' }]);
    const app = await accountsApp(t, db);
    const root = await signIn(app, 'root');
    const headers = { cookie: root.cookie, 'x-csrf-token': root.csrf };
    const created = await call(app, {
      method: 'POST',
      url: '/api/accounts',
      headers,
      payload: { name: 'ada', password: PASSWORD, roles: [{ dataset: PRIVATE, role: 'viewer' }] },
    });
    t.equal(created.status, 201);
    t.match(created.body, { name: 'ada', canSignIn: true, roles: [{ dataset: PRIVATE, role: 'viewer' }] });
    t.equal(
      (await call(app, { method: 'POST', url: '/api/accounts', headers, payload: { name: 'ada', roles: [] } })).status,
      409,
    );
    for (const [payload, field] of [
      [{ name: 'Ada', roles: [] }, 'name'],
      [{ name: 'bo', password: 'short', roles: [] }, 'password'],
      [{ name: 'bo', roles: [{ dataset: 'x', role: 'owner' }] }, 'roles.0.role'],
    ] as const) {
      const refused = await call(app, { method: 'POST', url: '/api/accounts', headers, payload });
      t.equal(refused.status, 400);
      t.equal(refused.body!.field, field);
      t.notOk(refused.raw.includes('short'), 'no password echoed');
    }
    const ada = await signIn(app, 'ada');
    t.equal((await call(app, { url: `/api/actors?dataset=${PRIVATE}`, headers: { cookie: ada.cookie } })).status, 200);
    const revoked = await call(app, { method: 'DELETE', url: `/api/accounts/ada/roles/${PRIVATE}`, headers });
    t.same(revoked.body, { name: 'ada', roles: [] });
    t.equal(
      (await call(app, { url: `/api/actors?dataset=${PRIVATE}`, headers: { cookie: ada.cookie } })).status,
      404,
      'the private dataset is gone for her at once',
    );
    const granted = await call(app, {
      method: 'PUT',
      url: '/api/accounts/ada/roles/*',
      headers,
      payload: { role: 'editor' },
    });
    t.same(granted.body, { name: 'ada', roles: [{ dataset: '*', role: 'editor' }] });
    t.equal(
      (await call(app, { method: 'PUT', url: '/api/accounts/nobody/roles/x', headers, payload: { role: 'editor' } }))
        .status,
      404,
    );
    t.equal(
      (await call(app, { method: 'PUT', url: '/api/accounts/ada/roles/x', headers, payload: { role: 'owner' } }))
        .status,
      400,
    );
    t.equal((await call(app, { method: 'DELETE', url: '/api/accounts/ada', headers })).status, 204);
    t.equal(
      (await call(app, { url: '/api/auth/me', headers: { cookie: ada.cookie } })).body!.via,
      'anonymous',
      'her session ended with her account',
    );
    t.equal((await call(app, { method: 'DELETE', url: '/api/accounts/ada', headers })).status, 404);
  },
);

// Tests for server/accounts/account-routes.ts: only admins of every dataset manage accounts; changes take effect at once; an admin keeps their own admin role and the last admin of * stays.
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

t.test('an admin cannot take away their own admin role on "*", and no change leaves no admin of "*"', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'root', [{ dataset: '*', role: 'admin' }]);
  await addAccount(db, 'second', [
    { dataset: '*', role: 'admin' },
    { dataset: MINI, role: 'editor' },
  ]);
  const adminToken = 'operator-token-0123456789';
  const app = await accountsApp(t, db, { adminToken });
  const root = await signIn(app, 'root');
  const headers = { cookie: root.cookie, 'x-csrf-token': root.csrf };
  const rolesOf = async (name: string) =>
    (await call(app, { url: '/api/accounts', headers: { authorization: `Bearer ${adminToken}` } })).body!.accounts.find(
      (account: { name: string }) => account.name === name,
    )?.roles;

  // As admin on self: taking the role away, lowering it, removing the account — each 409 naming `name`.
  for (const [method, url, payload] of [
    ['DELETE', '/api/accounts/root/roles/*', undefined],
    ['PUT', '/api/accounts/root/roles/*', { role: 'editor' }],
    ['DELETE', '/api/accounts/root', undefined],
  ] as const) {
    const refused = await call(app, { method, url, headers, ...(payload ? { payload } : {}) });
    t.equal(refused.status, 409, `${method} ${url}`);
    t.match(refused.body, {
      code: 'OWN_ADMIN_ROLE',
      field: 'name',
      message: /your own admin role on every dataset.*another admin of "\*" must do it/,
    });
  }
  t.same(await rolesOf('root'), [{ dataset: '*', role: 'admin' }], 'root is still admin of *');
  const ok = await call(app, {
    method: 'PUT',
    url: `/api/accounts/root/roles/${MINI}`,
    headers,
    payload: { role: 'viewer' },
  });
  t.equal(ok.status, 200, 'a role of their own on another dataset is theirs to change');
  t.equal(
    (await call(app, { method: 'PUT', url: '/api/accounts/root/roles/*', headers, payload: { role: 'admin' } })).status,
    200,
    'giving oneself admin again changes nothing and is allowed',
  );

  // As admin on another admin: allowed while another admin of * remains.
  const demoted = await call(app, { method: 'DELETE', url: '/api/accounts/second/roles/*', headers });
  t.equal(demoted.status, 200);
  t.same(demoted.body, { name: 'second', roles: [{ dataset: MINI, role: 'editor' }] });

  // The last admin: not even the ADMIN_TOKEN (no account of its own) may leave the store with none.
  const operator = { authorization: `Bearer ${adminToken}` };
  for (const [method, url, payload] of [
    ['DELETE', '/api/accounts/root/roles/*', undefined],
    ['PUT', '/api/accounts/root/roles/*', { role: 'viewer' }],
    ['DELETE', '/api/accounts/root', undefined],
  ] as const) {
    const refused = await call(app, { method, url, headers: operator, ...(payload ? { payload } : {}) });
    t.equal(refused.status, 409, `last admin: ${method} ${url}`);
    t.match(refused.body, { code: 'LAST_ADMIN', field: 'name', message: /"root" is the last admin of every dataset/ });
  }
  t.same(await rolesOf('root'), [
    { dataset: '*', role: 'admin' },
    { dataset: MINI, role: 'viewer' },
  ]);
  t.equal(
    (await call(app, { method: 'DELETE', url: `/api/accounts/root/roles/${MINI}`, headers: operator })).status,
    200,
    "the last admin's other roles are not guarded",
  );
  // With a second admin again, the operator may remove root; and root's refusals were about root only.
  t.equal(
    (
      await call(app, {
        method: 'PUT',
        url: '/api/accounts/second/roles/*',
        headers: operator,
        payload: { role: 'admin' },
      })
    ).status,
    200,
  );
  t.equal((await call(app, { method: 'DELETE', url: '/api/accounts/root', headers: operator })).status, 204);
  t.equal(await rolesOf('root'), undefined);
});

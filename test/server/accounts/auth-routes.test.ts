// Tests for server/accounts/auth-routes.ts: sign-in (cookie flags, one answer for either wrong half, throttling), sign-out with CSRF, /me, API tokens, and no password in any answer or log line.
import t from 'tap';
import { accountsApp, accountsDb, addAccount, call, MINI, PASSWORD, PRIVATE, signIn } from './accounts-app.js';

const login = (name: unknown, password: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/api/auth/login',
  payload: { name, password },
  headers,
});

t.test('sign-in sets an HTTP-only, SameSite=Strict session cookie and answers roles and a CSRF token', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'ada', [{ dataset: PRIVATE, role: 'editor' }]);
  const app = await accountsApp(t, db);
  const response = await call(app, login('ada', PASSWORD));
  t.equal(response.status, 200);
  t.match(response.body, {
    account: 'ada',
    via: 'session',
    roles: [{ dataset: PRIVATE, role: 'editor' }],
    csrfToken: /^[\w-]{43}$/,
  });
  const cookie = response.cookies.find((c) => c.name === 'age_session')!;
  t.ok(cookie.value.length >= 43, 'a 256-bit session secret');
  t.equal(cookie.httpOnly, true);
  t.equal(cookie.sameSite, 'Strict');
  t.equal(cookie.path, '/');
  t.notOk(cookie.secure, 'not Secure over plain HTTP (the browser would drop it)');
  const stored = await db.selectFrom('sessions').selectAll().execute();
  t.equal(stored.length, 1);
  t.not(stored[0]!.id_hash, cookie.value, 'the store keeps a digest of the secret, not the secret');
  const me = await call(app, { url: '/api/auth/me', headers: { cookie: `age_session=${cookie.value}` } });
  t.same(me.body, {
    account: 'ada',
    via: 'session',
    roles: [{ dataset: PRIVATE, role: 'editor' }],
    csrfToken: response.body!.csrfToken,
  });
  t.same((await call(app, { url: '/api/auth/me' })).body, { account: null, via: 'anonymous', roles: [] });
});

t.test(
  'a wrong name and a wrong password get the same answer; bad bodies are 400s that never echo the password',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'ada', []);
    await db.insertInto('accounts').values({ name: 'tokens-only', password_hash: null }).execute();
    const app = await accountsApp(t, db);
    const wrongPassword = await call(app, login('ada', 'not the password'));
    const wrongName = await call(app, login('bob', PASSWORD));
    const noPassword = await call(app, login('tokens-only', PASSWORD));
    const impossibleName = await call(app, login('Not A Name!', PASSWORD));
    for (const response of [wrongPassword, wrongName, noPassword, impossibleName]) {
      t.equal(response.status, 401);
      t.same(response.body, {
        statusCode: 401,
        code: 'INVALID_CREDENTIALS',
        error: 'Unauthorized',
        message: 'wrong name or password',
      });
      t.equal(response.cookies.length, 0, 'no cookie');
    }
    const secret = 'hunter2-secret-value';
    for (const payload of [
      { name: 'ada', password: { nested: secret } },
      { name: 'ada', password: secret.repeat(300) },
      { name: 'ada' },
      { name: 'ada', password: secret, extra: secret },
    ]) {
      const response = await call(app, { method: 'POST', url: '/api/auth/login', payload });
      t.equal(response.status, 400, JSON.stringify(Object.keys(payload)));
      t.equal(response.body!.code, 'BAD_REQUEST');
      t.ok(response.body!.field, 'names the field');
      t.notMatch(response.raw, /hunter2|12345/, 'the value sent is not echoed');
    }
    const form = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: `name=ada&password=${PASSWORD}`,
    });
    t.equal(form.statusCode, 400, 'a cross-site form (text/plain) cannot sign anyone in');
  },
);

t.test(
  'repeated failures for one name are refused with 429 before the password is checked, even the right one',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'ada', []);
    await addAccount(db, 'bob', []);
    const app = await accountsApp(t, db, { loginMaxFailures: 3, loginWindow: 60_000 });
    for (let i = 0; i < 3; i++) t.equal((await call(app, login('ada', `guess number ${i}`))).status, 401);
    const limited = await call(app, login('ada', PASSWORD));
    t.equal(limited.status, 429);
    t.equal(limited.body!.code, 'RATE_LIMITED');
    const retry = Number(limited.headers['retry-after']);
    t.ok(retry > 0 && retry <= 60, `Retry-After ${retry} s`);
    const limitedUnknown = await call(app, login('ada', 'still guessing'));
    t.equal(limitedUnknown.status, 429, 'the same answer whatever the password');
    t.equal(
      (await call(app, login('nobody', 'x'.repeat(12)))).status,
      401,
      'another name from the address may still try',
    );
    t.equal((await call(app, login('bob', PASSWORD))).status, 200, 'and another account signs in');
  },
);

t.test('one address trying many names is throttled too', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'ada', []);
  const app = await accountsApp(t, db, { loginMaxFailures: 2, loginWindow: 60_000 });
  for (let i = 0; i < 8; i++) t.equal((await call(app, login(`name-${i}`, 'wrong password'))).status, 401);
  t.equal((await call(app, login('ada', PASSWORD))).status, 429, '4 × 2 failures from one address');
  t.equal((await call(app, login('ada', PASSWORD, {}))).status, 429);
});

t.test(
  'sign-out needs the CSRF token; a forged or stale token is refused; afterwards the cookie is nobody',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'ada', [{ dataset: MINI, role: 'editor' }]);
    const app = await accountsApp(t, db);
    const first = await signIn(app, 'ada');
    const second = await signIn(app, 'ada');
    const logout = (cookie: string, csrf?: string) =>
      call(app, {
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) },
      });
    for (const [label, csrf] of [
      ['missing', undefined],
      ['forged', 'A'.repeat(43)],
      ["another session's", second.csrf],
      ['empty', ''],
    ] as const) {
      const refused = await logout(first.cookie, csrf);
      t.equal(refused.status, 403, label);
      t.match(refused.body, { code: 'CSRF', field: 'x-csrf-token' });
    }
    t.equal(
      (await call(app, { url: '/api/auth/me', headers: { cookie: first.cookie } })).body!.account,
      'ada',
      'still signed in',
    );
    const out = await logout(first.cookie, first.csrf);
    t.equal(out.status, 200);
    t.same(out.body, { signedOut: true });
    t.equal(out.cookies.find((c) => c.name === 'age_session')?.value, '', 'the cookie is cleared');
    t.same(
      (await call(app, { url: '/api/auth/me', headers: { cookie: first.cookie } })).body,
      { account: null, via: 'anonymous', roles: [] },
      'the old cookie is nobody',
    );
    const stale = await call(app, {
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
      payload: { label: 'x' },
    });
    t.equal(stale.status, 401, 'the ended session with its stale token cannot act');
    t.equal(
      (await call(app, { url: '/api/auth/me', headers: { cookie: second.cookie } })).body!.account,
      'ada',
      'the other session lives on',
    );
  },
);

t.test('signing in again replaces the session the browser held', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'ada', []);
  const app = await accountsApp(t, db);
  const first = await signIn(app, 'ada');
  const again = await call(app, { ...login('ada', PASSWORD), headers: { cookie: first.cookie } });
  t.equal(again.status, 200);
  t.not(again.body!.csrfToken, first.csrf);
  t.equal(
    (await call(app, { url: '/api/auth/me', headers: { cookie: first.cookie } })).body!.via,
    'anonymous',
    'the planted or old session is gone',
  );
});

t.test(
  'API tokens: created by their owner (shown once, stored hashed), used as Bearer without CSRF, listed, revoked',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'ada', [{ dataset: PRIVATE, role: 'viewer' }]);
    const app = await accountsApp(t, db);
    t.equal(
      (await call(app, { method: 'POST', url: '/api/auth/tokens', payload: { label: 'x' } })).status,
      401,
      'anonymous cannot',
    );
    const browser = await signIn(app, 'ada');
    const headers = { cookie: browser.cookie, 'x-csrf-token': browser.csrf };
    t.equal(
      (
        await call(app, {
          method: 'POST',
          url: '/api/auth/tokens',
          headers: { cookie: browser.cookie },
          payload: { label: 'x' },
        })
      ).status,
      403,
      'CSRF applies',
    );
    const created = await call(app, {
      method: 'POST',
      url: '/api/auth/tokens',
      headers,
      payload: { label: 'nightly import', expiresInDays: 30 },
    });
    t.equal(created.status, 201);
    const token = created.body!.token as string;
    t.match(token, /^age_[\w-]{43}$/);
    const [row] = await db.selectFrom('api_tokens').selectAll().execute();
    t.not(row!.token_hash, token, 'stored as a digest');
    t.notOk(JSON.stringify(row).includes(token.slice(4)), 'the token appears nowhere in its row');
    const bearer = { authorization: `Bearer ${token}` };
    t.same((await call(app, { url: '/api/auth/me', headers: bearer })).body, {
      account: 'ada',
      via: 'token',
      roles: [{ dataset: PRIVATE, role: 'viewer' }],
    });
    t.equal(
      (await call(app, { url: `/api/actors?dataset=${PRIVATE}`, headers: bearer })).status,
      200,
      'reads the private dataset it has a role on',
    );
    const listed = await call(app, { url: '/api/auth/tokens', headers: bearer });
    t.match(listed.body, {
      tokens: [{ id: created.body!.id, label: 'nightly import', prefix: token.slice(0, 10), lastUsedAt: String }],
    });
    t.notOk(listed.raw.includes(token), 'the list never shows a token');
    const second = await call(app, {
      method: 'POST',
      url: '/api/auth/tokens',
      headers: bearer,
      payload: { label: 'second' },
    });
    t.equal(second.status, 201, 'a token needs no CSRF token: no browser sends it by itself');
    t.equal(
      (
        await call(app, {
          method: 'DELETE',
          url: `/api/auth/tokens/${created.body!.id}`,
          headers: { authorization: `Bearer ${second.body!.token}` },
        })
      ).status,
      204,
    );
    const revoked = await call(app, { url: '/api/auth/me', headers: bearer });
    t.equal(revoked.status, 401);
    t.match(revoked.body, { code: 'UNAUTHORIZED', field: 'authorization' });
    t.equal(
      (
        await call(app, {
          method: 'DELETE',
          url: `/api/auth/tokens/${created.body!.id}`,
          headers: { authorization: `Bearer ${second.body!.token}` },
        })
      ).status,
      404,
    );
    for (const authorization of ['Bearer age_forged', 'Basic YWRhOnB3', `bearer ${second.body!.token}`, 'Bearer']) {
      t.equal(
        (await call(app, { url: '/api/auth/me', headers: { authorization } })).status,
        401,
        authorization.slice(0, 12),
      );
    }
    const expired = await call(app, {
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { authorization: `Bearer ${second.body!.token}` },
      payload: { label: 'old', expiresInDays: 1 },
    });
    await db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expired.body!.id)
      .execute();
    t.equal(
      (await call(app, { url: '/api/auth/me', headers: { authorization: `Bearer ${expired.body!.token}` } })).status,
      401,
      'an expired token is refused',
    );
  },
);

t.test('no password appears in any answer or log line, even at trace level', async (t) => {
  const db = await accountsDb(t);
  const secret = 'Unmistakable-Secret-4242';
  await db.insertInto('accounts').values({ name: 'root', password_hash: null }).execute();
  const lines: string[] = [];
  const app = await accountsApp(
    t,
    db,
    { logLevel: 'trace', adminToken: 'admin-token-0123456789abcdef' },
    { logStream: { write: (line) => void lines.push(line) } },
  );
  const admin = { authorization: 'Bearer admin-token-0123456789abcdef' };
  const answers = [
    await call(app, {
      method: 'POST',
      url: '/api/accounts',
      headers: admin,
      payload: { name: 'eve', password: secret, roles: [{ dataset: MINI, role: 'viewer' }] },
    }),
    await call(app, login('eve', secret)),
    await call(app, login('eve', `${secret}-wrong`)),
    await call(app, login('eve', { value: secret })),
    await call(app, {
      method: 'POST',
      url: '/api/accounts',
      headers: admin,
      payload: { name: 'mallory', password: 'short' },
    }),
    await call(app, { url: '/api/accounts', headers: admin }),
  ];
  t.same(
    answers.map((a) => a.status),
    [201, 200, 401, 400, 400, 200],
  );
  t.ok(lines.length > 10, 'the log was captured');
  t.ok(
    lines.some((line) => line.includes('signed in')),
    'sign-ins are logged',
  );
  for (const text of [...answers.map((a) => a.raw), ...lines])
    t.notOk(text.includes(secret) || text.includes('"short"'), 'no password');
  const [row] = await db.selectFrom('accounts').select('password_hash').where('name', '=', 'eve').execute();
  t.match(row!.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/, 'stored as an argon2id hash');
});

t.test('every sign-in attempt costs one argon2 verification, for unknown and impossible names too', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'ada', []);
  await db.insertInto('accounts').values({ name: 'tokens-only', password_hash: null }).execute();
  const verified: (string | null | undefined)[] = [];
  const passwords = await import('../../../server/accounts/passwords.js');
  // The route with a counting verifyPassword, on a bare app with what it needs (the cookie parser, the error handler, the accounts context).
  const { default: authRoutes } = await t.mockImport<typeof import('../../../server/accounts/auth-routes.js')>(
    '../../../server/accounts/auth-routes.js',
    {
      '../../../server/accounts/passwords.js': {
        ...passwords,
        verifyPassword: async (stored: string | null | undefined, password: string) => (
          verified.push(stored),
          passwords.verifyPassword(stored, password)
        ),
      },
    },
  );
  const { default: Fastify } = await import('fastify');
  const { default: cookie } = await import('@fastify/cookie');
  const { errorHandler } = await import('../../../server/errors.js');
  const { LoginThrottle } = await import('../../../server/accounts/login-throttle.js');
  const { mergeSettings } = await import('../../../server/config.js');
  const app = Fastify();
  app.decorate('accounts', { db, settings: mergeSettings() });
  app.setErrorHandler(errorHandler);
  await app.register(cookie);
  await app.register(authRoutes, {
    prefix: '/api/auth',
    db,
    throttle: new LoginThrottle(db, 100, 60_000),
    sessionTtl: 60_000,
  });
  t.teardown(() => app.close());
  for (const [name, stored] of [
    ['ada', /^\$argon2id\$/],
    ['nobody', undefined],
    ['tokens-only', null],
    ['Not A Name!', undefined],
  ] as const) {
    const before = verified.length;
    const response = await app.inject(login(name, 'some wrong password'));
    t.equal(response.statusCode, 401);
    t.equal(verified.length - before, 1, `${name}: one verification`);
    t.match(
      verified.at(-1),
      stored,
      `${name}: against ${stored === undefined || stored === null ? 'the decoy' : 'its hash'}`,
    );
  }
});

// Tests of a server without accounts (datasets from files, no store): GET /api/auth/me says so, sign-in does not exist.
import t from 'tap';
import { getJson, testApp } from '../helpers.js';

t.test('without a store, /api/auth/me answers nobody with accounts: false, and sign-in is not a route', async (t) => {
  const app = await testApp(t);
  const me = await getJson(app, '/api/auth/me');
  t.equal(me.status, 200);
  t.same(me.body, { account: null, via: 'anonymous', roles: [], accounts: false });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: { name: 'ana', password: 'a long enough password' },
  });
  t.equal(login.statusCode, 404, 'no sign-in without accounts');
  t.equal((await getJson(app, '/api/accounts')).status, 404, 'no account routes either');
});

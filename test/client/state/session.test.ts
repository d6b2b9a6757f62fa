// Tests of the session: roles per dataset read from /api/auth/me, canEdit() for each role, sign-in setting the CSRF token every write then sends, and a server without accounts.
import t from 'tap';
import { useDataset } from '../../../client/api/http.js';
import { sendJson, useCsrfToken } from '../../../client/api/writes.js';
import {
  anonymousSession,
  canEdit,
  getSession,
  refreshSession,
  roleOn,
  sessionFromMe,
  setSessionDataset,
  signIn,
  signOut,
  subscribeSession,
} from '../../../client/state/session.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Replaces fetch with `route(url, init)` for one test. */
function stubFetch(t: { teardown(fn: () => void): void }, route: (url: string, init: RequestInit) => Response) {
  const seen: Array<{ url: string; init: RequestInit }> = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    seen.push({ url: String(input), init });
    return route(String(input), init);
  }) as typeof fetch;
  t.teardown(() => {
    globalThis.fetch = original;
    useDataset(null);
    useCsrfToken(null);
  });
  return seen;
}

t.test('the role is the one held on the current dataset, or on every dataset', async (t) => {
  const roles = [
    { dataset: 'nordic', role: 'editor' as const },
    { dataset: 'mini', role: 'viewer' as const },
  ];
  const me = { account: 'ada', via: 'session' as const, roles, csrfToken: 'c' };
  t.equal(sessionFromMe(me, 'nordic').role, 'editor');
  t.equal(sessionFromMe(me, 'mini').role, 'viewer');
  t.equal(sessionFromMe(me, 'other').role, null);
  t.equal(sessionFromMe(me, null).role, null, 'an unknown dataset: only roles on every dataset count');
  const admin = { ...me, roles: [{ dataset: '*', role: 'admin' as const }] };
  t.equal(sessionFromMe(admin, 'anything').role, 'admin');
  t.equal(sessionFromMe(admin, null).role, 'admin');
  t.ok(canEdit(sessionFromMe(me, 'nordic')), 'an editor edits');
  t.notOk(canEdit(sessionFromMe(me, 'mini')), 'a viewer does not');
  t.notOk(canEdit(sessionFromMe(me, 'other')), 'no role: no editing, even of a public dataset');
  t.ok(canEdit(sessionFromMe(admin, 'mini')), 'an admin edits');
  t.notOk(canEdit(anonymousSession('nordic')), 'nobody signed in edits nothing');
  t.notOk(
    canEdit({ ...sessionFromMe(admin, 'mini'), account: null }),
    'the ADMIN_TOKEN is for scripts, not the explorer',
  );
});

t.test('sign in, refresh on a dataset change, sign out; each tells the subscribers', async (t) => {
  let signedIn = false;
  const seen = stubFetch(t, (url) => {
    if (url === '/api/auth/login') {
      signedIn = true;
      return json(200, {
        account: 'ada',
        via: 'session',
        roles: [{ dataset: 'nordic', role: 'editor' }],
        csrfToken: 'token-1',
      });
    }
    if (url === '/api/auth/logout') return json(200, { signedOut: true });
    if (url === '/api/auth/me')
      return json(
        200,
        signedIn
          ? { account: 'ada', via: 'session', roles: [{ dataset: 'nordic', role: 'editor' }], csrfToken: 'token-1' }
          : { account: null, via: 'anonymous', roles: [] },
      );
    return json(201, { revision: 2, results: [] });
  });
  const changes: string[] = [];
  const stop = subscribeSession((s, previous) => changes.push(`${previous.account ?? '-'}→${s.account ?? '-'}`));
  t.teardown(stop);
  await setSessionDataset('mini');
  t.equal(getSession().known, true);
  t.notOk(canEdit(), 'anonymous');
  await signIn('ada', 'pw');
  t.equal(getSession().account, 'ada');
  t.equal(getSession().role, null, 'no role on mini');
  t.notOk(canEdit());
  await setSessionDataset('nordic');
  t.equal(getSession().role, 'editor');
  t.ok(canEdit());
  useDataset('nordic');
  await sendJson('POST', '/api/actors', { id: 'x' });
  const write = seen.find((r) => r.url.startsWith('/api/actors'))!;
  t.match(write.init.headers, { 'x-csrf-token': 'token-1' }, 'the write carries the session token');
  t.same(JSON.parse(String(seen.find((r) => r.url === '/api/auth/login')!.init.body)), { name: 'ada', password: 'pw' });
  await signOut();
  signedIn = false;
  t.equal(getSession().account, null);
  t.notOk(canEdit());
  t.equal(getSession().dataset, 'nordic', 'the dataset is kept');
  await sendJson('POST', '/api/actors', { id: 'y' });
  t.notOk('x-csrf-token' in (seen.at(-1)!.init.headers as Record<string, string>), 'no token after sign-out');
  t.ok(changes.includes('-→ada') && changes.includes('ada→-'), 'subscribers heard both');
});

t.test('a server without accounts says accounts: false: nobody is signed in and no sign-in is offered', async (t) => {
  stubFetch(t, () => json(200, { account: null, via: 'anonymous', roles: [], accounts: false }));
  const session = await refreshSession();
  t.equal(session.accounts, false);
  t.equal(session.known, true);
  t.notOk(canEdit());
});

t.test('an older server without the route (404) is taken as one without accounts', async (t) => {
  stubFetch(t, () => json(404, { statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: 'no route' }));
  const session = await refreshSession();
  t.equal(session.accounts, false);
  t.equal(session.known, true);
  t.notOk(canEdit());
});

t.test('a failed refresh (the server is down) is an error the page can show', async (t) => {
  stubFetch(t, () => json(500, { statusCode: 500, code: 'INTERNAL', error: 'x', message: 'boom' }));
  const error = await refreshSession().catch((e: unknown) => e);
  t.equal((error as { statusCode?: number }).statusCode, 500);
});

t.test("roleOn agrees with the server's rule for every pair of roles", async (t) => {
  const { ROLES, roleOn: serverRoleOn } = await import('../../../server/accounts/roles.js');
  for (const a of ROLES)
    for (const b of ROLES) {
      const roles = [
        { dataset: 'd', role: a },
        { dataset: '*', role: b },
        { dataset: 'other', role: 'admin' as const },
      ];
      t.equal(roleOn(roles, 'd'), serverRoleOn(roles, 'd') ?? null, `${a} on d, ${b} on *`);
    }
  t.equal(roleOn([{ dataset: 'd', role: 'admin' }], null), null);
});

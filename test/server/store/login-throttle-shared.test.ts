// The sign-in throttle lives in the store: two API processes on one PostgreSQL count failures together, and a restart of the embedded store keeps them.
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { createAccount, type AccountsDb } from '../../../server/accounts/account-store.js';
import { ALL_DATASETS } from '../../../server/accounts/roles.js';
import { freshLocation, testBackends } from './backends.js';
import { storeApp } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

const PASSWORD = 'correct horse battery';
const LIMITS = { loginMaxFailures: 3, loginWindow: 60_000 };

/** One sign-in attempt: its status, answer and Retry-After. */
async function login(app: FastifyInstance, name: string, password: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password } });
  return { status: response.statusCode, body: JSON.parse(response.body), retryAfter: response.headers['retry-after'] };
}

for (const backend of testBackends()) {
  t.test(`${backend}: failures are counted in the store, across processes and restarts`, async (t) => {
    const location = await freshLocation(t, backend);
    const first = await storeApp(t, backend, LIMITS, location);
    const db = first.storeConnection!.db as unknown as AccountsDb;
    await createAccount(db, { name: 'ada', password: PASSWORD, roles: [{ dataset: ALL_DATASETS, role: 'viewer' }] });
    const wrong = await login(first, 'ada', 'wrong password');
    t.match(wrong, { status: 401, body: { message: 'wrong name or password' } });
    t.match(await login(first, 'nobody', 'wrong password'), wrong, 'an unknown name gets the same answer');
    await login(first, 'ada', 'wrong again');

    // Another API process (PostgreSQL), or the same store after a restart (PGlite is one process's database).
    if (backend === 'pglite') await first.close();
    const second = await storeApp(t, backend, LIMITS, location);
    await login(second, 'ada', 'third wrong password');
    const limited = await login(second, 'ada', PASSWORD);
    t.equal(limited.status, 429, 'the third failure, counted with the first two, locks the name');
    t.ok(Number(limited.retryAfter) > 0 && Number(limited.retryAfter) <= 60, 'with Retry-After');
    t.notMatch(JSON.stringify(limited.body), /password|name/i, 'saying nothing of which half was wrong');
    if (backend === 'postgres') {
      t.equal((await login(first, 'ada', PASSWORD)).status, 429, 'the other process refuses too');
    }
    t.equal((await login(second, 'bob', 'any')).status, 401, 'another name from the same address may still try');
  });
}

// Tests for the accounts building blocks: settings, roles, the sign-in throttle, cookie flags, decoy verification (timing), sessions' expiry.
import t from 'tap';
import { mergeSettings, settingsFromEnv } from '../../../server/config.js';
import { cookieOptions } from '../../../server/accounts/auth-routes.js';
import { LoginThrottle } from '../../../server/accounts/login-throttle.js';
import { roleAtLeast, roleOn } from '../../../server/accounts/roles.js';
import { findSession, openSession } from '../../../server/accounts/sessions.js';
import { accountsDb, addAccount } from './accounts-app.js';

t.test(
  'settings: public datasets, session lifetime and sign-in limits are validated with precise messages',
  async (t) => {
    t.same(
      mergeSettings().publicDatasets,
      ['*'],
      'every dataset is public by default: a fresh clone needs no account to browse',
    );
    t.same(settingsFromEnv({ PUBLIC_DATASETS: 'a, b' }).publicDatasets, ['a', 'b']);
    t.same(settingsFromEnv({ PUBLIC_DATASETS: 'none' }).publicDatasets, []);
    t.same(settingsFromEnv({ PUBLIC_DATASETS: '*' }).publicDatasets, ['*']);
    t.equal(settingsFromEnv({}).publicDatasets, undefined);
    t.equal(settingsFromEnv({ SESSION_TTL: '3600000' }).sessionTtl, 3_600_000);
    t.throws(
      () => mergeSettings({ publicDatasets: ['*', 'a'] }),
      /invalid `publicDatasets`.*"\*" already names every dataset/,
    );
    t.throws(
      () => mergeSettings({ publicDatasets: ['bad id'] }),
      /invalid `publicDatasets`.*"bad id" is none of these/,
    );
    t.throws(() => mergeSettings({ publicDatasets: 'a' as unknown as string[] }), /invalid `publicDatasets`/);
    t.throws(() => mergeSettings({ sessionTtl: 10 }), /invalid `sessionTtl` \(10\)/);
    t.throws(
      () => mergeSettings(settingsFromEnv({ LOGIN_MAX_FAILURES: 'many' })),
      /invalid `loginMaxFailures` \(NaN\)/,
    );
    t.throws(() => mergeSettings({ loginWindow: 0 }), /invalid `loginWindow`/);
  },
);

t.test('roles: the strongest role on a dataset or on "*" counts', async (t) => {
  t.ok(roleAtLeast('admin', 'editor'));
  t.ok(roleAtLeast('editor', 'editor'));
  t.notOk(roleAtLeast('viewer', 'editor'));
  t.notOk(roleAtLeast(undefined, 'viewer'));
  const roles = [
    { dataset: '*', role: 'viewer' as const },
    { dataset: 'a', role: 'editor' as const },
  ];
  t.equal(roleOn(roles, 'a'), 'editor');
  t.equal(roleOn(roles, 'b'), 'viewer');
  t.equal(
    roleOn(
      [
        { dataset: '*', role: 'admin' },
        { dataset: 'a', role: 'viewer' },
      ],
      'a',
    ),
    'admin',
    'a weaker role on the dataset does not lower "*"',
  );
  t.equal(roleOn([], 'a'), undefined);
});

t.test('the throttle counts failures per name and per address in a sliding window', async (t) => {
  const db = await accountsDb(t);
  const throttle = new LoginThrottle(db, 2, 1000, 3);
  t.equal(await throttle.retryAfter('ada', '1.1.1.1', 0), 0);
  await throttle.fail('ada', '1.1.1.1', 0);
  await throttle.fail('ada', '2.2.2.2', 100);
  t.equal(
    await throttle.retryAfter('ada', '3.3.3.3', 200),
    1,
    'the name is locked from any address, until the first failure leaves the window',
  );
  t.equal(
    await throttle.retryAfter('ada', '3.3.3.3', 1000),
    0,
    'the first failure left the window: one try allowed again',
  );
  t.equal(await throttle.retryAfter('bob', '1.1.1.1', 200), 0, 'another name from the same address is not locked');
  await throttle.fail('bob', '1.1.1.1', 300);
  await throttle.fail('cy', '1.1.1.1', 400);
  t.equal(
    await throttle.retryAfter('dee', '1.1.1.1', 500),
    1,
    'three failures from one address lock it for every name',
  );
  await throttle.succeed('ada');
  t.equal(await throttle.retryAfter('ada', '9.9.9.9', 200), 0, 'a success clears the name');
  await throttle.fail('eve', '5.5.5.5', 5000); // sweeps what left the window
  const { count } = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  t.equal(Number(count), 2, 'rows past the window are swept: only the last failure is kept');
});

t.test('the session cookie is Secure over HTTPS, HTTP-only and SameSite=Strict always', async (t) => {
  t.same(cookieOptions({ protocol: 'https' }, 60), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: true,
    maxAge: 60,
  });
  t.equal(cookieOptions({ protocol: 'http' }, 60).secure, false);
});

t.test('an unknown name costs an argon2 verification as a wrong password does (the decoy hash)', async (t) => {
  const calls: string[] = [];
  const argon2 = await import('@node-rs/argon2');
  const { verifyPassword } = await t.mockImport<typeof import('../../../server/accounts/passwords.js')>(
    '../../../server/accounts/passwords.js',
    {
      '@node-rs/argon2': {
        ...argon2,
        verify: async (hash: string, password: string) => (calls.push(hash), argon2.verify(hash, password)),
      },
    },
  );
  const real = await argon2.hash('the real password');
  t.equal(await verifyPassword(real, 'the real password'), true);
  t.equal(await verifyPassword(real, 'a wrong password'), false);
  t.equal(await verifyPassword(undefined, 'the real password'), false);
  t.equal(await verifyPassword(null, 'the real password'), false);
  t.equal(
    await verifyPassword(undefined, 'decoy password that matches nothing'),
    false,
    "the decoy's own password opens nothing",
  );
  t.equal(calls.length, 5, 'every call verified one hash');
  t.match(
    calls.slice(2),
    [/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/, /^\$argon2id\$/, /^\$argon2id\$/],
    'unknown accounts verify an argon2id decoy with the same parameters',
  );
});

t.test('a session ends at its expiry', async (t) => {
  const db = await accountsDb(t);
  await addAccount(db, 'ada', []);
  const { id } = await db.selectFrom('accounts').select('id').where('name', '=', 'ada').executeTakeFirstOrThrow();
  const session = await openSession(db, id, 60_000);
  t.match(await findSession(db, session.secret), { name: 'ada', csrfToken: session.csrfToken });
  await db
    .updateTable('sessions')
    .set({ expires_at: new Date(Date.now() - 1) })
    .execute();
  t.equal(await findSession(db, session.secret), undefined);
  await openSession(db, id, 60_000);
  t.equal(
    (await db.selectFrom('sessions').select('id_hash').execute()).length,
    1,
    'expired sessions are swept when another opens',
  );
});

// Accounts survive `npm run backup` / `restore` (server/store/backup.ts): accounts, roles and hashed API tokens round trip; sessions do not.
import t from 'tap';
import { join } from 'node:path';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { createAccount, listAccounts } from '../../../server/accounts/account-store.js';
import { createApiToken, findApiToken } from '../../../server/accounts/api-tokens.js';
import { verifyPassword } from '../../../server/accounts/passwords.js';
import { openSession } from '../../../server/accounts/sessions.js';
import { backupStore, restoreStore } from '../../../server/store/backup.js';
import { freshStore } from '../store/backends.js';

t.test(
  'a backup holds the accounts, their roles and API tokens; the restored store signs them in and takes new ones',
  async (t) => {
    const source = await freshStore(t, 'pglite');
    const db = source.db as unknown as AccountsDb;
    await createAccount(db, {
      name: 'ada',
      password: 'a long password',
      roles: [
        { dataset: 'besa-1723', role: 'editor' },
        { dataset: '*', role: 'viewer' },
      ],
    });
    await createAccount(db, { name: 'robot', roles: [{ dataset: '*', role: 'editor' }] });
    const robot = (await db.selectFrom('accounts').select('id').where('name', '=', 'robot').executeTakeFirstOrThrow())
      .id;
    const { token } = await createApiToken(db, robot, 'nightly');
    await openSession(db, robot, 60_000);
    const file = join(t.testdir(), 'store.jsonl');
    const counts = await backupStore(source.db, file);
    t.match(counts, { accounts: 2, dataset_roles: 3, api_tokens: 1 });
    t.notOk('sessions' in counts, 'sessions are not backed up');

    const target = await freshStore(t, 'pglite');
    const restoredDb = target.db as unknown as AccountsDb;
    await restoreStore(target.db, file);
    t.same(await listAccounts(restoredDb), await listAccounts(db), 'the same accounts and roles');
    t.same(
      await findApiToken(restoredDb, token),
      { accountId: robot, name: 'robot', roles: [{ dataset: '*', role: 'editor' }] },
      'the token still works',
    );
    const ada = await restoredDb
      .selectFrom('accounts')
      .select('password_hash')
      .where('name', '=', 'ada')
      .executeTakeFirstOrThrow();
    t.ok(await verifyPassword(ada.password_hash, 'a long password'), 'the password still works');
    t.equal((await restoredDb.selectFrom('sessions').selectAll().execute()).length, 0, 'nobody is signed in');
    const next = await createAccount(restoredDb, { name: 'cy', roles: [] });
    t.equal(next.name, 'cy', 'new accounts get fresh ids after the restored ones');
    await createApiToken(restoredDb, robot, 'another');
  },
);

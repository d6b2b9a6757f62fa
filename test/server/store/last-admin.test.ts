// Two admins of * taking each other's admin role at the same moment, on both backends: the second change waits for the first and is refused (LAST_ADMIN), so one admin is left.
import t from 'tap';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import {
  createAccount,
  listAccounts,
  removeAccount,
  requireAccount,
  setRole,
} from '../../../server/accounts/account-store.js';
import { refuseLastAdmin } from '../../../server/accounts/keep-admins.js';
import { freshStore, testBackends } from './backends.js';

for (const backend of testBackends()) {
  t.test(`${backend}: a change racing another never leaves the store without an admin of "*"`, async (t) => {
    const db = (await freshStore(t, backend)).db as unknown as AccountsDb;
    const admins = async () =>
      (await listAccounts(db))
        .filter((account) => account.roles.some((r) => r.dataset === '*' && r.role === 'admin'))
        .map((account) => account.name);
    for (const [what, second] of [
      ['bob takes his own role away', () => setRole(db, 'bob', '*', null)],
      ['bob is lowered to editor', () => setRole(db, 'bob', '*', 'editor')],
      ['bob is removed', () => removeAccount(db, 'bob')],
    ] as const) {
      await db.deleteFrom('accounts').execute();
      await createAccount(db, { name: 'ann', roles: [{ dataset: '*', role: 'admin' }] });
      await createAccount(db, { name: 'bob', roles: [{ dataset: '*', role: 'admin' }] });
      // Ann's admin role goes in a transaction held open while the other change starts: on PostgreSQL the other
      // reads before this one commits, so without the admins' rows locked it would see two admins and pass.
      let racing: Promise<unknown> | undefined;
      await db.transaction().execute(async (tx) => {
        const ann = await requireAccount(tx, 'ann');
        await refuseLastAdmin(tx, ann.id, 'ann', { dataset: '*', role: null });
        await tx.deleteFrom('dataset_roles').where('account_id', '=', ann.id).execute();
        racing = second();
        racing.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
        await new Promise((done) => setTimeout(done, 300));
      });
      await t.rejects(racing!, { statusCode: 409, code: 'LAST_ADMIN', field: 'name' }, `${what}: refused`);
      t.same(await admins(), ['bob'], `${what}: bob is still admin of *`);
    }
  });
}

// Never without an admin of every dataset: the signed-in admin may not take away their own admin role on `*`, and no change may leave the store with no admin of `*`.
import { HttpError } from '../errors.js';
import type { AccountsDb } from './account-store.js';
import type { Principal } from './principal.js';
import { ALL_DATASETS, type Role } from './roles.js';

/** What an account change does to an account's roles: its removal, or its role on `dataset` set (null: taken away). */
export type AccountChange = { remove: true } | { remove?: false; dataset: string; role: Role | null };

/** True when `change` would take the admin role on `*` from an account that holds it. */
function dropsStarAdmin(change: AccountChange): boolean {
  return change.remove === true || (change.dataset === ALL_DATASETS && change.role !== 'admin');
}

/**
 * 409 naming `name` when the signed-in account would take away its own admin role on `*` (removing it, lowering it, or
 * removing the account): the dialog would lock its user out on the spot, and another admin must decide it.
 */
export function refuseOwnAdminRole(principal: Principal, name: string, change: AccountChange): void {
  if (principal.account?.name !== name || !dropsStarAdmin(change)) return;
  throw new HttpError(
    409,
    'OWN_ADMIN_ROLE',
    `you cannot take away your own admin role on every dataset ("*")${change.remove ? ' by removing your account' : ''}: another admin of "*" must do it`,
    'name',
  );
}

/**
 * Inside the change's transaction: 409 naming `name` when the account `accountId` is the last admin of `*` and
 * `change` would take that role away. The admins' rows are locked first, so two admins removing each other at once
 * cannot both pass (the second sees the first's change).
 */
export async function refuseLastAdmin(
  tx: AccountsDb,
  accountId: number,
  name: string,
  change: AccountChange,
): Promise<void> {
  if (!dropsStarAdmin(change)) return;
  const admins = await tx
    .selectFrom('dataset_roles')
    .select('account_id')
    .where('dataset', '=', ALL_DATASETS)
    .where('role', '=', 'admin')
    .forUpdate()
    .execute();
  if (admins.length === 1 && admins[0]!.account_id === accountId)
    throw new HttpError(
      409,
      'LAST_ADMIN',
      `${JSON.stringify(name)} is the last admin of every dataset ("*"): give another account the admin role on "*" first, then that admin can do this`,
      'name',
    );
}

// The account routes an admin of every dataset uses from the explorer's Accounts… dialog: list, add, give or take a role, remove.
import type { AccountBody, AccountInfo, AccountList } from '../../server/accounts/auth-schemas.js';
import type { DatasetRole, Role } from '../../server/accounts/roles.js';
import { getJson } from './http.js';
import { sendJson } from './writes.js';

/** Every account with its roles, by name (GET /api/accounts). */
export async function fetchAccounts(): Promise<AccountInfo[]> {
  return (await getJson<AccountList>('/api/accounts', {}, undefined, true)).accounts;
}

/** Creates an account (POST /api/accounts); a refusal is a WriteError naming its field. */
export async function addAccount(body: AccountBody): Promise<AccountInfo> {
  return (await sendJson<AccountInfo>('POST', '/api/accounts', body, { unscoped: true })).data;
}

/** Gives `name` `role` on `dataset` (replacing its role there), or takes that role away when `role` is null. */
export async function setAccountRole(name: string, dataset: string, role: Role | null): Promise<DatasetRole[]> {
  const path = `/api/accounts/${encodeURIComponent(name)}/roles/${encodeURIComponent(dataset)}`;
  const answer =
    role === null
      ? await sendJson<{ roles: DatasetRole[] }>('DELETE', path, undefined, { unscoped: true })
      : await sendJson<{ roles: DatasetRole[] }>('PUT', path, { role }, { unscoped: true });
  return answer.data.roles;
}

/** Removes the account with its roles, sessions and tokens (DELETE /api/accounts/:name). */
export async function removeAccount(name: string): Promise<void> {
  await sendJson<null>('DELETE', `/api/accounts/${encodeURIComponent(name)}`, undefined, { unscoped: true });
}

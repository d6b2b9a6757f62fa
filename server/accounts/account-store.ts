// Accounts and their roles in the store: create, find, list, remove, change a role or a password (each in one transaction).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { HttpError } from '../errors.js';
import type { AccountRow, AccountsDatabase } from './accounts-tables.js';
import { refuseLastAdmin } from './keep-admins.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { ALL_DATASETS, type DatasetRole, type Role } from './roles.js';

/** The accounts database handle every function here takes first. */
export type AccountsDb = Kysely<AccountsDatabase>;

/** An account as shown to people: its name, when it was made, whether it can sign in, its roles. */
export interface AccountView {
  name: string;
  createdAt: string;
  canSignIn: boolean;
  roles: DatasetRole[];
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const DATASET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Why `name` cannot name an account (lowercase letters, digits, `.`, `_`, `-`, 1..63, starting with a letter or digit), or undefined. */
export function accountNameProblem(name: unknown): string | undefined {
  return typeof name === 'string' && NAME.test(name)
    ? undefined
    : 'must be 1..63 of a-z, 0-9, ".", "_", "-", starting with a letter or digit';
}

/** Throws a 400 naming `field` when `dataset` is neither `*` nor a possible dataset id. */
export function checkDatasetId(dataset: string, field = 'dataset'): void {
  if (dataset !== ALL_DATASETS && !DATASET.test(dataset))
    throw new HttpError(400, 'BAD_REQUEST', `${field} must be a dataset id or "*" (every dataset)`, field);
}

/** The account called `name`, or undefined. */
export async function findAccount(db: AccountsDb, name: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('name', '=', name).executeTakeFirst();
}

/** The account called `name`; a 404 naming `field` when there is none. */
export async function requireAccount(db: AccountsDb, name: string, field = 'name'): Promise<AccountRow> {
  const account = await findAccount(db, name);
  if (!account) throw new HttpError(404, 'NOT_FOUND', `no account ${JSON.stringify(name)}`, field);
  return account;
}

/** Every role of the account with this id, `*` first then by dataset. */
export async function rolesOf(db: AccountsDb, accountId: number): Promise<DatasetRole[]> {
  const rows = await db
    .selectFrom('dataset_roles')
    .select(['dataset', 'role'])
    .where('account_id', '=', accountId)
    .orderBy('dataset')
    .execute();
  return rows.map(({ dataset, role }) => ({ dataset, role }));
}

/**
 * The roles of the account `accountId` names (a column of the query it goes in) as one JSON array, ordered as
 * `rolesOf` orders them: for lookups that bring the roles in the statement that finds the account.
 */
export function rolesJson(accountId: string): RawBuilder<DatasetRole[]> {
  return sql<
    DatasetRole[]
  >`coalesce((select json_agg(json_build_object('dataset', r.dataset, 'role', r.role) order by r.dataset) from dataset_roles r where r.account_id = ${sql.ref(accountId)}), '[]'::json)`;
}

/** Creates an account with its roles (a password is optional: without one it can only use API tokens); 409 if the name is taken. */
export async function createAccount(
  db: AccountsDb,
  input: { name: string; password?: string; roles: DatasetRole[] },
): Promise<AccountView> {
  const nameProblem = accountNameProblem(input.name);
  if (nameProblem) throw new HttpError(400, 'BAD_REQUEST', `name ${nameProblem}`, 'name');
  const problem = input.password === undefined ? undefined : passwordProblem(input.password);
  if (problem) throw new HttpError(400, 'BAD_REQUEST', `password ${problem}`, 'password');
  for (const { dataset } of input.roles) checkDatasetId(dataset);
  // Hashing (tens of ms) happens before the transaction, so no lock is held while it runs.
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('accounts')
      .values({ name: input.name, password_hash: passwordHash })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .returning(['id', 'created_at'])
      .executeTakeFirst();
    if (!inserted)
      throw new HttpError(409, 'CONFLICT', `an account ${JSON.stringify(input.name)} already exists`, 'name');
    if (input.roles.length > 0) {
      await tx
        .insertInto('dataset_roles')
        .values(input.roles.map(({ dataset, role }) => ({ account_id: inserted.id, dataset, role })))
        .execute();
    }
    return {
      name: input.name,
      createdAt: inserted.created_at.toISOString(),
      canSignIn: passwordHash !== null,
      roles: await rolesOf(tx, inserted.id),
    };
  });
}

/** Every account with its roles, by name. */
export async function listAccounts(db: AccountsDb): Promise<AccountView[]> {
  const accounts = await db.selectFrom('accounts').selectAll().orderBy('name').execute();
  const roles = await db
    .selectFrom('dataset_roles')
    .select(['account_id', 'dataset', 'role'])
    .orderBy('dataset')
    .execute();
  return accounts.map((account) => ({
    name: account.name,
    createdAt: account.created_at.toISOString(),
    canSignIn: account.password_hash !== null,
    roles: roles.filter((row) => row.account_id === account.id).map(({ dataset, role }) => ({ dataset, role })),
  }));
}

/** Removes the account called `name` with its roles, sessions and tokens; 404 if there is none, 409 if it is the last admin of `*`. */
export async function removeAccount(db: AccountsDb, name: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const account = await requireAccount(tx, name);
    await refuseLastAdmin(tx, account.id, name, { remove: true });
    await tx.deleteFrom('accounts').where('id', '=', account.id).execute();
  });
}

/**
 * Gives the account `role` on `dataset` (replacing its role there), or takes its role there away when `role` is null;
 * 409 when that would leave no admin of `*`.
 */
export async function setRole(
  db: AccountsDb,
  name: string,
  dataset: string,
  role: Role | null,
): Promise<DatasetRole[]> {
  checkDatasetId(dataset);
  return db.transaction().execute(async (tx) => {
    const account = await requireAccount(tx, name);
    await refuseLastAdmin(tx, account.id, name, { dataset, role });
    if (role === null)
      await tx
        .deleteFrom('dataset_roles')
        .where('account_id', '=', account.id)
        .where('dataset', '=', dataset)
        .execute();
    else {
      await tx
        .insertInto('dataset_roles')
        .values({ account_id: account.id, dataset, role })
        .onConflict((conflict) => conflict.columns(['account_id', 'dataset']).doUpdateSet({ role }))
        .execute();
    }
    return rolesOf(tx, account.id);
  });
}

/** Sets a new password and ends every session of the account (a changed password should lock out whoever knew the old one). */
export async function setPassword(db: AccountsDb, name: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new HttpError(400, 'BAD_REQUEST', `password ${problem}`, 'password');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    const account = await requireAccount(tx, name);
    await tx.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', account.id).execute();
    await tx.deleteFrom('sessions').where('account_id', '=', account.id).execute();
  });
}

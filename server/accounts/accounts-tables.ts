// The accounts tables as Kysely sees them: accounts, their roles per dataset, browser sessions and API tokens.
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from './roles.js';

/** An account: a unique lowercase name and the argon2id hash of its password (null: token-only, cannot sign in). */
export interface AccountsTable {
  id: Generated<number>;
  name: string;
  password_hash: string | null;
  created_at: ColumnType<Date, never, never>;
}

/** One role of one account on one dataset id (`*`: every dataset); at most one row per account and dataset. */
export interface DatasetRolesTable {
  account_id: number;
  dataset: string;
  role: Role;
}

/** A browser session: only the SHA-256 of the cookie's secret is kept, so a leaked table opens no session. */
export interface SessionsTable {
  id_hash: string;
  account_id: number;
  /** The session's CSRF token (synchronizer pattern): state-changing requests on a cookie must echo it in `x-csrf-token`. */
  csrf_token: string;
  created_at: ColumnType<Date, never, never>;
  expires_at: Date;
}

/** An API token for scripts: only its SHA-256 is kept; `prefix` (its first characters) lets its owner tell tokens apart. */
export interface ApiTokensTable {
  id: Generated<number>;
  account_id: number;
  label: string;
  prefix: string;
  token_hash: string;
  created_at: ColumnType<Date, never, never>;
  last_used_at: Date | null;
  expires_at: Date | null;
}

/** One failed sign-in under one key (`name:<name>` or `addr:<address>`), kept for the throttle's window (migration 0004). */
export interface LoginFailuresTable {
  key: string;
  at: Date;
}

/** The accounts part of the store's schema (the store's `Database` includes these tables). */
export interface AccountsDatabase {
  accounts: AccountsTable;
  dataset_roles: DatasetRolesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
}

/** An account row as read. */
export type AccountRow = Selectable<AccountsTable>;

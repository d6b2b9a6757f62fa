// Browser sessions in the store: created at sign-in with a CSRF token, found by the cookie's secret, ended at sign-out or expiry.
import { rolesJson, type AccountsDb } from './account-store.js';
import type { DatasetRole } from './roles.js';
import { digest, newSecret } from './secrets.js';

/** A session just opened: the cookie's secret (never stored) and the CSRF token the page must echo. */
export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A live session as a request sees it. */
export interface SessionView {
  accountId: number;
  name: string;
  csrfToken: string;
  expiresAt: Date;
  roles: DatasetRole[];
}

/** Opens a session for the account, valid for `ttlMs`; expired sessions of any account are swept on the way. */
export async function openSession(db: AccountsDb, accountId: number, ttlMs: number): Promise<NewSession> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
  await db
    .insertInto('sessions')
    .values({ id_hash: digest(secret), account_id: accountId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { secret, csrfToken, expiresAt };
}

/** The live session whose cookie secret this is, with its account's roles (one statement), or undefined (unknown, ended or expired). */
export async function findSession(db: AccountsDb, secret: string): Promise<SessionView | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.account_id',
      'accounts.name',
      'sessions.csrf_token',
      'sessions.expires_at',
      rolesJson('sessions.account_id').as('roles'),
    ])
    .where('sessions.id_hash', '=', digest(secret))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
  return (
    row && {
      accountId: row.account_id,
      name: row.name,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      roles: row.roles,
    }
  );
}

/** Ends the session whose cookie secret this is (nothing if there is none). */
export async function endSession(db: AccountsDb, secret: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', digest(secret)).execute();
}

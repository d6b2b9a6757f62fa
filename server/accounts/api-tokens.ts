// API tokens for scripts (`Authorization: Bearer age_…`): created by their owner or the CLI, shown once, stored as SHA-256, revocable.
import type { AccountsDb } from './account-store.js';
import { HttpError } from '../errors.js';
import { digest, newSecret } from './secrets.js';

/** The prefix of every API token, so a leaked one is recognisable (and told apart from the ADMIN_TOKEN). */
export const TOKEN_PREFIX = 'age_';

/** A token as its owner sees it in a list: never the token itself. */
export interface TokenView {
  id: number;
  label: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

/** Creates a token for the account; the returned `token` is the only time it is ever shown. */
export async function createApiToken(
  db: AccountsDb,
  accountId: number,
  label: string,
  ttlMs?: number,
): Promise<TokenView & { token: string }> {
  const token = newSecret(TOKEN_PREFIX);
  const expiresAt = ttlMs === undefined ? null : new Date(Date.now() + ttlMs);
  const row = await db
    .insertInto('api_tokens')
    .values({
      account_id: accountId,
      label,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      token_hash: digest(token),
      expires_at: expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, ...view(row) };
}

/** The account a live token belongs to (its id and name), or undefined; records when the token was last used. */
export async function findApiToken(
  db: AccountsDb,
  token: string,
): Promise<{ accountId: number; name: string } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select(['api_tokens.id', 'api_tokens.account_id', 'accounts.name', 'api_tokens.expires_at'])
    .where('api_tokens.token_hash', '=', digest(token))
    .executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= new Date())) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  return { accountId: row.account_id, name: row.name };
}

/** The account's tokens, newest first. */
export async function listApiTokens(db: AccountsDb, accountId: number): Promise<TokenView[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(view);
}

/** Revokes one of the account's tokens; 404 (naming `id`) when the account has no token with that id. */
export async function revokeApiToken(db: AccountsDb, accountId: number, id: number): Promise<void> {
  const removed = await db
    .deleteFrom('api_tokens')
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (removed.numDeletedRows === 0n) throw new HttpError(404, 'NOT_FOUND', `no token ${id} of yours`, 'id');
}

function view(row: {
  id: number;
  label: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
}): TokenView {
  return {
    id: row.id,
    label: row.label,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
  };
}

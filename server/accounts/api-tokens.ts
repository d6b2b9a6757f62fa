// API tokens for scripts (`Authorization: Bearer age_…`): created by their owner or the CLI, shown once, stored as SHA-256, revocable.
import { rolesJson, type AccountsDb } from './account-store.js';
import { HttpError } from '../errors.js';
import type { DatasetRole } from './roles.js';
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

/**
 * How stale `last_used_at` may be before a use records itself: a script's burst of requests writes the token's row
 * once, not once per request (each such write is a commit, and on PGlite a turn of the store's one session).
 */
export const LAST_USED_GRAIN_MS = 60_000;

/**
 * The account a live token belongs to (its id, name and roles), or undefined — in one statement: the lookup, the
 * roles, and recording the use when the recorded one is over LAST_USED_GRAIN_MS old (a data-modifying CTE, which
 * writes nothing otherwise). It runs when the request's principal is resolved, never inside a write's transaction.
 */
export async function findApiToken(
  db: AccountsDb,
  token: string,
): Promise<{ accountId: number; name: string; roles: DatasetRole[] } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const hash = digest(token);
  const now = new Date();
  const row = await db
    .with('used', (db) =>
      db
        .updateTable('api_tokens')
        .set({ last_used_at: now })
        .where('token_hash', '=', hash)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .where((eb) =>
          eb.or([
            eb('last_used_at', 'is', null),
            eb('last_used_at', '<', new Date(now.getTime() - LAST_USED_GRAIN_MS)),
          ]),
        )
        .returning('id'),
    )
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select([
      'api_tokens.account_id',
      'accounts.name',
      'api_tokens.expires_at',
      rolesJson('api_tokens.account_id').as('roles'),
    ])
    .where('api_tokens.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= now)) return undefined;
  return { accountId: row.account_id, name: row.name, roles: row.roles };
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

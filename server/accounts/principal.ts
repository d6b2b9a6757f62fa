// Who is asking: the credentials of a request (API token, ADMIN_TOKEN, or session cookie) resolved once, lazily, into a Principal with its roles.
import type { FastifyRequest } from 'fastify';
import type { Settings } from '../config.js';
import { HttpError } from '../errors.js';
import type { AccountsDb } from './account-store.js';
import { findApiToken } from './api-tokens.js';
import { ALL_DATASETS, type DatasetRole } from './roles.js';
import { sameSecret } from './secrets.js';
import { findSession } from './sessions.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'age_session';

/** Who is asking and by what means; `roles` are what they may do (empty for anonymous). */
export interface Principal {
  via: 'anonymous' | 'session' | 'token' | 'admin-token';
  /** The signed-in account (none for anonymous and for the ADMIN_TOKEN). */
  account?: { id: number; name: string };
  roles: DatasetRole[];
  /** A session's CSRF token, which state-changing requests on the cookie must echo in `x-csrf-token`. */
  csrfToken?: string;
}

/** What resolving credentials needs: the accounts database (absent: no accounts, only ADMIN_TOKEN) and the settings. */
export interface AccountsContext {
  db?: AccountsDb;
  settings: Settings;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The accounts database (when there is one) and the settings the auth checks read. */
    accounts: AccountsContext;
  }
}

/** Nobody: no credentials, or a session cookie that names no live session. */
export const ANONYMOUS: Principal = Object.freeze({ via: 'anonymous', roles: [] }) as Principal;

// One resolution per request, kept with it and shared by every check that asks (the CSRF hook, the read gate, the
// write guard): one statement for a token or a session, its roles included (findApiToken, findSession).
const resolved = new WeakMap<FastifyRequest, Promise<Principal>>();

/** The principal of this request, resolved on first use; a bad `Authorization` header is a 401 naming it. */
export function principalOf(request: FastifyRequest): Promise<Principal> {
  let principal = resolved.get(request);
  if (!principal) {
    principal = resolve(request, request.server.accounts);
    resolved.set(request, principal);
  }
  return principal;
}

/** The session cookie's secret, if the request carries one. */
export function sessionSecret(request: FastifyRequest): string | undefined {
  const value = request.cookies?.[SESSION_COOKIE];
  return value ? value : undefined;
}

async function resolve(request: FastifyRequest, { db, settings }: AccountsContext): Promise<Principal> {
  const header = request.headers.authorization;
  // A header wins over a cookie: a script's token says exactly who it is, and a cross-site page cannot set one.
  if (header !== undefined) {
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    if (token && settings.adminToken && sameSecret(token, settings.adminToken))
      return { via: 'admin-token', roles: [{ dataset: ALL_DATASETS, role: 'admin' }] };
    const found = token && db ? await findApiToken(db, token) : undefined;
    if (!found) throw unauthorized('the `Authorization` header does not hold a valid `Bearer` token', 'authorization');
    return {
      via: 'token',
      account: { id: found.accountId, name: found.name },
      roles: found.roles,
    };
  }
  const secret = sessionSecret(request);
  const session = secret && db ? await findSession(db, secret) : undefined;
  if (!session) return ANONYMOUS; // no cookie, or a stale one: nobody (writes then get 401)
  return {
    via: 'session',
    account: { id: session.accountId, name: session.name },
    roles: session.roles,
    csrfToken: session.csrfToken,
  };
}

/** A 401 `UNAUTHORIZED` naming what was missing or wrong (the `authorization` header by default). */
export function unauthorized(message: string, field = 'authorization'): HttpError {
  return new HttpError(401, 'UNAUTHORIZED', message, field);
}

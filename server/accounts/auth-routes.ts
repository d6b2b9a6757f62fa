// /api/auth: sign in (rate limited, one answer for any wrong half), sign out, who am I (roles and CSRF token), and the caller's API tokens.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';
import { ErrorResponse } from '../schemas/error.js';
import { accountNameProblem, findAccount, rolesOf, type AccountsDb } from './account-store.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { LoginBody, Me, TokenBody, TokenCreated, TokenList } from './auth-schemas.js';
import { requireAccountPrincipal } from './authorize.js';
import type { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { principalOf, SESSION_COOKIE, sessionSecret } from './principal.js';
import { endSession, openSession } from './sessions.js';
import { quietValidation } from './quiet-validation.js';

/** What the auth routes are given: the accounts database, the sign-in throttle and the session lifetime. */
export interface AuthRouteOptions {
  db: AccountsDb;
  throttle: LoginThrottle;
  sessionTtl: number;
}

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  429: ErrorResponse,
} as const;
const DAY = 86_400_000;

/** The cookie options: HTTP-only, SameSite=Strict, Secure whenever the request came over HTTPS. */
export function cookieOptions(request: Pick<FastifyRequest, 'protocol'>, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: maxAgeSeconds,
  } as const;
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, 0));
}

const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (app, { db, throttle, sessionTtl }) => {
  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with name and password; sets the HTTP-only session cookie and answers the CSRF token',
        description:
          'A wrong name and a wrong password get the same 401. Repeated failures for a name or from an address are refused with 429 and `Retry-After`, before any password is checked.',
        body: LoginBody,
        response: { 200: Me, ...errors },
      },
      schemaErrorFormatter: quietValidation,
    },
    async (request, reply) => {
      const { name, password } = request.body;
      const wait = await throttle.retryAfter(name, request.ip);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'RATE_LIMITED', `too many failed sign-ins; retry in ${wait} s`);
      }
      // Every attempt costs one argon2 verification, a decoy one for an unknown or impossible name (never short-circuit it).
      const account = accountNameProblem(name) ? undefined : await findAccount(db, name);
      const matches = await verifyPassword(account?.password_hash, password);
      if (!account || !matches) {
        await throttle.fail(name, request.ip);
        throw new HttpError(401, 'INVALID_CREDENTIALS', 'wrong name or password');
      }
      await throttle.succeed(name);
      const previous = sessionSecret(request);
      if (previous) await endSession(db, previous); // a new session id at every sign-in: a planted cookie is worth nothing
      const session = await openSession(db, account.id, sessionTtl);
      reply.setCookie(SESSION_COOKIE, session.secret, cookieOptions(request, Math.floor(sessionTtl / 1000)));
      request.log.info({ account: account.name }, 'signed in');
      return {
        account: account.name,
        via: 'session' as const,
        roles: await rolesOf(db, account.id),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears its cookie (needs `x-csrf-token`)',
        response: { 200: Type.Object({ signedOut: Type.Boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const secret = sessionSecret(request);
      if (secret) await endSession(db, secret);
      clearSessionCookie(request, reply);
      return { signedOut: secret !== undefined };
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is asking: account, roles per dataset, and for a session its CSRF token',
        response: { 200: Me, ...errors },
      },
    },
    async (request) => {
      const principal = await principalOf(request);
      return {
        account: principal.account?.name ?? null,
        via: principal.via,
        roles: principal.roles,
        ...(principal.csrfToken ? { csrfToken: principal.csrfToken } : {}),
      };
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'The API tokens of the signed-in account (never the tokens themselves)',
        response: { 200: TokenList, ...errors },
      },
    },
    async (request) => ({ tokens: await listApiTokens(db, (await requireAccountPrincipal(request)).account.id) }),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for scripts; the answer is the only time it is shown',
        body: TokenBody,
        response: { 201: TokenCreated, ...errors },
      },
    },
    async (request, reply) => {
      const { account } = await requireAccountPrincipal(request);
      const { label, expiresInDays } = request.body;
      const created = await createApiToken(
        db,
        account.id,
        label,
        expiresInDays === undefined ? undefined : expiresInDays * DAY,
      );
      request.log.info({ account: account.name, token: created.prefix }, 'API token created');
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of your API tokens',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { account } = await requireAccountPrincipal(request);
      await revokeApiToken(db, account.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;

/** Without an accounts database: who is asking is always nobody, and `accounts: false` says sign-in does not exist. */
export const noAccountsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is asking: on a server without accounts (no store), always nobody',
        description:
          'Example: `GET /api/auth/me` → `{ "account": null, "via": "anonymous", "roles": [], "accounts": false }`.',
        response: { 200: Me },
      },
    },
    async () => ({ account: null, via: 'anonymous' as const, roles: [], accounts: false as const }),
  );
};

// Wires accounts into the app: the cookie parser, who-is-asking, the CSRF and read-gate hooks, and (with a database) the auth and account routes.
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { Settings } from '../config.js';
import type { AccountsDb } from './account-store.js';
import { registerAccessHooks } from './access-hooks.js';
import accountRoutes from './account-routes.js';
import authRoutes, { noAccountsRoutes } from './auth-routes.js';
import { LoginThrottle } from './login-throttle.js';

/**
 * Registers the parts every request passes (on the root app, before any route): without a database there are no
 * accounts, so only public datasets can be read and only the ADMIN_TOKEN can write.
 */
export async function registerAccounts(app: FastifyInstance, settings: Settings, db?: AccountsDb): Promise<void> {
  app.decorate('accounts', { settings, ...(db ? { db } : {}) });
  await app.register(cookie);
  registerAccessHooks(app);
}

/**
 * Registers /auth and /accounts in the given (API) scope when there is an accounts database; without one, only
 * `GET /auth/me`, saying so (`accounts: false`), so a client learns that nobody can sign in without a 404.
 */
export async function registerAccountRoutes(api: FastifyInstance, settings: Settings, db?: AccountsDb): Promise<void> {
  if (!db) {
    await api.register(noAccountsRoutes, { prefix: '/auth' });
    return;
  }
  const throttle = new LoginThrottle(db, settings.loginMaxFailures, settings.loginWindow);
  await api.register(authRoutes, { prefix: '/auth', db, throttle, sessionTtl: settings.sessionTtl });
  await api.register(accountRoutes, { prefix: '/accounts', db });
}

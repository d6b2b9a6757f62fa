// Test helper: an app serving from a fresh store (PGlite or PostgreSQL) seeded from a dataset file.
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Test } from 'tap';
import { buildApp } from '../../../server/app.js';
import type { Settings } from '../../../server/config.js';
import type { Backend, StoreLocation } from '../../../server/store/database.js';
import { FIXTURE } from '../helpers.js';
import { freshLocation } from './backends.js';

/** The admin token the store tests write with. */
export const TOKEN = 'test-admin-token-0123456789';

/** Builds an app over `location` (default: a fresh one on `backend`), seeded from `dataFiles` when empty; closed at teardown. */
export async function storeApp(
  t: Test,
  backend: Backend,
  overrides: Partial<Settings> = {},
  location?: StoreLocation,
): Promise<FastifyInstance> {
  const where = location ?? (await freshLocation(t, backend));
  const app = await buildApp({
    dataFile: FIXTURE,
    logLevel: 'silent',
    rateLimitMax: 0,
    clientDir: resolve(import.meta.dirname, 'no-client'),
    store: 'on',
    dataDir: where.dataDir,
    databaseUrl: where.databaseUrl ?? '',
    adminToken: TOKEN,
    ...overrides,
  });
  t.teardown(() => app.close());
  return app;
}

/** Sends a JSON request through inject with the admin token (unless `auth` is given) and parses the answer. */
export async function send(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  const parsed = response.body ? (JSON.parse(response.body) as Record<string, any>) : undefined;
  return { status: response.statusCode, headers: response.headers, body: parsed };
}

/** A valid new relation of the mini fixture: Turkey supports Azerbaijan. */
export const NEW_RELATION = {
  id: 'turkey-azerbaijan-support',
  kind: 'friendly-relations',
  source: 'turkey',
  target: 'azerbaijan',
  valence: 'cooperative',
  strength: 0.6,
  strengthBasis: 'rubric',
  strengthNote: 'stated support',
  confidence: 0.9,
  stance: 'asserted',
  evidence: [{ source: 'mini', quote: 'Turkey supports Azerbaijan.' }],
};

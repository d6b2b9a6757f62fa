// Shared test helpers: an app over the server fixture dataset or the article's, quiet and with rate limiting off.
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Test } from 'tap';
import { buildApp } from '../../server/app.js';
import type { Settings } from '../../server/config.js';

/** The small hand-written fixture: 7 actors, 7 relations. */
export const FIXTURE = resolve(import.meta.dirname, '../fixtures/server/mini.json');
/** A second small fixture with other actors (6 actors, 5 relations, id `server-nordic`), to serve beside FIXTURE. */
export const NORDIC = resolve(import.meta.dirname, '../fixtures/server/nordic.json');
/** The article's dataset (graph/data/besa-1723.json). */
export const ARTICLE = resolve(import.meta.dirname, '../../graph/data/besa-1723.json');

/** Builds an app over `dataFile` (default: the fixture) with logging silent and no client dir. */
export async function testApp(t: Test, overrides: Partial<Settings> = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    dataFile: FIXTURE,
    logLevel: 'silent',
    rateLimitMax: 0,
    clientDir: resolve(import.meta.dirname, 'no-client'),
    ...overrides,
  });
  t.teardown(() => app.close());
  return app;
}

/** GETs a URL through inject and parses the JSON body. */
export async function getJson(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  const body = response.body ? (JSON.parse(response.body) as Record<string, any>) : undefined;
  return { status: response.statusCode, headers: response.headers, body, raw: response.body };
}

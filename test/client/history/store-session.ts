// Browser-test helper: the explorer over a fresh store (PostgreSQL when TEST_DATABASE_URL is set, else PGlite) seeded with the mini fixture, and writes as the admin.
import type { Test } from 'tap';
import { FIXTURE } from '../../server/helpers.js';
import { freshLocation } from '../../server/store/backends.js';
import { NEW_RELATION, TOKEN } from '../../server/store/store-app.js';
import type { BrowserSession } from '../browser.js';
import type { Settings } from '../../../server/config.js';

export { NEW_RELATION, TOKEN };

/** Settings of a server that serves FIXTURE from a new store, with the admin token set (pass to startBrowserSession). */
export async function storeSessionSettings(t: Test): Promise<Partial<Settings>> {
  const where = await freshLocation(t, process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  return {
    dataFile: FIXTURE,
    dataFiles: [FIXTURE],
    store: 'on',
    dataDir: where.dataDir,
    databaseUrl: where.databaseUrl ?? '',
    adminToken: TOKEN,
  };
}

/** A write as the admin through inject; throws unless the server answers 2xx. Returns the body and the record's new ETag. */
export async function adminWrite(
  session: BrowserSession,
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<{ body: unknown; etag: string | undefined }> {
  let ifMatch: string | undefined;
  if (method !== 'POST') {
    const read = await session.app.inject({ method: 'GET', url });
    ifMatch = read.headers.etag as string | undefined;
  }
  const response = await session.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return { body: JSON.parse(response.body) as unknown, etag: response.headers.etag as string | undefined };
}

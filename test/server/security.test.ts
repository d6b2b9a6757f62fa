// Tests for the hardening: rate limit on /api, query-string cap, oversized headers, compression, CORS off by default, headers.
import t from 'tap';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARTICLE, getJson, testApp } from './helpers.js';

t.test('rate limiting: JSON 429 past the limit, probes exempt, off when the max is 0', async (t) => {
  const app = await testApp(t, { rateLimitMax: 3 });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await getJson(app, '/api/sources')).status);
  t.same(statuses, [200, 200, 200, 429, 429]);
  const limited = await getJson(app, '/api/actors');
  t.equal(limited.body?.code, 'RATE_LIMITED');
  t.match(limited.body?.message, /rate limit/);
  t.ok(limited.headers['retry-after'], 'says when to retry');
  t.equal((await getJson(app, '/api/health')).status, 200, 'health is never limited');
  const open = await testApp(t, { rateLimitMax: 0 });
  for (let i = 0; i < 5; i++) t.equal((await getJson(open, '/api/sources')).status, 200);
});

t.test('query strings over the cap get a JSON 414 before any work', async (t) => {
  const app = await testApp(t);
  const huge = await getJson(app, `/api/actors?q=${'a'.repeat(5000)}`);
  t.equal(huge.status, 414);
  t.equal(huge.body?.code, 'URI_TOO_LONG');
  const many = await getJson(app, `/api/graph?${'kinds=arms-transfer&'.repeat(300)}`);
  t.equal(many.status, 414);
  const justUnder = await getJson(app, `/api/actors?q=${'a'.repeat(150)}`);
  t.equal(justUnder.status, 200);
  const tight = await testApp(t, { maxQueryLength: 64 });
  t.equal((await getJson(tight, `/api/actors?q=${'b'.repeat(70)}`)).status, 414, 'the cap is configurable');
});

t.test('oversized headers are refused by the HTTP server', async (t) => {
  const app = await testApp(t);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/health', headers: { 'x-big': 'x'.repeat(64 * 1024) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  t.equal(status, 431);
});

t.test('the API takes no request bodies: other methods are JSON 404s', async (t) => {
  const app = await testApp(t);
  const post = await app.inject({ method: 'POST', url: '/api/actors', payload: { q: 'x' } });
  t.equal(post.statusCode, 404);
  t.match(JSON.parse(post.body).message, /no route POST/);
});

t.test('large responses are compressed', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const response = await app.inject({ url: '/api/graph', headers: { 'accept-encoding': 'gzip' } });
  t.equal(response.statusCode, 200);
  t.equal(response.headers['content-encoding'], 'gzip');
  const plain = await app.inject({ url: '/api/graph' });
  t.equal(plain.headers['content-encoding'], undefined);
  t.ok(response.rawPayload.length < plain.rawPayload.length / 2, 'gzip at least halves it');
});

t.test('CORS is off unless an origin is configured', async (t) => {
  const closed = await testApp(t);
  const none = await closed.inject({ url: '/api/health', headers: { origin: 'https://elsewhere.example' } });
  t.equal(none.headers['access-control-allow-origin'], undefined);
  const open = await testApp(t, { corsOrigin: 'https://analyst.example' });
  const allowed = await open.inject({ url: '/api/health', headers: { origin: 'https://analyst.example' } });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://analyst.example');
});

t.test('security headers on API responses; no stack or framework banner', async (t) => {
  const app = await testApp(t);
  const response = await app.inject({ url: '/api/health' });
  t.equal(response.headers['x-content-type-options'], 'nosniff');
  t.equal(response.headers['x-powered-by'], undefined);
  t.match(String(response.headers['content-security-policy']), /default-src 'self'/);
  t.match(String(response.headers['x-request-id']), /^req-/, 'the request id of the log lines');
});

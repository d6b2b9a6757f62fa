// Tests for the static client: index.html at /, security headers and CSP, and path traversal refused with 404.
import t from 'tap';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getJson, testApp } from './helpers.js';

function clientDir(t: Parameters<typeof testApp>[0]): string {
  const dir = t.testdir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>client</title><script type="module" src="/assets/app-abc123.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("client")');
  return dir;
}

const TRAVERSALS = [
  '/..%2f..%2fetc/passwd',
  '/..%2F..%2F..%2Fetc%2Fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/assets/..%2f..%2f..%2fetc/passwd',
  '/..%5c..%5cetc%5cpasswd',
  '/....//....//etc/passwd',
  '/%252e%252e%252fetc%252fpasswd',
  '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/..%00/etc/passwd',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/.env',
  '/assets/../../package.json',
];

t.test('path traversal attempts get a JSON 404, never a file', async (t) => {
  const app = await testApp(t, { clientDir: clientDir(t) });
  for (const url of TRAVERSALS) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 404, url);
    t.notMatch(response.body, /root:|"name": "actor-graph-explorer"/, `${url} leaks nothing`);
    t.match(response.headers['content-type'], /application\/json/, `${url} answers JSON`);
  }
});

t.test('the client is served at / with a CSP without inline scripts and a blob: worker', async (t) => {
  const app = await testApp(t, { clientDir: clientDir(t) });
  const index = await app.inject({ method: 'GET', url: '/' });
  t.equal(index.statusCode, 200);
  t.match(index.body, /<title>client<\/title>/);
  t.equal(index.headers['cache-control'], 'no-cache');
  const csp = String(index.headers['content-security-policy']);
  t.match(csp, /script-src 'self'(;|$)/, 'scripts from self only');
  t.notMatch(csp, /script-src[^;]*unsafe-inline/);
  t.match(csp, /worker-src 'self' blob:/);
  t.notMatch(csp, /upgrade-insecure-requests/);
  t.equal(index.headers['x-content-type-options'], 'nosniff');
  const unknownApi = await app.inject({ method: 'GET', url: '/api/nope' });
  t.equal(unknownApi.statusCode, 404, 'unknown API routes stay JSON 404s with the client served');
  t.equal(JSON.parse(unknownApi.body).code, 'NO_ROUTE');
  const asset = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
  t.equal(asset.statusCode, 200);
  t.match(asset.headers['cache-control'], /immutable/);
});

t.test('without a built client, / is a JSON 404 and the API still works', async (t) => {
  const app = await testApp(t);
  const root = await getJson(app, '/');
  t.equal(root.status, 404);
  t.equal(root.body?.statusCode, 404);
  t.equal((await getJson(app, '/api/health')).status, 200);
});

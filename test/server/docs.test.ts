// Tests for /docs: the OpenAPI 3 spec lists every route with its schemas and an example; the UI is served under its own CSP.
import t from 'tap';
import { ARTICLE, getJson, testApp } from './helpers.js';

/** Every route of the contract, as OpenAPI paths (routes added later are checked too: every documented path is). */
const ROUTES = [
  '/api/health',
  '/api/health/live',
  '/api/health/ready',
  '/api/datasets',
  '/api/actors',
  '/api/actors/{id}',
  '/api/actors/{id}/neighbors',
  '/api/relations',
  '/api/relations/{id}',
  '/api/ties',
  '/api/compare',
  '/api/paths',
  '/api/metrics',
  '/api/graph',
  '/api/sources',
  '/api/sources/{id}',
  '/api/sources/{id}/text',
  '/api/sources/{id}/coverage',
];

t.test('the spec is not served under other paths', async (t) => {
  const app = await testApp(t);
  t.equal((await getJson(app, '/docs/nope.json')).status, 404);
});

t.test('the spec is OpenAPI 3 and lists every route with parameters, responses and an example', async (t) => {
  const app = await testApp(t);
  const { status, body: spec } = await getJson(app, '/docs/json');
  t.equal(status, 200);
  t.match(spec?.openapi, /^3\.\d+\.\d+$/);
  t.type(spec?.info?.title, 'string');
  const all = Object.keys(spec?.paths ?? {});
  t.ok(
    all.every((path) => path.startsWith('/api/')),
    'only API routes (the UI and static files are hidden)',
  );
  // The read routes; the POST-only ones (the import, the admin reload) are checked below and by their own tests.
  const documented = all.filter((path) => spec?.paths[path]?.get);
  for (const path of ROUTES) t.ok(documented.includes(path), `${path} is documented`);
  t.ok(spec?.paths['/api/import']?.post, '/api/import (POST) is documented');
  for (const path of documented) {
    const get = spec?.paths[path]?.get;
    t.ok(get, `${path} has GET`);
    t.ok(get?.responses?.['200'], `${path} documents its 200`);
    t.ok(get?.responses?.['200']?.content, `${path} 200 has a schema`);
    if (!path.startsWith('/api/health')) {
      // Who-is-asking takes no parameters, so it has no 400 to document.
      if (!path.startsWith('/api/auth/')) t.ok(get?.responses?.['400'], `${path} documents its 400`);
      t.match(get?.description ?? '', /Examples?: `GET \/api\//, `${path} has an example`);
    }
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const name of pathParams) {
      t.ok(
        get?.parameters?.some((p: any) => p.in === 'path' && p.name === name && p.required),
        `${path} declares {${name}}`,
      );
    }
  }
  for (const path of documented.filter(
    (path) => !path.startsWith('/api/health') && !path.startsWith('/api/auth/') && path !== '/api/datasets',
  )) {
    const parameter = spec?.paths[path]?.get?.parameters?.find((p: any) => p.name === 'dataset');
    t.match(parameter, { in: 'query', required: false, description: /dataset/ }, `${path} documents \`dataset\``);
  }
  const reload = spec?.paths['/api/admin/reload']?.post;
  if (reload)
    t.ok(
      reload.parameters.some((p: any) => p.name === 'dataset'),
      'admin reload takes `dataset`',
    );
  const paths = spec?.paths['/api/paths'].get.parameters.map((p: any) => p.name);
  for (const name of [
    'from',
    'to',
    'mode',
    'k',
    'maxHops',
    'kinds',
    'exclude',
    'valence',
    'minStrength',
    'minConfidence',
    'directed',
    'asOf',
  ]) {
    t.ok(paths.includes(name), `/api/paths takes ${name}`);
  }
  const neighbors = spec?.paths['/api/actors/{id}/neighbors'].get.parameters.map((p: any) => p.name);
  for (const name of ['depth', 'kinds', 'exclude', 'valence', 'minStrength', 'minConfidence', 'direction', 'asOf']) {
    t.ok(neighbors.includes(name), `neighbors takes ${name}`);
  }
});

t.test('the admin reload documents `dataset` when it exists', async (t) => {
  const app = await testApp(t, { adminToken: 'test-admin-token-0123456789' });
  const reload = (await getJson(app, '/docs/json')).body?.paths['/api/admin/reload']?.post;
  t.ok(reload?.parameters?.some((p: any) => p.in === 'query' && p.name === 'dataset'));
});

t.test("the UI is served at /docs with swagger-ui's own CSP", async (t) => {
  const app = await testApp(t);
  const page = await app.inject({ url: '/docs' });
  const html = page.statusCode === 302 ? await app.inject({ url: String(page.headers.location) }) : page;
  t.equal(html.statusCode, 200);
  t.match(html.body, /swagger-ui/i);
  const csp = String(html.headers['content-security-policy']);
  t.match(csp, /script-src 'self'/);
  t.notMatch(csp, /upgrade-insecure-requests/);
});

t.test('every example in the spec works against the article dataset', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const spec = (await getJson(app, '/docs/json')).body!;
  let examples = 0;
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const match of String(item.get?.description ?? '').matchAll(/`GET (\/api\/[^`]+)`/g)) {
      examples++;
      const response = await app.inject({ url: match[1]! });
      t.equal(response.statusCode, 200, `${path}: ${match[1]}`);
    }
  }
  t.ok(examples >= 13, `${examples} examples`);
});

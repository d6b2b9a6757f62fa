// Tests for server/routes/import.ts: POST /api/import only for editors of every dataset (roles: test/server/accounts/import-roles.test.ts); dry runs report, commits serve a new dataset; bad input is a 4xx naming its field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import t from 'tap';
import { getJson, testApp } from './helpers.js';

const TOKEN = 'test-admin-token-0123456789';
const LES_MISERABLES = readFileSync(resolve(import.meta.dirname, '../fixtures/interop/tools/gephi-lesmiserables.gexf'));
const SIPRI = readFileSync(resolve(import.meta.dirname, '../fixtures/interop/presets/sipri-trade-register.csv'));
const DEFAULTS = 'default=node.kind%3Dperson,kind%3Dfriendly-relations&placeholderSource=unsourced';

const upload = (
  app: Awaited<ReturnType<typeof testApp>>,
  url: string,
  body: Buffer | string,
  authorization: string | undefined = `Bearer ${TOKEN}`,
) =>
  app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': 'application/octet-stream', ...(authorization ? { authorization } : {}) },
  });

t.test(
  'anonymous callers and unknown tokens are refused (401 naming authorization); the ADMIN_TOKEN opens it',
  async (t) => {
    const app = await testApp(t, { adminToken: TOKEN, importDir: t.testdir() });
    const anonymous = await upload(app, '/api/import?name=x.gexf', LES_MISERABLES, '');
    t.match(
      { status: anonymous.statusCode, body: JSON.parse(anonymous.body) },
      { status: 401, body: { field: 'authorization' } },
    );
    const wrong = await upload(app, '/api/import?name=x.gexf', LES_MISERABLES, 'Bearer nope');
    t.match(
      { status: wrong.statusCode, body: JSON.parse(wrong.body) },
      { status: 401, body: { field: 'authorization' } },
    );
    t.equal((await upload(app, '/api/import?name=x.gexf&' + DEFAULTS, LES_MISERABLES)).statusCode, 200);
  },
);

t.test('a dry run answers the detected format and the report, and serves nothing', async (t) => {
  const app = await testApp(t, { adminToken: TOKEN, importDir: t.testdir() });
  const response = await upload(app, `/api/import?name=lesmiserables.gexf&${DEFAULTS}`, LES_MISERABLES);
  t.equal(response.statusCode, 200, response.body);
  const body = JSON.parse(response.body);
  t.match(body, {
    dryRun: true,
    format: 'gexf',
    dataset: { id: 'lesmiserables', actors: 12, relations: 14, served: false },
    report: {
      files: ['lesmiserables.gexf'],
      records: { in: { nodes: 12, edges: 14 } },
      defaults: { nodes: { kind: 12 }, edges: { kind: 14 } },
    },
  });
  t.notOk(JSON.stringify(body).includes('/tmp/'), 'no server path leaks into the report');
  t.same(
    (await getJson(app, '/api/datasets')).body?.datasets.map((d: { id: string }) => d.id),
    ['server-mini'],
    'nothing new is served',
  );
});

t.test('dryRun=false serves the import as a new dataset the picker lists; the same id again is a 409', async (t) => {
  const app = await testApp(t, { adminToken: TOKEN, importDir: t.testdir() });
  const response = await upload(app, `/api/import?name=sipri.csv&preset=sipri&dryRun=false`, SIPRI);
  t.equal(response.statusCode, 200, response.body);
  t.match(JSON.parse(response.body), {
    dryRun: false,
    dataset: { id: 'sipri', relations: 5, served: true },
    report: { preset: 'sipri', written: 'sipri.json' },
  });
  t.same(
    (await getJson(app, '/api/datasets')).body?.datasets.map((d: { id: string }) => d.id),
    ['server-mini', 'sipri'],
  );
  const tie = await getJson(app, '/api/relations/sipri-israel-azerbaijan-2016-harop?dataset=sipri');
  t.match(
    tie.body,
    {
      kind: 'arms-transfer',
      amounts: [{ unit: 'SIPRI TIV (millions)' }],
      evidence: [{ quote: /^Azerbaijan,Israel,2016/ }],
    },
    'the row is the evidence, its text served',
  );
  const again = await upload(app, `/api/import?name=sipri.csv&preset=sipri&dryRun=false`, SIPRI);
  t.match({ status: again.statusCode, body: JSON.parse(again.body) }, { status: 409, body: { field: 'id' } });
});

t.test('bad input: 400 naming the field, a refused file 422 with every issue and the report', async (t) => {
  const app = await testApp(t, { adminToken: TOKEN, importDir: t.testdir() });
  for (const [url, field] of [
    ['/api/import?name=x.pdf', 'format'],
    ['/api/import', 'name'],
    ['/api/import?name=x.gexf&format=pdf', 'format'],
    ['/api/import?name=x.gexf&preset=acled', 'preset'],
    ['/api/import?name=x.gexf&default=nonsense', 'default'],
    ['/api/import?name=x.gexf&bogus=1', 'bogus'],
  ] as const) {
    const response = await upload(app, url, LES_MISERABLES);
    t.match({ status: response.statusCode, field: JSON.parse(response.body).field }, { status: 400, field }, url);
  }
  t.match(
    JSON.parse((await upload(app, '/api/import?name=x.gexf', '')).body),
    { statusCode: 400, field: 'body' },
    'an empty body',
  );
  const refused = await upload(app, '/api/import?name=lesmiserables.gexf', LES_MISERABLES);
  t.equal(refused.statusCode, 422);
  const body = JSON.parse(refused.body);
  t.match(body, { code: 'IMPORT_REFUSED', field: 'body', report: { refused: { issues: body.issues.length } } });
  t.match(
    body.issues.join('\n'),
    /lesmiserables\.gexf:\d+ field "kind": no column gives required field "kind"/,
    'the issue names the file and field as the CLI does',
  );
  const broken = await upload(
    app,
    `/api/import?name=x.gexf&${DEFAULTS}`,
    '<gexf><graph><nodes><node id="a"></nodes></gexf>',
  );
  t.match(JSON.parse(broken.body), { statusCode: 422, issues: [/broken XML/] });
});

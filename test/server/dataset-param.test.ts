// Two datasets served at once: every data route answers from the dataset `dataset=` names and from the default without it; an unknown id is a 404 naming `dataset`.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURE, getJson, NORDIC, testApp } from './helpers.js';

const mini = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const nordic = JSON.parse(readFileSync(NORDIC, 'utf8'));
const N = `dataset=${nordic.id}`;

/** The smallest valid query of each documented route, so that only `dataset` can be wrong. */
const REQUIRED: Record<string, string> = {
  '/api/ties': 'a=x&b=y',
  '/api/paths': 'from=x&to=y',
  '/api/export': 'format=json',
  '/api/compare': 'actors=x,y',
  '/api/changes': 'from=2010&to=2020',
};

t.test(
  'an unknown dataset is a 404 naming `dataset` on every documented data route, before any other id is looked up',
  async (t) => {
    const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
    const spec = (await getJson(app, '/docs/json')).body!;
    const routes = Object.keys(spec.paths).filter(
      // Health, the dataset list and who-is-asking are about the server or the account, not one dataset.
      (path) =>
        !path.startsWith('/api/health') &&
        !path.startsWith('/api/auth/') &&
        path !== '/api/datasets' &&
        spec.paths[path].get,
    );
    t.ok(routes.length >= 15, `${routes.length} routes`);
    for (const template of routes) {
      const query = [REQUIRED[template], 'dataset=atlantis'].filter(Boolean).join('&');
      const { status, body } = await getJson(app, `${template.replace(/\{\w+\}/g, 'x')}?${query}`);
      t.equal(status, 404, template);
      t.match(body, { code: 'NOT_FOUND', field: 'dataset' }, template);
      t.same(body?.suggestions, [mini.id, nordic.id], `${template}: nothing is close, so every served id is suggested`);
    }
    const near = await getJson(app, '/api/graph?dataset=server-nordik');
    t.same(near.body?.suggestions, [nordic.id], 'a near miss suggests the close id');
    t.match(near.body?.message, /unknown dataset "server-nordik" in `dataset`/);
    t.equal((await getJson(app, '/api/graph?dataset=')).status, 400, 'an empty id is a schema error');
    t.equal((await getJson(app, '/api/graph?dataset=')).body?.field, 'dataset');
    t.equal((await getJson(app, `/api/graph?dataset=${'x'.repeat(201)}`)).status, 400, 'an overlong id too');
    for (const hostile of [
      '__proto__',
      'constructor',
      'toString',
      '\u0000',
      '\u202e',
      "' OR 1=1 --",
      'server-mini\n',
    ]) {
      const { status, body } = await getJson(app, `/api/sources?dataset=${encodeURIComponent(hostile)}`);
      t.match(
        { status, body },
        { status: 404, body: { field: 'dataset' } },
        `looked up as plain text: ${JSON.stringify(hostile)}`,
      );
    }
  },
);

t.test('actors: search, summary and neighbourhood answer from the dataset named', async (t) => {
  const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
  t.equal((await getJson(app, '/api/actors?q=oslo')).body?.total, 0, 'the default has no Norway');
  const found = await getJson(app, `/api/actors?q=oslo&${N}`);
  t.equal(found.body?.items[0].actor.id, 'norway', 'found by its alias in the second dataset');
  t.equal(
    (await getJson(app, '/api/actors?q=baku')).body?.items[0].actor.id,
    'azerbaijan',
    'and the default still answers without dataset=',
  );
  t.equal((await getJson(app, '/api/actors/norway')).status, 404);
  const norway = await getJson(app, `/api/actors/norway?${N}`);
  t.equal(norway.status, 200);
  t.equal(norway.body?.actor.id, 'norway');
  const israel = await getJson(app, `/api/actors/israel?${N}`);
  t.match(israel, { status: 404, body: { field: 'id' } }, "the default's actors are not in the second dataset");
  const around = await getJson(app, `/api/actors/norway/neighbors?${N}`);
  t.same(
    around.body?.actors.map((entry: { actor: { id: string } }) => entry.actor.id).sort(),
    ['equinor', 'norway', 'sweden'],
    'norway and its two partners in the file',
  );
  t.equal((await getJson(app, '/api/actors/norway/neighbors')).status, 404);
});

t.test('relations, ties, compare and paths answer from the dataset named', async (t) => {
  const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
  t.equal((await getJson(app, '/api/relations')).body?.total, mini.relations.length);
  const list = await getJson(app, `/api/relations?${N}`);
  t.equal(list.body?.total, nordic.relations.length);
  t.same(
    list.body?.items.map((relation: { id: string }) => relation.id),
    nordic.relations.map((relation: { id: string }) => relation.id),
  );
  t.equal(
    (await getJson(app, `/api/relations/norway-gas-sweden?${N}`)).body?.evidence[0].quote,
    'Norway supplies natural gas to Sweden through Equinor',
  );
  t.equal((await getJson(app, '/api/relations/norway-gas-sweden')).status, 404);
  const tie = await getJson(app, `/api/ties?a=finland&b=russia&${N}`);
  t.equal(tie.status, 200);
  t.equal(JSON.stringify(tie.body).includes('finland-wary-russia'), true, "the tie card holds the pair's relations");
  t.equal((await getJson(app, '/api/ties?a=finland&b=russia')).status, 404);
  t.equal((await getJson(app, `/api/compare?actors=norway,finland&${N}`)).status, 200);
  t.equal((await getJson(app, `/api/compare?pairs=finland:russia,norway:sweden&${N}`)).status, 200);
  t.equal((await getJson(app, '/api/compare?actors=norway,finland')).status, 404);
  const path = await getJson(app, `/api/paths?from=equinor&to=sweden&${N}`);
  t.equal(path.body?.outcome, 'found');
  t.same(
    path.body?.paths[0].actors.map((actor: { id: string }) => actor.id),
    ['equinor', 'norway', 'sweden'],
    'the only route in the file: based in Norway, which supplies Sweden',
  );
  t.equal(
    (await getJson(app, '/api/paths?from=israel&to=azerbaijan')).body?.outcome,
    'found',
    'the default without dataset=',
  );
});

t.test('metrics, graph, sources and export answer from the dataset named', async (t) => {
  const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
  t.equal((await getJson(app, `/api/metrics?metrics=degree&${N}`)).body?.total, nordic.actors.length);
  t.equal((await getJson(app, '/api/metrics?metrics=degree')).body?.total, mini.actors.length);
  const graph = await getJson(app, `/api/graph?${N}`);
  t.same(
    graph.body?.nodes.map((node: { key: string }) => node.key).sort(),
    nordic.actors.map((actor: { id: string }) => actor.id).sort(),
  );
  t.equal(graph.body?.edges.length, nordic.relations.length);
  t.equal((await getJson(app, `/api/sources?${N}`)).body?.items[0].id, 'nordic');
  t.equal((await getJson(app, '/api/sources')).body?.items[0].id, 'mini');
  t.equal((await getJson(app, `/api/sources/nordic?${N}`)).body?.title, nordic.sources[0].title);
  t.equal((await getJson(app, '/api/sources/nordic')).status, 404);
  const text = await getJson(app, `/api/sources/nordic/text?${N}`);
  t.equal(text.body?.text, readFileSync(join(dirname(NORDIC), 'sources/nordic.txt'), 'utf8'));
  t.equal((await getJson(app, `/api/sources/nordic/coverage?${N}`)).status, 200);
  const exported = await getJson(app, `/api/export?format=json&${N}`);
  t.equal(exported.body?.id, nordic.id);
  t.equal(exported.body?.relations.length, nordic.relations.length);
  t.equal((await getJson(app, '/api/export?format=json')).body?.id, mini.id);
  const gexf = await app.inject({ url: `/api/export?format=gexf&${N}` });
  t.match(
    gexf.headers['content-disposition'],
    `filename="${nordic.id}.gexf"`,
    'the file is named after the dataset exported',
  );
  t.equal((await getJson(app, `/api/sources?${N}&dataset=${mini.id}`)).status, 400, 'one dataset per request');
});

t.test("ETags differ per dataset: one dataset's tag never earns a 304 from another", async (t) => {
  const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });
  for (const route of ['/api/graph?asOf=2020', '/api/export?format=gexf']) {
    const first = await get(route);
    const second = await get(`${route}&${N}`);
    t.type(first.headers.etag, 'string');
    t.not(first.headers.etag, second.headers.etag, route);
    t.equal(
      (await get(`${route}&${N}`, { 'if-none-match': String(first.headers.etag) })).statusCode,
      200,
      `${route}: the default's tag on the second`,
    );
    t.equal(
      (await get(`${route}&${N}`, { 'if-none-match': String(second.headers.etag) })).statusCode,
      304,
      `${route}: its own tag`,
    );
    t.equal(
      (await get(`${route}&dataset=${mini.id}`, { 'if-none-match': String(first.headers.etag) })).statusCode,
      304,
      `${route}: the default named or not, one tag`,
    );
  }
});

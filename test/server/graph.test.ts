// Tests for GET /api/graph: filters, graphology's format, ETag and 304.
import t from 'tap';
import Graph from 'graphology';
import { getJson, testApp } from './helpers.js';

t.test('graph refuses bad filters with a 400 naming the field and value', async (t) => {
  const app = await testApp(t);
  const kinds = await getJson(app, '/api/graph?kinds=arms-transfer,bogus-kind');
  t.equal(kinds.status, 400);
  t.equal(kinds.body?.field, 'kinds');
  t.match(kinds.body?.message, /bogus-kind/);
  const asOf = await getJson(app, '/api/graph?asOf=July');
  t.equal(asOf.status, 400);
  t.equal(asOf.body?.field, 'asOf');
  t.match(asOf.body?.message, /July/);
  const impossible = await getJson(app, '/api/graph?asOf=2019-02-30');
  t.equal(impossible.status, 400);
  t.equal(impossible.body?.field, 'asOf');
  const strength = await getJson(app, '/api/graph?minStrength=2');
  t.equal(strength.status, 400);
  t.equal(strength.body?.field, 'minStrength');
  const unknown = await getJson(app, '/api/graph?kind=arms-transfer');
  t.equal(unknown.status, 400);
  t.equal(unknown.body?.field, 'kind');
  const none = await getJson(app, '/api/graph?kinds=arms-transfer&exclude=arms-transfer');
  t.equal(none.status, 400);
  t.equal(none.body?.code, 'BAD_QUERY');
});

t.test('graph is graphology serialisation that Graph.from reads back', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/graph');
  t.equal(status, 200);
  const graph = Graph.from(body as never);
  t.equal(graph.order, 7);
  t.equal(graph.size, 7);
  t.equal(graph.type, 'mixed');
  t.ok(graph.hasEdge('israel-drones-azerbaijan'));
  t.equal(graph.isDirected('israel-drones-azerbaijan'), true, 'arms transfer is directed');
  t.equal(graph.isUndirected('armenia-azerbaijan-war-2020'), true, 'armed conflict is undirected');
  t.equal(graph.getNodeAttribute('israel-aerospace-industries', 'aliases')[0], 'IAI');
  t.equal(body?.attributes.id, 'server-mini');
});

t.test('graph filters by kinds and asOf (counted by hand on the fixture)', async (t) => {
  const app = await testApp(t);
  const arms = await getJson(app, '/api/graph?kinds=arms-transfer');
  t.same(arms.body?.edges.map((e: { key: string }) => e.key).sort(), [
    'iai-drones-azerbaijan',
    'israel-drones-azerbaijan',
  ]);
  t.equal(arms.body?.nodes.length, 7, 'all actors are kept');
  // As of 2015: the 2016 transfers and the 2020 war had not happened; the four undated ties count.
  const early = await getJson(app, '/api/graph?asOf=2015');
  t.same(early.body?.edges.map((e: { key: string }) => e.key).sort(), [
    'iai-based-in-israel',
    'iran-wary-israel',
    'israel-armenia-diplomatic',
    'turkey-supports-azerbaijan',
  ]);
  const hostile = await getJson(app, '/api/graph?valence=hostile');
  t.equal(hostile.body?.edges.length, 2);
});

t.test('graph sends a strong ETag and answers 304 to If-None-Match', async (t) => {
  const app = await testApp(t);
  const first = await getJson(app, '/api/graph?asOf=2016');
  const etag = first.headers.etag as string;
  t.match(etag, /^"[A-Za-z0-9_-]+"$/, 'strong (no W/)');
  const again = await getJson(app, '/api/graph?asOf=2016', { 'if-none-match': etag });
  t.equal(again.status, 304);
  t.equal(again.raw, '');
  const listed = await getJson(app, '/api/graph?asOf=2016', { 'if-none-match': `"other", ${etag}` });
  t.equal(listed.status, 304);
  const other = await getJson(app, '/api/graph?asOf=2017');
  t.not(other.headers.etag, etag, 'another query, another tag');
  const stale = await getJson(app, '/api/graph?asOf=2017', { 'if-none-match': etag });
  t.equal(stale.status, 200);
});

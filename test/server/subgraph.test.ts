// Tests for GET /api/subgraph on the server fixture (counted by hand): overview, focus, truncation, filters, ETag/304, bad input, unknown focus.
import t from 'tap';
import Graph from 'graphology';
import { getJson, testApp } from './helpers.js';

// Filtered strengths by hand (no filter): azerbaijan 0.9+0.7+0.8+0.8 = 3.2, israel 0.5+0.4+0.3+0.8 = 2.0, armenia 1.2,
// israel-aerospace-industries 1.2, turkey 0.8, iran 0.4, nagorno-karabakh 0.
const keys = (body: any) => body.nodes.map((node: { key: string }) => node.key);
const edgeKeys = (body: any) => body.edges.map((edge: { key: string }) => edge.key);

t.test('subgraph refuses bad input with a 4xx naming the field', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, number, string]> = [
    ['/api/subgraph?limit=0', 400, 'limit'],
    ['/api/subgraph?limit=5001', 400, 'limit'],
    ['/api/subgraph?limit=many', 400, 'limit'],
    ['/api/subgraph?focus=israel&depth=5', 400, 'depth'],
    ['/api/subgraph?depth=1', 400, 'depth'],
    ['/api/subgraph?focus=,', 400, 'focus'],
    ['/api/subgraph?focus=israel,iran&limit=1', 400, 'limit'],
    ['/api/subgraph?kinds=hugs', 400, 'kinds'],
    ['/api/subgraph?kinds=rivalry&exclude=rivalry', 400, 'kinds'],
    ['/api/subgraph?asOf=July', 400, 'asOf'],
    ['/api/subgraph?centre=israel', 400, 'centre'],
    ['/api/subgraph?dataset=nope', 404, 'dataset'],
  ];
  for (const [url, status, field] of cases) {
    const { status: got, body } = await getJson(app, url);
    t.equal(got, status, url);
    t.equal(body?.field, field, `${url} names ${field}`);
    t.notOk(body?.stack, 'no stack trace');
  }
});

t.test('an unknown focus actor is a 404 naming focus[i] with close matches', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/subgraph?focus=israel,isreal');
  t.equal(status, 404);
  t.equal(body?.code, 'NOT_FOUND');
  t.equal(body?.field, 'focus[1]');
  t.ok(body?.suggestions.includes('israel'));
});

t.test('overview: the strongest actors and the relations among them, with meta; Graph.from reads it', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/subgraph?limit=2');
  t.equal(status, 200);
  t.same(keys(body), ['azerbaijan', 'israel']);
  t.same(edgeKeys(body), ['israel-drones-azerbaijan']);
  t.same(body?.meta, {
    mode: 'overview',
    actors: 2,
    relations: 1,
    totalActors: 7,
    totalRelations: 7,
    truncated: true,
    layout: 'none',
  });
  t.same(body?.positions, {}, 'a small dataset gets no server layout');
  const { positions, meta, ...view } = body!;
  void positions;
  void meta;
  const graph = Graph.from(view as never);
  t.equal(graph.order, 2);
  t.equal(graph.isDirected('israel-drones-azerbaijan'), true);
  const whole = await getJson(app, '/api/subgraph');
  t.equal(whole.body?.meta.actors, 7);
  t.equal(whole.body?.meta.relations, 7);
  t.equal(whole.body?.meta.truncated, false);
});

t.test(
  'overview filters: as of 2015 only the four undated ties count (israel 1.2, then azerbaijan and turkey 0.8 by id)',
  async (t) => {
    const app = await testApp(t);
    const { body } = await getJson(app, '/api/subgraph?limit=3&asOf=2015');
    t.same(keys(body), ['israel', 'azerbaijan', 'turkey']);
    t.same(edgeKeys(body), ['turkey-supports-azerbaijan']);
    t.equal(body?.meta.totalRelations, 4);
  },
);

t.test('focus: hop by hop, strongest ties first, cut at the limit', async (t) => {
  const app = await testApp(t);
  const one = await getJson(app, '/api/subgraph?focus=iran');
  t.same(keys(one.body), ['iran', 'israel']);
  t.same(edgeKeys(one.body), ['iran-wary-israel']);
  t.equal(one.body?.meta.mode, 'focus');
  t.equal(one.body?.meta.truncated, false);
  const two = await getJson(app, '/api/subgraph?focus=iran&depth=2');
  t.same(keys(two.body), ['iran', 'israel', 'azerbaijan', 'israel-aerospace-industries', 'armenia']);
  t.same(edgeKeys(two.body), [
    'armenia-azerbaijan-war-2020',
    'israel-drones-azerbaijan',
    'iai-drones-azerbaijan',
    'iai-based-in-israel',
    'iran-wary-israel',
    'israel-armenia-diplomatic',
  ]);
  const cut = await getJson(app, '/api/subgraph?focus=iran&depth=2&limit=3');
  t.same(keys(cut.body), ['iran', 'israel', 'azerbaijan']);
  t.same(edgeKeys(cut.body), ['israel-drones-azerbaijan', 'iran-wary-israel']);
  t.same(cut.body?.meta, {
    mode: 'focus',
    actors: 3,
    relations: 2,
    totalActors: 7,
    totalRelations: 7,
    truncated: true,
    layout: 'none',
  });
  const hostile = await getJson(app, '/api/subgraph?focus=armenia&valence=hostile');
  t.same(keys(hostile.body), ['armenia', 'azerbaijan']);
  t.equal(hostile.body?.meta.totalRelations, 2);
});

t.test('subgraph sends a strong ETag and answers 304 to If-None-Match', async (t) => {
  const app = await testApp(t);
  const first = await getJson(app, '/api/subgraph?focus=iran&depth=2');
  const etag = String(first.headers.etag);
  t.match(etag, /^"[\w-]+"$/);
  const again = await app.inject({ url: '/api/subgraph?focus=iran&depth=2', headers: { 'if-none-match': etag } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  const other = await getJson(app, '/api/subgraph?focus=iran&depth=1', { 'if-none-match': etag });
  t.equal(other.status, 200, 'another question, another tag');
  t.not(other.headers.etag, etag);
  const overview = await getJson(app, '/api/subgraph?limit=3');
  t.not(overview.headers.etag, (await getJson(app, '/api/subgraph?limit=3&asOf=2015')).headers.etag);
  t.equal((await getJson(app, '/api/subgraph?limit=3')).raw, overview.raw, 'the memoised overview is the same text');
});

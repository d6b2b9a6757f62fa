// Tests for /api/paths: validation, 404s, modes and k on the fixture, and the article's IAI → Azerbaijan path.
import t from 'tap';
import { ARTICLE, getJson, testApp } from './helpers.js';

t.test('paths refuse bad input with the field named', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, number, string]> = [
    ['/api/paths?to=israel', 400, 'from'],
    ['/api/paths?from=israel', 400, 'to'],
    ['/api/paths?from=israel&to=israel', 400, 'to'],
    ['/api/paths?from=israel&to=iran&mode=fastest', 400, 'mode'],
    ['/api/paths?from=israel&to=iran&k=11', 400, 'k'],
    ['/api/paths?from=israel&to=iran&maxHops=0', 400, 'maxHops'],
    ['/api/paths?from=israel&to=iran&directed=maybe', 400, 'directed'],
    ['/api/paths?from=israel&to=iran&weight=money', 400, 'weight'],
    ['/api/paths?from=israel&to=iran&kinds=rivalry&exclude=rivalry', 400, 'kinds'],
    ['/api/paths?from=isrel&to=iran', 404, 'from'],
    ['/api/paths?from=israel&to=irn', 404, 'to'],
  ];
  for (const [url, status, field] of cases) {
    const response = await getJson(app, url);
    t.equal(response.status, status, url);
    t.equal(response.body?.field, field, `${url} names ${field}`);
  }
});

t.test('paths on the fixture: hops, evidence on each relation, no-path outcome', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/paths?from=iran&to=turkey');
  t.equal(status, 200);
  t.equal(body?.outcome, 'found');
  // Iran – Israel – Azerbaijan – Turkey: the only route, three hops.
  t.same(
    body?.paths[0].actors.map((a: any) => a.id),
    ['iran', 'israel', 'azerbaijan', 'turkey'],
  );
  t.equal(body?.paths[0].hops, 3);
  for (const relation of body?.paths[0].relations ?? [])
    t.ok(relation.evidence.length > 0, `${relation.id} has evidence`);
  const none = await getJson(app, '/api/paths?from=iran&to=turkey&maxHops=2');
  t.equal(none.status, 200);
  t.equal(none.body?.outcome, 'no-path');
  t.same(none.body?.paths, []);
  const directed = await getJson(app, '/api/paths?from=turkey&to=iran&directed=true');
  t.equal(directed.body?.outcome, 'no-path', 'against the direction of Iran → Israel');
});

t.test('the article: IAI reaches Azerbaijan in strongest mode with k alternatives', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const { status, body } = await getJson(
    app,
    '/api/paths?from=israel-aerospace-industries&to=azerbaijan&mode=strongest&k=3',
  );
  t.equal(status, 200);
  t.equal(body?.outcome, 'found');
  t.ok(body?.paths.length >= 1 && body?.paths.length <= 3);
  const scores = body?.paths.map((p: any) => p.score);
  t.same(
    scores,
    [...scores].sort((x: number, y: number) => y - x),
    'strongest first',
  );
  for (const path of body?.paths ?? []) {
    t.equal(path.actors[0].id, 'israel-aerospace-industries');
    t.equal(path.actors.at(-1).id, 'azerbaijan');
    t.equal(path.relations.length, path.hops);
  }
});

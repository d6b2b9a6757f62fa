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
    ['/api/paths?from=israel&to=iran&rollup=country', 400, 'rollup'],
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

t.test('the article with rollup=state: firms stand for their state, steps name them, no-path says why', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const same = await getJson(app, '/api/paths?from=israel&to=aeronautics-defense-systems&rollup=state');
  t.equal(same.status, 400);
  t.equal(same.body?.field, 'to', 'Aeronautics is based in Israel: with roll-up both ends are Israel');
  t.match(same.body?.message, /both israel/);

  const cooperative = await getJson(
    app,
    '/api/paths?from=united-states&to=aeronautics-defense-systems&mode=strongest&valence=cooperative&rollup=state',
  );
  t.equal(cooperative.status, 200);
  t.same(
    [cooperative.body?.outcome, cooperative.body?.paths, cooperative.body?.rolledUp],
    ['no-path', [], { from: 'united-states', to: 'israel' }],
  );
  t.match(cooperative.body?.why, /needs party to \(neutral, a structural link\)/);

  // Israel's firms and bodies reach Armenia through their own acts, each step naming who acted.
  const armenia = await getJson(app, '/api/paths?from=israel&to=armenian-military&mode=strongest&k=3&rollup=state');
  t.equal(armenia.status, 200);
  t.same(armenia.body?.rolledUp, { from: 'israel', to: 'armenia' });
  const vias = armenia.body?.paths.flatMap((p: any) => p.steps.map((s: any) => s.via ?? []));
  t.ok(
    vias.some((via: string[]) => via.includes('israeli-drone-manufacturer-2017') && via.includes('armenian-military')),
    "the 2017 drone maker's alleged attack on the Armenian military is a step from Israel to Armenia",
  );
  for (const path of armenia.body?.paths ?? []) {
    t.equal(path.actors[0].id, 'israel');
    t.equal(path.actors.at(-1).id, 'armenia');
    t.equal(path.hops, path.steps.length);
  }
});

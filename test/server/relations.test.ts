// Tests for /api/relations: listing with filters and paging, one relation with evidence, bad input and 404s.
import t from 'tap';
import { fixtureDataset } from '../graph/query/server-fixture.js';
import { getJson, testApp } from './helpers.js';

const ids = (body: any): string[] => body.items.map((r: any) => r.id).sort();

t.test('relations refuse bad input with a 400 naming the field', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, string]> = [
    ['/api/relations?kind=arms-transfer,hugs', 'kind'],
    ['/api/relations?kinds=arms-transfer', 'kinds'],
    ['/api/relations?valence=warm', 'valence'],
    ['/api/relations?asOf=2020-02-30', 'asOf'],
    ['/api/relations?limit=501', 'limit'],
    ['/api/relations?offset=x', 'offset'],
    ['/api/relations?kind=,,,', 'kind'],
  ];
  for (const [url, field] of cases) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 400, url);
    t.equal(body?.field, field, `${url} names ${field}`);
  }
  const bad = await getJson(app, '/api/relations?kind=arms-transfer,hugs');
  t.match(bad.body?.message, /"hugs"/, 'the message quotes the bad value');
});

t.test('unknown actor or relation: 404 with close matches', async (t) => {
  const app = await testApp(t);
  const actor = await getJson(app, '/api/relations?actor=armeni');
  t.equal(actor.status, 404);
  t.equal(actor.body?.field, 'actor');
  t.ok(actor.body?.suggestions.includes('armenia'));
  const relation = await getJson(app, '/api/relations/iran-wary-isreal');
  t.equal(relation.status, 404);
  t.same(relation.body?.suggestions, ['iran-wary-israel']);
});

t.test('relations by actor, kind, valence and as-of date (brute force over the fixture)', async (t) => {
  const app = await testApp(t);
  const byActor = await getJson(app, '/api/relations?actor=israel&limit=500');
  const expected = fixtureDataset.relations
    .filter((r) => r.source === 'israel' || r.target === 'israel')
    .map((r) => r.id)
    .sort();
  t.same(ids(byActor.body), expected);
  const arms = await getJson(app, '/api/relations?kind=arms-transfer&valence=cooperative');
  t.same(
    ids(arms.body),
    fixtureDataset.relations
      .filter((r) => r.kind === 'arms-transfer')
      .map((r) => r.id)
      .sort(),
  );
  const early = await getJson(app, '/api/relations?actor=azerbaijan&asOf=2015');
  t.same(ids(early.body), ['turkey-supports-azerbaijan']);
  const page = await getJson(app, '/api/relations?limit=2&offset=6');
  t.equal(page.body?.total, fixtureDataset.relations.length);
  t.equal(page.body?.items.length, 1, 'seven relations, the page starts at the seventh');
});

t.test('one relation carries its evidence', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/relations/israel-drones-azerbaijan');
  t.equal(status, 200);
  t.same(body?.evidence, [{ source: 'mini', quote: 'Israel sold drones to Azerbaijan in 2016' }]);
  t.equal(body?.kind, 'arms-transfer');
});

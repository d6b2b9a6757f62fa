// Tests for /api/actors: search, one actor's summary, neighbours; bad inputs and 404s with close matches.
import t from 'tap';
import { ARTICLE, getJson, testApp } from './helpers.js';

t.test('actor routes refuse bad input with a 400 naming the field', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, string]> = [
    ['/api/actors?kind=planet', 'kind'],
    ['/api/actors?limit=0', 'limit'],
    ['/api/actors?limit=abc', 'limit'],
    ['/api/actors?offset=-1', 'offset'],
    ['/api/actors?q=!!!', 'q'],
    ['/api/actors?nope=1', 'nope'],
    ['/api/actors/israel?asOf=2020-13', 'asOf'],
    ['/api/actors/israel?limit=0', 'limit'],
    ['/api/actors/israel/neighbors?depth=9', 'depth'],
    ['/api/actors/israel/neighbors?direction=sideways', 'direction'],
    ['/api/actors/israel/neighbors?valence=friendly', 'valence'],
    ['/api/actors/israel/neighbors?minConfidence=-0.1', 'minConfidence'],
  ];
  for (const [url, field] of cases) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 400, url);
    t.equal(body?.field, field, `${url} names ${field}`);
    t.type(body?.message, 'string');
  }
  const value = await getJson(app, '/api/actors/israel/neighbors?direction=sideways');
  t.match(value.body?.message, /sideways|out, in|allowed values/, 'the message helps');
});

t.test('unknown actors are 404s naming the id with close matches', async (t) => {
  const app = await testApp(t);
  for (const url of ['/api/actors/isreal', '/api/actors/isreal/neighbors']) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 404, url);
    t.equal(body?.code, 'NOT_FOUND');
    t.match(body?.message, /isreal/);
    t.ok(body?.suggestions.includes('israel'), 'suggests israel');
  }
  const hostile = await getJson(app, `/api/actors/${encodeURIComponent("x'; DROP TABLE actors;--\u0000<script>")}`);
  t.equal(hostile.status, 404, 'SQL/JS-looking ids are plain strings');
  t.match(hostile.body?.message, /DROP TABLE/);
});

t.test('search finds by alias, accent- and case-insensitively (fixture)', async (t) => {
  const app = await testApp(t);
  const baku = await getJson(app, '/api/actors?q=baku');
  t.equal(baku.body?.items[0].actor.id, 'azerbaijan');
  const turkey = await getJson(app, '/api/actors?q=T%C3%BCRKIYE');
  t.equal(turkey.body?.items[0].actor.id, 'turkey');
  const firms = await getJson(app, '/api/actors?kind=firm,territory');
  t.same(firms.body?.items.map((hit: any) => hit.actor.id).sort(), ['israel-aerospace-industries', 'nagorno-karabakh']);
  const paged = await getJson(app, '/api/actors?kind=state&limit=2&offset=1');
  t.equal(paged.body?.total, 5);
  t.same(
    paged.body?.items.map((hit: any) => hit.actor.id),
    ['azerbaijan', 'iran'],
  );
});

t.test('search on the article dataset: "baku" finds Azerbaijan and "IAI" Israel Aerospace Industries', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  t.equal((await getJson(app, '/api/actors?q=baku')).body?.items[0].actor.id, 'azerbaijan');
  t.equal((await getJson(app, '/api/actors?q=IAI')).body?.items[0].actor.id, 'israel-aerospace-industries');
  t.equal((await getJson(app, '/api/actors?q=washington')).body?.items[0].actor.id, 'united-states');
});

t.test('one actor: its ties summarised by partner (fixture, counted by hand)', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/actors/azerbaijan');
  t.equal(status, 200);
  t.equal(body?.actor.id, 'azerbaijan');
  // Azerbaijan: war with Armenia, transfers from IAI and Israel, partnership with Turkey → 4 partners.
  t.same(body?.partners.map((p: any) => p.partner.id).sort(), [
    'armenia',
    'israel',
    'israel-aerospace-industries',
    'turkey',
  ]);
  const early = await getJson(app, '/api/actors/azerbaijan?asOf=2015');
  t.same(
    early.body?.partners.map((p: any) => p.partner.id),
    ['turkey'],
    'as of 2015 only the undated partnership counts',
  );
});

t.test('neighbours within depth, with the relations among them (fixture)', async (t) => {
  const app = await testApp(t);
  const one = await getJson(app, '/api/actors/iran/neighbors');
  t.same(one.body?.actors.map((a: any) => a.actor.id).sort(), ['iran', 'israel']);
  t.same(
    one.body?.relations.map((r: any) => r.id),
    ['iran-wary-israel'],
  );
  const two = await getJson(app, '/api/actors/iran/neighbors?depth=2&exclude=based-in');
  // Israel's partners besides Iran, the based-in tie excluded: Armenia (diplomatic), Azerbaijan (transfer).
  t.same(two.body?.actors.map((a: any) => a.actor.id).sort(), ['armenia', 'azerbaijan', 'iran', 'israel']);
  t.equal(two.body?.depth, 2);
});

t.test(
  '/api/actors?q=Isr ranks Israel (a name prefix) above actors whose id or inner words match (issue 16)',
  async (t) => {
    const app = await testApp(t, { dataFile: ARTICLE });
    const { status, body } = await getJson(app, '/api/actors?q=Isr&limit=50');
    t.equal(status, 200);
    const items = (body?.items ?? []) as Array<{ actor: { id: string }; match: { rank: string } }>;
    t.equal(items[0]?.actor.id, 'israel', 'Israel first');
    const crisis = items.findIndex((hit) => hit.actor.id === 'israel-turkey-crisis');
    t.ok(
      crisis > 0 && items[crisis]!.match.rank === 'word',
      'the crisis (its name has the word "Israeli", its id starts with "israel") comes after, as a word match',
    );
  },
);

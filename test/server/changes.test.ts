// Tests for /api/changes: bad and missing dates name their field; appeared / ended / changed on the fixture and the article's dataset.
import t from 'tap';
import { ARTICLE, getJson, testApp } from './helpers.js';

t.test('changes refuse missing, malformed and reversed dates, naming the field', async (t) => {
  const app = await testApp(t);
  for (const [url, field] of [
    ['/api/changes?to=2020', 'from'],
    ['/api/changes?from=2010', 'to'],
    ['/api/changes?from=2010&to=twenty', 'to'],
    ['/api/changes?from=2019-02-30&to=2020', 'from'],
    ['/api/changes?from=2020&to=2010', 'to'],
    ['/api/changes?from=2010&to=2020&kinds=armed-conflikt', 'kinds'],
  ] as const) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 400, url);
    t.equal(body?.field, field, `${url} names ${field}`);
  }
  const asOf = await getJson(app, '/api/changes?from=2010&to=2020&asOf=2016');
  t.equal(asOf.status, 400, 'asOf makes no sense beside from and to');
});

t.test('the fixture: what appeared between 2015 and 2020, and the filter', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/changes?from=2015&to=2020');
  t.equal(status, 200);
  t.same(
    body?.appeared.map((c: any) => c.relation),
    ['armenia-azerbaijan-war-2020', 'israel-drones-azerbaijan', 'iai-drones-azerbaijan'],
    'by pair: azerbaijan–israel before azerbaijan–israel-aerospace-industries',
  );
  t.same([body?.ended, body?.changed], [[], []]);
  t.same(body?.appeared[0], {
    a: 'armenia',
    b: 'azerbaijan',
    kind: 'armed-conflict',
    relation: 'armenia-azerbaijan-war-2020',
    strengthFrom: null,
    strengthTo: 0.9,
    evidence: body?.appeared[0].evidence,
  });
  t.type(body?.appeared[0].evidence.quote, 'string');
  const arms = await getJson(app, '/api/changes?from=2015&to=2020&kinds=arms-transfer');
  t.same(
    arms.body?.appeared.map((c: any) => c.relation),
    ['israel-drones-azerbaijan', 'iai-drones-azerbaijan'],
  );
  const later = await getJson(app, '/api/changes?from=2016&to=2020');
  t.same(
    later.body?.appeared.map((c: any) => c.relation),
    ['armenia-azerbaijan-war-2020'],
    'the 2016 transfers held already in 2016',
  );
});

t.test(
  'the article: the four-day war ended and Armenia–Azerbaijan fighting changed strength, 2016 → 2020',
  async (t) => {
    const app = await testApp(t, { dataFile: ARTICLE });
    const { status, body } = await getJson(app, '/api/changes?from=2016&to=2020');
    t.equal(status, 200);
    t.ok(body?.ended.some((c: any) => c.relation === 'armenia-azerbaijan-war-2016'));
    t.same(
      body?.changed.map((c: any) => [c.a, c.b, c.kind, c.strengthFrom, c.strengthTo]),
      [['armenia', 'azerbaijan', 'armed-conflict', 1, 0.8]],
    );
  },
);

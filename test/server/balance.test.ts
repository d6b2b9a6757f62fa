// Tests for /api/balance: signed triads on the article, as of a date and per actor; bad parameters named.
import t from 'tap';
import { getJson, testApp, ARTICLE } from './helpers.js';

t.test('balance refuses an unknown actor, a bad limit and a bad rollup, naming each', async (t) => {
  const app = await testApp(t);
  for (const [url, status, field] of [
    ['/api/balance?actor=isreal', 404, 'actor'],
    ['/api/balance?limit=0', 400, 'limit'],
    ['/api/balance?rollup=firm', 400, 'rollup'],
    ['/api/balance?asOf=soon', 400, 'asOf'],
  ] as const) {
    const response = await getJson(app, url);
    t.equal(response.status, status, url);
    t.equal(response.body?.field, field, url);
  }
});

t.test('the article as of 2012: Israel is the friend of two enemies', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const { status, body } = await getJson(app, '/api/balance?asOf=2012');
  t.equal(status, 200);
  t.equal(body?.unbalanced, 1);
  t.same(body?.triads[0].actors, ['armenia', 'azerbaijan', 'israel']);
  t.same(
    body?.triads[0].edges.map((edge: any) => edge.sign),
    ['-', '+', '+'],
  );
  t.ok(body?.triads[0].edges.every((edge: any) => edge.evidence.quote.length > 0));
  const israel = await getJson(app, '/api/balance?asOf=2012&actor=israel&rollup=state');
  t.equal(israel.body?.actor, 'israel');
  t.equal(israel.body?.rollup, 'state');
  t.ok(israel.body?.unbalanced >= 1);
});

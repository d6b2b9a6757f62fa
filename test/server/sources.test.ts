// Tests for /api/sources: the list, one source, its text, and unknown ids.
import t from 'tap';
import { getJson, testApp } from './helpers.js';

t.test('unknown source: 404 naming the id with close ids', async (t) => {
  const app = await testApp(t);
  for (const url of ['/api/sources/mino', '/api/sources/mino/text']) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 404, url);
    t.match(body?.message, /mino/);
    t.same(body?.suggestions, ['mini']);
  }
});

t.test('sources list, one source and its text holding every quote', async (t) => {
  const app = await testApp(t);
  const list = await getJson(app, '/api/sources');
  t.equal(list.body?.total, 1);
  t.equal(list.body?.items[0].id, 'mini');
  const one = await getJson(app, '/api/sources/mini');
  t.equal(one.body?.title, 'Mini text');
  const text = await app.inject({ url: '/api/sources/mini/text', headers: { accept: 'text/plain' } });
  t.equal(text.statusCode, 200);
  t.match(text.headers['content-type'], /text\/plain/);
  const relations = (await getJson(app, '/api/relations?limit=500')).body?.items ?? [];
  for (const relation of relations)
    t.ok(text.body.includes(relation.evidence[0].quote), `${relation.id} quote is in the text`);
});

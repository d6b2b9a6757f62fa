// Tests for /api/health and its probes.
import t from 'tap';
import { getJson, testApp } from './helpers.js';

t.test('health refuses unknown query parameters and methods', async (t) => {
  const app = await testApp(t);
  const unknown = await getJson(app, '/api/health/nope');
  t.equal(unknown.status, 404);
  t.equal(unknown.body?.code, 'NO_ROUTE');
  const post = await app.inject({ method: 'POST', url: '/api/health' });
  t.equal(post.statusCode, 404);
});

t.test('health reports the dataset id and counts', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/health');
  t.equal(status, 200);
  t.equal(body?.status, 'ok');
  t.equal(body?.dataset, 'server-mini');
  t.equal(body?.actors, 7, 'seven actors in the fixture');
  t.equal(body?.relations, 7, 'seven relations in the fixture');
  t.equal(body?.live, true);
  t.equal(body?.ready, true);
  t.match(body?.hash, /^[0-9a-f]{32}$/);
});

t.test('liveness and readiness probes', async (t) => {
  const app = await testApp(t);
  t.same((await getJson(app, '/api/health/live')).body, { status: 'ok' });
  t.same((await getJson(app, '/api/health/ready')).body, { status: 'ok' });
  app.lifecycle.closing = true;
  const ready = await getJson(app, '/api/health/ready');
  t.equal(ready.status, 503);
  t.equal((await getJson(app, '/api/health')).body?.ready, false);
});

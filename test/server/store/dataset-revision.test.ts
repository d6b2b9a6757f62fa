// GET /api/datasets names the head revision of a dataset served from the store (the explorer offers history and time travel only then), and none for a file.
import t from 'tap';
import { buildApp } from '../../../server/app.js';
import { FIXTURE } from '../helpers.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

t.setTimeout(240_000);

t.test('a stored dataset lists its head revision, which follows each write', async (t) => {
  const app = await storeApp(t, 'pglite');
  t.match((await send(app, 'GET', '/api/datasets')).body, { datasets: [{ id: 'server-mini', revision: 1 }] });
  t.equal((await send(app, 'POST', '/api/relations', NEW_RELATION)).status, 201);
  t.match((await send(app, 'GET', '/api/datasets')).body, { datasets: [{ revision: 2 }] });
});

t.test('a dataset served from its file has no revision', async (t) => {
  const app = await buildApp({ dataFile: FIXTURE, logLevel: 'silent', rateLimitMax: 0 });
  t.teardown(() => app.close());
  const answer = await app.inject({ url: '/api/datasets' });
  t.equal(answer.statusCode, 200);
  t.notOk('revision' in answer.json().datasets[0]);
});

// A server over the store: an empty store is seeded from the dataset file, later starts serve what the store holds, answers name their revision.
import t from 'tap';
import { buildApp } from '../../../server/app.js';
import { FIXTURE, NORDIC } from '../helpers.js';
import { freshLocation, testBackends } from './backends.js';
import { send, storeApp } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

for (const backend of testBackends()) {
  t.test(`${backend}: an empty store is seeded from the file, then served from the store`, async (t) => {
    const location = await freshLocation(t, backend);
    const first = await storeApp(t, backend, {}, location);
    const health = await send(first, 'GET', '/api/health');
    t.equal(health.status, 200);
    t.equal(health.body?.dataset, 'server-mini');
    const actor = await send(first, 'GET', '/api/actors/israel');
    t.equal(actor.status, 200, 'the graph was built from the store');
    t.equal(actor.headers['x-revision'], '1', 'answers name the revision they answered from');
    t.equal((await send(first, 'GET', '/api/datasets')).body?.datasets.length, 1);
    await first.close();

    // A second start with another file named: the store is not empty, so it serves what it holds and reads no file.
    const second = await storeApp(t, backend, { dataFiles: [NORDIC] }, location);
    t.same(
      (await send(second, 'GET', '/api/datasets')).body?.datasets.map((d: { id: string }) => d.id),
      ['server-mini'],
    );
    t.equal(second.storeConnection?.backend, backend);
  });

  t.test(`${backend}: a bad seed file stops the start and leaves the store empty`, async (t) => {
    const location = await freshLocation(t, backend);
    await t.rejects(
      buildApp({
        dataFile: `${FIXTURE}.missing`,
        logLevel: 'silent',
        store: 'on',
        dataDir: location.dataDir,
        databaseUrl: location.databaseUrl ?? '',
      }),
    );
    const app = await storeApp(t, backend, {}, location);
    t.equal((await send(app, 'GET', '/api/health')).body?.dataset, 'server-mini', 'the next start seeds it');
  });
}

t.test('files mode: no revision header, no store', async (t) => {
  const app = await buildApp({ dataFile: FIXTURE, logLevel: 'silent', rateLimitMax: 0 });
  t.teardown(() => app.close());
  const actor = await send(app, 'GET', '/api/actors/israel');
  t.equal(actor.status, 200);
  t.equal(actor.headers['x-revision'], undefined);
  t.equal(app.storeConnection, null);
});

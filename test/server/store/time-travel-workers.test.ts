// `revision=` on a dataset served by worker threads (a small WORKER_MIN_RELATIONS): past snapshots answer like the head did, and their workers stop when they leave the cache.
import t from 'tap';
import { PastRevisions } from '../../../server/store/past-revisions.js';
import type { Snapshot } from '../../../server/dataset-store.js';
import { snapshotRevision } from '../../../server/store/store-loader.js';
import { testBackends } from './backends.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

// Two stores per backend and worker threads loading TypeScript sources on a shared 2-core machine.
t.setTimeout(360_000);

// Budgets long enough for a worker that boots from TypeScript sources on a busy machine (compiled: milliseconds).
const WORKERS = { workerMinRelations: 0, queryWorkers: 1, metricsTimeBudget: 120_000, pathTimeBudget: 20_000 };

/** Reads that run in worker threads on a large dataset: paths, neighbourhoods, actor search, metrics. */
const URLS = [
  '/api/paths?from=turkey&to=azerbaijan&k=3',
  '/api/paths?from=israel&to=armenia&mode=strongest&k=2',
  '/api/actors/turkey/neighbors?depth=2',
  '/api/actors?q=tur',
  '/api/metrics?metrics=degree,betweenness',
];

for (const backend of testBackends()) {
  t.test(`${backend}: past revisions of a worker-served dataset answer as the head did then`, async (t) => {
    const inline = await storeApp(t, backend); // revision 1, answered on the main thread
    const workers = await storeApp(t, backend, WORKERS);
    const created = await send(workers, 'POST', '/api/relations', NEW_RELATION); // revision 2
    t.equal(created.status, 201, JSON.stringify(created.body));
    for (const url of URLS) {
      const expected = await send(inline, 'GET', url);
      t.equal(expected.status, 200, url);
      const past = await send(workers, 'GET', `${url}${url.includes('?') ? '&' : '?'}revision=1`);
      t.equal(past.status, 200, `${url} at revision 1: ${JSON.stringify(past.body).slice(0, 200)}`);
      t.equal(past.headers['x-revision'], '1');
      t.same(past.body, expected.body, `${url}: revision 1 from workers equals the inline answer`);
    }
    const ids = (body: Record<string, any> | undefined) => body?.relations.map((r: { id: string }) => r.id);
    const now = await send(workers, 'GET', URLS[2]!);
    t.equal(now.headers['x-revision'], '2');
    t.ok(ids(now.body).includes(NEW_RELATION.id), 'the head holds the new relation');
    t.notOk(
      ids((await send(workers, 'GET', `${URLS[2]}&revision=1`)).body).includes(NEW_RELATION.id),
      'revision 1 does not',
    );
  });
}

t.test('a past revision leaving the cache is handed to onEvict, so its workers stop', async (t) => {
  const app = await storeApp(t, 'pglite', WORKERS);
  for (let n = 0; n < 5; n++) {
    const write = await send(app, 'POST', '/api/relations', { ...NEW_RELATION, id: `${NEW_RELATION.id}-${n}` });
    t.equal(write.status, 201);
  } // revisions 2..6
  const evicted: Array<[string, number | undefined]> = [];
  const past = new PastRevisions(app.storeConnection!.db, (id, snapshot: Snapshot) =>
    evicted.push([id, snapshotRevision(snapshot)]),
  );
  for (let revision = 1; revision <= 4; revision++) await past.snapshot('server-mini', revision);
  t.same(evicted, [], 'four past revisions fit');
  await past.snapshot('server-mini', 1); // used again: now the most recent
  await past.snapshot('server-mini', 5);
  await new Promise((resolve) => setImmediate(resolve));
  t.same(evicted, [['server-mini', 2]], 'the least recently used one leaves');
  // Through the app: five past revisions in a row, each with its own workers, all answer.
  for (let revision = 1; revision <= 5; revision++) {
    const answer = await send(app, 'GET', `/api/actors?q=tur&revision=${revision}`);
    t.equal(answer.status, 200);
    t.equal(answer.headers['x-revision'], String(revision));
  }
});

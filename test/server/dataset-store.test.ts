// Tests for server/dataset-store.ts: refusing bad data at start, reload keeping the last good data, atomic swaps.
import t from 'tap';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { DatasetStore, describeLoadError, remember, type StoreLogger } from '../../server/dataset-store.js';
import { FIXTURE, getJson, testApp } from './helpers.js';

/** A logger that keeps what it is told. */
function memoryLogger() {
  const lines: Array<{ level: 'info' | 'error'; object: any; message: string }> = [];
  const logger: StoreLogger = {
    info: (object, message) => lines.push({ level: 'info', object, message }),
    error: (object, message) => lines.push({ level: 'error', object, message }),
  };
  return { logger, lines };
}

/** A temp copy of the fixture dataset (with its source text) that the test may rewrite. */
function tempDataset(t: Parameters<typeof testApp>[0]): string {
  const dir = t.testdir();
  cpSync(dirname(FIXTURE), dir, { recursive: true });
  return join(dir, 'mini.json');
}

t.test('open refuses a bad dataset with its issues', async (t) => {
  const file = tempDataset(t);
  writeFileSync(file, '{ "schemaVersion": 1, ');
  const { logger } = memoryLogger();
  await t.rejects(DatasetStore.open(file, loadDatasetFile, logger), { name: 'DatasetLoadError' });
  const error = await DatasetStore.open(file, loadDatasetFile, logger).catch((e: unknown) => e);
  t.match(describeLoadError(error)[0], /mini\.json:\d+:\d+:/, 'file, line and column');
  t.same(describeLoadError(new Error('plain')), ['plain']);
});

t.test('reload with a bad file keeps the last good data and logs every issue', async (t) => {
  const file = tempDataset(t);
  const { logger, lines } = memoryLogger();
  const store = await DatasetStore.open(file, loadDatasetFile, logger);
  const before = store.current;
  const dataset = JSON.parse(readFileSync(file, 'utf8'));
  dataset.relations[0].source = 'atlantis';
  dataset.relations[1].strength = 7;
  writeFileSync(file, JSON.stringify(dataset));
  const result = await store.reload();
  t.equal(result.ok, false);
  t.equal(store.current, before, 'the same snapshot still serves');
  const logged = lines.find((line) => line.level === 'error');
  t.ok(logged, 'the refusal is logged');
  t.equal(logged?.object.file, file);
  t.ok(
    logged?.object.issues.some((issue: string) => issue.includes('/relations/0/source')),
    'names the JSON path of the unknown actor',
  );
  t.ok(
    logged?.object.issues.some((issue: string) => issue.includes('/relations/1/strength')),
    'and of the bad strength',
  );
});

t.test('reload with a good file swaps in the new data, index and hash together', async (t) => {
  const file = tempDataset(t);
  const { logger } = memoryLogger();
  const store = await DatasetStore.open(file, loadDatasetFile, logger);
  const before = store.current;
  remember(before, 'x', () => 1);
  const dataset = JSON.parse(readFileSync(file, 'utf8'));
  dataset.actors.push({ id: 'georgia', name: 'Georgia', kind: 'state', aliases: ['Tbilisi'] });
  writeFileSync(file, JSON.stringify(dataset));
  const result = await store.reload();
  t.equal(result.ok, true);
  t.not(store.current.hash, before.hash);
  t.equal(store.current.graph.order, before.graph.order + 1);
  t.equal(store.current.index.nodeCount, store.current.graph.order, 'the index belongs to the new graph');
  t.equal(store.current.memo.size, 0, 'derived values start afresh');
  t.equal(before.graph.order, 7, 'the old snapshot is untouched for requests still using it');
});

t.test('through the app: requests during reloads see the old or the new dataset, never a mix', async (t) => {
  const file = tempDataset(t);
  const app = await testApp(t, { dataFile: file });
  const old = (await getJson(app, '/api/health')).body!;
  const good = JSON.parse(readFileSync(file, 'utf8'));
  good.actors.push({ id: 'georgia', name: 'Georgia', kind: 'state', aliases: [] });
  writeFileSync(file, JSON.stringify(good));
  const reloads = [app.store.reload(), app.store.reload()];
  const answers = await Promise.all(Array.from({ length: 40 }, () => getJson(app, '/api/health')));
  await Promise.all(reloads);
  const fresh = (await getJson(app, '/api/health')).body!;
  t.equal(fresh.actors, 8);
  for (const { body } of answers) {
    const pair = [body!.hash, body!.actors];
    t.ok(
      (pair[0] === old.hash && pair[1] === 7) || (pair[0] === fresh.hash && pair[1] === 8),
      'hash and counts from one snapshot',
    );
  }
  writeFileSync(file, 'not json');
  t.equal((await app.store.reload()).ok, false);
  t.equal((await getJson(app, '/api/health')).body?.hash, fresh.hash, 'a bad file leaves the good data serving');
  t.equal((await getJson(app, '/api/actors/georgia')).status, 200);
});

t.test('remember computes once per key, keeps at most 8 entries, and skips values `keep` refuses', async (t) => {
  const file = tempDataset(t);
  const store = await DatasetStore.open(file, loadDatasetFile, memoryLogger().logger);
  const snapshot = store.current;
  let calls = 0;
  const compute = () => ++calls;
  t.equal(remember(snapshot, 'a', compute), 1);
  t.equal(remember(snapshot, 'a', compute), 1, 'memoised');
  for (let i = 0; i < 10; i++) remember(snapshot, `k${i}`, compute);
  t.equal(snapshot.memo.size, 8);
  t.notOk(snapshot.memo.has('a'), 'the oldest entry went first');
  t.equal(
    remember(
      snapshot,
      'big',
      () => 'x'.repeat(10),
      (value) => value.length < 5,
    ),
    'x'.repeat(10),
  );
  t.notOk(snapshot.memo.has('big'), 'a refused value is returned but not kept');
});

// Tests for server/datasets.ts and GET /api/datasets: ids distinct at start, lookup by id, reloads of one dataset leaving the others untouched, readiness of all.
import t from 'tap';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { NotFoundError } from '../../graph/errors.js';
import { buildApp } from '../../server/app.js';
import { mergeSettings } from '../../server/config.js';
import { DatasetStore, describeLoadError, type StoreLogger } from '../../server/dataset-store.js';
import { Datasets } from '../../server/datasets.js';
import { FIXTURE, getJson, NORDIC, testApp } from './helpers.js';

const TOKEN = 'test-admin-token-0123456789';
const quiet: StoreLogger = { info: () => undefined, error: () => undefined };
const budgets = mergeSettings({ logLevel: 'silent' });
const mini = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const nordic = JSON.parse(readFileSync(NORDIC, 'utf8'));

/** Both fixtures (with their source texts) copied to a temp folder the test may rewrite. */
function tempFiles(t: Parameters<typeof testApp>[0]): { mini: string; nordic: string; copy: string } {
  const dir = t.testdir();
  cpSync(dirname(FIXTURE), dir, { recursive: true });
  const copy = join(dir, 'mini-again.json');
  cpSync(FIXTURE, copy);
  return { mini: join(dir, 'mini.json'), nordic: join(dir, 'nordic.json'), copy };
}

t.test('two files with one id are refused at start, naming both files', async (t) => {
  const files = tempFiles(t);
  const error = await Datasets.open([files.mini, files.nordic, files.copy], loadDatasetFile, budgets, quiet).catch(
    (e: unknown) => e,
  );
  t.type(error, Error);
  const issues = describeLoadError(error);
  t.equal(issues.length, 1);
  t.ok(issues[0]!.includes(files.mini) && issues[0]!.includes(files.copy), `names both files: ${issues[0]}`);
  t.match(issues[0], /:\/id: dataset id "server-mini"/, "file and JSON path first, as the loader's issues");
  t.match((error as Error).message, /"server-mini" is the id of both/);
  await t.rejects(
    buildApp({ dataFiles: [files.mini, files.copy], logLevel: 'silent' }),
    /server-mini/,
    'and so does the app',
  );
  const one = await DatasetStore.open(files.mini, loadDatasetFile, quiet);
  const two = await DatasetStore.open(files.copy, loadDatasetFile, quiet);
  t.throws(() => Datasets.of([one, two], budgets, quiet), /server-mini/, 'stores given ready-made are checked too');
});

t.test('a bad file among several stops the start with its file, JSON path and reason', async (t) => {
  const files = tempFiles(t);
  const broken = JSON.parse(readFileSync(files.nordic, 'utf8'));
  broken.relations[1].target = 'atlantis';
  writeFileSync(files.nordic, JSON.stringify(broken));
  const error = await Datasets.open([files.mini, files.nordic], loadDatasetFile, budgets, quiet).catch(
    (e: unknown) => e,
  );
  t.ok(
    describeLoadError(error).some((issue) => issue.startsWith(`${files.nordic}:/relations/1/target`)),
    'names the file and the field',
  );
});

t.test('entry and resolve: the default without an id, NotFoundError naming `dataset` for an unknown one', async (t) => {
  const datasets = await Datasets.open([FIXTURE, NORDIC], loadDatasetFile, budgets, quiet);
  t.teardown(() => datasets.close());
  t.throws(() => datasets.entry('nope'), NotFoundError);
  const thrown = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  };
  t.match(
    thrown(() => datasets.resolve('SERVER-MINI')),
    { field: 'dataset', suggestions: ['server-mini'] },
    'ids are exact; the near miss is suggested',
  );
  t.match(
    thrown(() => datasets.resolve('')),
    { field: 'dataset' },
  );
  t.same(datasets.ids(), [mini.id, nordic.id]);
  t.equal(datasets.resolve(undefined).id, mini.id, 'the first file is the default');
  const second = datasets.resolve(nordic.id);
  t.equal(second.snapshot.graph.order, nordic.actors.length);
  t.equal(second.queries, datasets.entries[1]!.queries, 'its own query service');
  t.not(second.queries, datasets.default.queries);
  t.equal(datasets.ready(), true);
});

t.test('GET /api/datasets lists every dataset, the default first, with counts and hashes', async (t) => {
  const app = await testApp(t, { dataFiles: [NORDIC, FIXTURE] });
  t.equal((await getJson(app, '/api/datasets?x=1')).status, 400, 'takes no parameters');
  const { status, body } = await getJson(app, '/api/datasets');
  t.equal(status, 200);
  t.match(body?.datasets, [
    {
      id: nordic.id,
      title: nordic.title,
      description: nordic.description,
      actors: nordic.actors.length,
      relations: nordic.relations.length,
      ready: true,
      default: true,
    },
    {
      id: mini.id,
      title: mini.title,
      actors: mini.actors.length,
      relations: mini.relations.length,
      ready: true,
      default: false,
    },
  ]);
  t.notOk('description' in body!.datasets[1], 'no description when the file has none');
  const health = (await getJson(app, '/api/health')).body!;
  t.equal(health.dataset, nordic.id, "health's top-level fields are the default's");
  t.same(
    health.datasets,
    body!.datasets.map(({ id, ready, actors, relations, hash }: Record<string, unknown>) => ({
      id,
      ready,
      actors,
      relations,
      hash,
    })),
  );
  for (const entry of body!.datasets) t.match(entry.loadedAt, /^\d{4}-\d\d-\d\dT/);
  t.equal(
    (await getJson(app, '/api/graph')).body?.nodes.length,
    nordic.actors.length,
    'the default answers without dataset=',
  );
});

t.test('ready only when every dataset is', async (t) => {
  const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
  t.equal((await getJson(app, '/api/health/ready')).status, 200);
  // Stand-in for a large second dataset whose workers are still loading (the workers' own tests cover the real case).
  const queries = app.datasets.entries[1]!.queries;
  queries.ready = () => false;
  t.equal((await getJson(app, '/api/health/ready')).status, 503);
  const health = (await getJson(app, '/api/health')).body!;
  t.equal(health.ready, false);
  t.same(
    health.datasets.map((entry: { ready: boolean }) => entry.ready),
    [true, false],
  );
  t.same(
    (await getJson(app, '/api/datasets')).body?.datasets.map((entry: { ready: boolean }) => entry.ready),
    [true, false],
  );
});

t.test('admin reload of one dataset, good or bad, leaves the other untouched', async (t) => {
  const files = tempFiles(t);
  const app = await testApp(t, { adminToken: TOKEN, dataFiles: [files.mini, files.nordic] });
  const reload = (query = '') =>
    app.inject({ method: 'POST', url: `/api/admin/reload${query}`, headers: { authorization: `Bearer ${TOKEN}` } });
  const hashes = async () =>
    ((await getJson(app, '/api/datasets')).body!.datasets as Array<{ hash: string }>).map((entry) => entry.hash);
  const [miniHash, nordicHash] = await hashes();

  const unknown = await reload('?dataset=atlantis');
  t.equal(unknown.statusCode, 404);
  t.match(JSON.parse(unknown.body), { code: 'NOT_FOUND', field: 'dataset' });

  const changed = JSON.parse(readFileSync(files.nordic, 'utf8'));
  changed.relations.pop();
  writeFileSync(files.nordic, JSON.stringify(changed));
  const good = await reload(`?dataset=${nordic.id}`);
  t.equal(good.statusCode, 200);
  t.match(JSON.parse(good.body), { reloaded: true, dataset: nordic.id, relations: nordic.relations.length - 1 });
  const afterGood = await hashes();
  t.equal(afterGood[0], miniHash, 'the default is untouched');
  t.not(afterGood[1], nordicHash);
  t.equal((await getJson(app, `/api/relations?dataset=${nordic.id}`)).body?.total, nordic.relations.length - 1);

  writeFileSync(files.nordic, '{"schemaVersion": 1, "id": "server-nordic"');
  const bad = await reload(`?dataset=${nordic.id}`);
  t.equal(bad.statusCode, 422);
  t.match(JSON.parse(bad.body), { code: 'RELOAD_REFUSED', message: /still serving server-nordic/ });
  t.same(await hashes(), afterGood, 'a refused file changes nothing, anywhere');

  // A reload may not give a dataset an id another one holds: `dataset=` would then name two.
  writeFileSync(files.nordic, readFileSync(files.mini));
  const clash = await reload(`?dataset=${nordic.id}`);
  t.equal(clash.statusCode, 422);
  t.ok(
    JSON.parse(clash.body).issues.some(
      (issue: string) => issue.includes(`${files.nordic}:/id`) && issue.includes(files.mini),
    ),
    'names both files',
  );
  t.same(await hashes(), afterGood);

  const altered = JSON.parse(readFileSync(files.mini, 'utf8'));
  altered.actors.push({ id: 'georgia', name: 'Georgia', kind: 'state', aliases: [] });
  writeFileSync(files.mini, JSON.stringify(altered));
  const byDefault = await reload();
  t.match(
    JSON.parse(byDefault.body),
    { reloaded: true, dataset: mini.id, actors: mini.actors.length + 1 },
    'no dataset=: the default',
  );
  t.equal((await hashes())[1], afterGood[1], 'the other is untouched');
});

t.test('reloadAll reloads each dataset; a refused one keeps its data and the others still swap', async (t) => {
  const files = tempFiles(t);
  const datasets = await Datasets.open([files.mini, files.nordic], loadDatasetFile, budgets, quiet);
  t.teardown(() => datasets.close());
  const before = datasets.entries.map(({ store }) => store.current);
  writeFileSync(files.mini, 'not json');
  const changed = JSON.parse(readFileSync(files.nordic, 'utf8'));
  changed.title = 'Renamed';
  writeFileSync(files.nordic, JSON.stringify(changed));
  const results = await datasets.reloadAll();
  t.match(results, [
    { dataset: mini.id, ok: false },
    { dataset: nordic.id, ok: true },
  ]);
  t.equal(datasets.entries[0]!.store.current, before[0], 'the refused one keeps its snapshot');
  t.not(datasets.entries[1]!.store.current, before[1]);
  t.equal(datasets.resolve(nordic.id).snapshot.loaded.dataset.title, 'Renamed');
});

t.test(
  'add serves a file once (an import and its notice may race); remove stops serving one, never the last',
  async (t) => {
    const files = tempFiles(t);
    const datasets = await Datasets.open([files.mini], loadDatasetFile, budgets, quiet);
    t.teardown(() => datasets.close());
    const [added, again] = await Promise.all([datasets.add(files.nordic), datasets.add(files.nordic)]);
    t.equal(again, added, 'the second add of the same file is the first entry');
    t.same(datasets.ids(), [mini.id, nordic.id]);
    t.equal(await datasets.remove('no-such-dataset'), false, 'an id not served: nothing to remove');
    t.equal(await datasets.remove(nordic.id), true);
    t.same(datasets.ids(), [mini.id]);
    t.throws(() => datasets.resolve(nordic.id), NotFoundError, 'a removed dataset is not found');
    t.equal(await datasets.remove(mini.id), false, 'the only dataset served stays');
    t.same(datasets.ids(), [mini.id]);
  },
);

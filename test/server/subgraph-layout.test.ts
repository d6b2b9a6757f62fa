// GET /api/subgraph with the server layout (threshold lowered through the layout settings) on a generated dataset: computing, then ready with positions.
import t, { type Test } from 'tap';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateDataset } from '../../graph/generate/scale-free.js';
import { writeImportedDataset } from '../../graph/interop/write-dataset-file.js';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { mergeSettings } from '../../server/config.js';
import { DatasetStore } from '../../server/dataset-store.js';
import { Datasets } from '../../server/datasets.js';
import { errorHandler } from '../../server/errors.js';
import { LayoutService, layoutSettingsOf } from '../../server/layout/layout-service.js';
import subgraphRoutes from '../../server/routes/subgraph.js';
import { getJson } from './helpers.js';

const quiet = { info: () => {}, error: () => {} };

/** An app serving only /api/subgraph over a generated 400-actor dataset, laying out datasets of 100 actors or more into `cacheDir`. */
async function layoutApp(
  t: Test,
  dataFile: string,
  cacheDir: string,
): Promise<FastifyInstance & { store: DatasetStore }> {
  const settings = mergeSettings({
    dataFile,
    logLevel: 'silent',
    workerMinRelations: 1e9,
    layoutMinActors: 100,
    layoutCacheDir: cacheDir,
    layoutMaxIterations: 10,
  });
  const store = await DatasetStore.open(dataFile, loadDatasetFile, quiet);
  const datasets = Datasets.of([store], settings, quiet);
  const app = Fastify({
    logger: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(errorHandler);
  const lifecycle = { closing: false, startedAt: Date.now() };
  const layouts = LayoutService.forStores([store], layoutSettingsOf(settings), quiet);
  await app.register(subgraphRoutes, { datasets, lifecycle, settings, layouts, prefix: '/api/subgraph' });
  t.teardown(async () => {
    await app.close();
    await layouts.close();
    await datasets.close();
  });
  return Object.assign(app, { store });
}

/** Asks until the layout is ready (a worker computes it); no timing is asserted, the loop only bounds a broken run. */
async function whenReady(app: FastifyInstance, url: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const answer = await getJson(app, url);
    if (answer.body?.meta?.layout !== 'computing') return answer;
    await sleep(100);
  }
  throw new Error('layout still computing after a minute');
}

/** The finished cache files, once there are `count` (the file is written just after the positions are served). */
async function cacheFiles(dir: string, count: number): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.layout'));
    if (files.length >= count) return files;
    await sleep(100);
  }
  return [];
}

t.test('the layout threshold option refuses nothing it should not: a bad limit is still a 400 here', async (t) => {
  const dir = t.testdir({});
  const { dataset, sourceText } = generateDataset({ actors: 400, relations: 1200, seed: 11 });
  await writeImportedDataset(
    { dataset, texts: new Map(), placeholder: { path: dataset.sources[0]!.path!, text: sourceText } },
    join(dir, 'data.json'),
  );
  const app = await layoutApp(t, join(dir, 'data.json'), join(dir, 'cache'));
  const { status, body } = await getJson(app, '/api/subgraph?limit=-1');
  t.equal(status, 400);
  t.equal(body?.field, 'limit');
});

t.test(
  'a large dataset: computing first, then positions for exactly the returned actors; a restart reads the cache',
  async (t) => {
    const dir = t.testdir({});
    const dataFile = join(dir, 'data.json');
    const cacheDir = join(dir, 'cache');
    const { dataset, sourceText } = generateDataset({ actors: 400, relations: 1200, seed: 11 });
    await writeImportedDataset(
      { dataset, texts: new Map(), placeholder: { path: dataset.sources[0]!.path!, text: sourceText } },
      dataFile,
    );
    const app = await layoutApp(t, dataFile, cacheDir);
    const url = '/api/subgraph?limit=50';
    const first = await getJson(app, url);
    t.equal(first.status, 200);
    t.equal(first.body?.meta.layout, 'computing');
    t.same(first.body?.positions, {});
    t.equal(first.body?.meta.totalActors, 400);
    const ready = await whenReady(app, url);
    t.equal(ready.body?.meta.layout, 'ready');
    t.not(ready.headers.etag, first.headers.etag, 'the tag changes when the positions arrive');
    t.same(
      Object.keys(ready.body!.positions).sort(),
      ready.body!.nodes.map((node: { key: string }) => node.key).sort(),
    );
    t.ok(
      Object.values<{ x: number; y: number }>(ready.body!.positions).every(
        ({ x, y }) => Number.isFinite(x) && Number.isFinite(y),
      ),
    );
    const focus = await getJson(app, `/api/subgraph?focus=${ready.body!.nodes[0].key}&limit=20`);
    t.equal(focus.body?.meta.layout, 'ready');
    t.same(
      focus.body!.positions[ready.body!.nodes[0].key],
      ready.body!.positions[ready.body!.nodes[0].key],
      'one position per actor whatever the question',
    );
    t.equal((await cacheFiles(cacheDir, 1)).length, 1, 'one cache file');

    const restarted = await layoutApp(t, dataFile, cacheDir);
    const cached = await getJson(restarted, url);
    t.equal(cached.body?.meta.layout, 'ready', 'ready on the first request after a restart');
    t.same(cached.body?.positions, ready.body?.positions);

    // The file changes and is reloaded: the old snapshot's layout is retired and the new data laid out anew.
    const other = generateDataset({ actors: 400, relations: 1300, seed: 12 });
    await writeImportedDataset(
      {
        dataset: other.dataset,
        texts: new Map(),
        placeholder: { path: other.dataset.sources[0]!.path!, text: other.sourceText },
      },
      dataFile,
    );
    t.same(await restarted.store.reload(), { ok: true, hash: restarted.store.current.hash });
    t.equal((await getJson(restarted, url)).body?.meta.layout, 'computing', 'new data, no cache file yet');
    const relaid = await whenReady(restarted, url);
    t.equal(relaid.body?.meta.totalRelations, 1300);
    t.equal((await cacheFiles(cacheDir, 2)).length, 2, 'a file per dataset content');
  },
);

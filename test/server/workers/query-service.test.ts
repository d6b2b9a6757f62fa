// Tests for server/workers/query-service.ts: index workers need neither the dataset file nor a graph; the metrics worker starts on the first metrics request and loads the file then.
import t, { type Test } from 'tap';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BudgetError, NotFoundError, QueryError } from '../../../graph/errors.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { findPaths } from '../../../graph/relation-index/paths/find-paths.js';
import { neighbourhoodOnIndex } from '../../../graph/relation-index/neighbourhood-on-index.js';
import { searchActors } from '../../../graph/query/search-actors.js';
import { DatasetStore } from '../../../server/dataset-store.js';
import { HttpError } from '../../../server/errors.js';
import type { JsonText } from '../../../server/json-text.js';
import { QUERY_QUEUE_LIMIT, QueryService } from '../../../server/workers/query-service.js';
import { ARTICLE } from '../helpers.js';

t.setTimeout(180_000);

const BUDGETS = { metricsTimeBudget: 60_000, pathTimeBudget: 5_000, workerMinRelations: 0, queryWorkers: 2 };

/** A QueryService over a copy of the article's dataset whose file is deleted once loaded, and what it logged as errors. */
async function serviceWithoutFile(t: Test) {
  const dir = t.testdir();
  cpSync(join(dirname(ARTICLE), 'sources'), join(dir, 'sources'), { recursive: true });
  const file = join(dir, 'served.json');
  cpSync(ARTICLE, file);
  const errors: string[] = [];
  const logger = { info: () => undefined, error: (_object: object, message: string) => void errors.push(message) };
  const store = await DatasetStore.open(file, loadDatasetFile, logger);
  const service = new QueryService(store, BUDGETS, logger);
  t.teardown(() => service.close());
  rmSync(file);
  for (let i = 0; i < 1200 && !service.ready(store.current); i++) await new Promise((done) => setTimeout(done, 50));
  return { store, service, errors };
}

t.test('bad input still fails on the main thread, with the typed error and close matches', async (t) => {
  const { store, service } = await serviceWithoutFile(t);
  const error = await service.paths(store.current, { from: 'isreal', to: 'azerbaijan' }).catch((e: unknown) => e);
  t.type(error, NotFoundError);
  t.match(error, { field: 'from', suggestions: ['israel'] });
  await t.rejects(service.neighbours(store.current, 'israel', { depth: 1, asOf: 'soon' }), QueryError);
  t.match(await service.search(store.current, { limit: 0 }).catch((e: unknown) => e), { field: 'limit' });
});

t.test('with the file gone, the index workers are ready and answer as the inline engine does', async (t) => {
  const { store, service, errors } = await serviceWithoutFile(t);
  const snapshot = store.current;
  t.ok(service.ready(snapshot), 'ready without reading the file again');
  const query = { from: 'israel-aerospace-industries', to: 'azerbaijan', mode: 'strongest', k: 3 } as const;
  const parsed = async (answer: Promise<JsonText<unknown>>) => JSON.parse((await answer).text) as unknown; // answers are JSON text
  t.same(await parsed(service.paths(snapshot, query)), findPaths(snapshot.index, query));
  t.same(
    await parsed(service.neighbours(snapshot, 'azerbaijan', { depth: 2 })),
    neighbourhoodOnIndex(snapshot.index, 'azerbaijan', { depth: 2 }),
  );
  t.same(await parsed(service.search(snapshot, { q: 'baku' })), searchActors(snapshot.graph, { q: 'baku' }));
  t.same(errors, [], 'nothing failed: no worker read the file');
});

t.test(
  'the first metrics request starts the metrics worker, which needs the file (here gone: 503, logged once)',
  async (t) => {
    const { store, service, errors } = await serviceWithoutFile(t);
    t.same(errors, [], 'no metrics worker before metrics were asked for');
    const error = await service.metrics(store.current, {}, ['degree']).catch((e: unknown) => e);
    t.type(error, HttpError);
    t.equal((error as HttpError).statusCode, 503);
    t.equal(errors.length, 1);
    t.match(errors[0], /query worker failed/);
    t.ok(service.ready(store.current), 'paths and the rest stay ready');
  },
);

t.test(
  'beyond the queue limit, distinct requests are refused at once with 422 OVER_BUDGET; a twin of a waiting one is not',
  async (t) => {
    const { store, service } = await serviceWithoutFile(t);
    const snapshot = store.current;
    // Sent in one turn of the event loop, before any answer can come back: all of them wait at once.
    const asked = Array.from({ length: QUERY_QUEUE_LIMIT + 5 }, (_, i) =>
      service.search(snapshot, { q: 'a', offset: i }).then(
        () => 'answered',
        (e: unknown) => e,
      ),
    );
    const twin = service.search(snapshot, { q: 'a', offset: 0 }).then(
      () => 'answered',
      (e: unknown) => e,
    );
    const outcomes = await Promise.all(asked);
    t.equal(outcomes.filter((outcome) => outcome === 'answered').length, QUERY_QUEUE_LIMIT);
    const refused = outcomes.filter((outcome) => outcome !== 'answered');
    t.equal(refused.length, 5);
    for (const error of refused) t.match(error, { constructor: BudgetError, field: 'q', code: 'OVER_BUDGET' });
    t.equal(await twin, 'answered', 'an identical request joins the waiting one');
  },
);

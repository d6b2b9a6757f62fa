// Tests for server/workers/worker-pool.ts (and the index worker): least-loaded dispatch, shared in-flight answers, answers equal to the inline engine, failure as 503.
import t from 'tap';
import { buildRelationIndex, shareIndex } from '../../../graph/relation-index/relation-index.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { findPaths } from '../../../graph/relation-index/paths/find-paths.js';
import { materialisePaths } from '../../../graph/relation-index/paths/materialise-paths.js';
import { preparePathQuery } from '../../../graph/relation-index/paths/prepare-path-query.js';
import {
  materialiseNeighbourhood,
  neighbourhoodOnIndex,
  prepareNeighbourhood,
} from '../../../graph/relation-index/neighbourhood-on-index.js';
import { actorSearchTable, materialiseActorSearch, searchActors } from '../../../graph/query/search-actors.js';
import { shareSearchTable } from '../../../graph/query/shared-search-table.js';
import { HttpError } from '../../../server/errors.js';
import { IndexQueryPool, MAX_QUERY_WORKERS } from '../../../server/workers/index-query-pool.js';
import { ARTICLE } from '../helpers.js';

// Workers load TypeScript sources through tsx; on a busy machine that takes seconds.
t.setTimeout(120_000);

const { graph } = await loadDatasetFile(ARTICLE);
const index = buildRelationIndex(graph);
const data = { index: shareIndex(index), table: shareSearchTable(actorSearchTable(graph)) };

async function whenReady(pool: IndexQueryPool): Promise<boolean> {
  for (let i = 0; i < 1200 && !pool.ready; i++) await new Promise((done) => setTimeout(done, 50));
  return pool.ready;
}

t.test('bad input: a pool size that is not an integer from 1 to the maximum', async (t) => {
  for (const size of [0, -1, 1.5, MAX_QUERY_WORKERS + 1, Number.NaN])
    t.throws(() => new IndexQueryPool(size, data, () => undefined), RangeError, String(size));
});

t.test('answers from the pool equal the inline engine, for paths, neighbourhoods and search', async (t) => {
  const pool = new IndexQueryPool(2, data, (message) => t.fail(message));
  t.teardown(() => pool.close());
  t.equal(pool.size, 2);
  t.ok(await whenReady(pool), 'ready: the workers attached to the shared index');
  const query = { from: 'israel-aerospace-industries', to: 'azerbaijan', mode: 'strongest', k: 3 } as const;
  const found = await pool.run('p', { job: 'find-paths', prepared: preparePathQuery(index, query), budgetMs: 5000 });
  t.same(materialisePaths(index, preparePathQuery(index, query), found), findPaths(index, query));
  const prepared = prepareNeighbourhood(index, 'azerbaijan', { depth: 2, valence: ['cooperative'] });
  const near = await pool.run('n', { job: 'search-neighbourhood', prepared });
  t.same(
    materialiseNeighbourhood(index, prepared, near),
    neighbourhoodOnIndex(index, 'azerbaijan', { depth: 2, valence: ['cooperative'] }),
  );
  const ranked = await pool.run('s', { job: 'rank-actors', search: { q: 'baku' } });
  t.same(materialiseActorSearch(graph, ranked), searchActors(graph, { q: 'baku' }));
  const error = await pool.run('bad', { job: 'rank-actors', search: { limit: 0 } }).catch((e: unknown) => e);
  t.match(error, { field: 'limit', code: 'BAD_QUERY' }, 'a typed error crosses back as itself');
});

t.test('each request goes to the least-loaded worker; identical requests in flight share one answer', async (t) => {
  const pool = new IndexQueryPool(3, data, (message) => t.fail(message));
  t.teardown(() => pool.close());
  await whenReady(pool);
  const op = (q: string) => ({ job: 'rank-actors', search: { q } }) as const;
  const first = pool.run('a', op('a'));
  t.same([...pool.loads].sort(), [0, 0, 1]);
  const twin = pool.run('a', op('a'));
  t.equal(twin, first, 'the same promise');
  t.same([...pool.loads].sort(), [0, 0, 1], 'the twin sent nothing');
  const rest = [pool.run('b', op('b')), pool.run('c', op('c'))];
  t.same(pool.loads, [1, 1, 1], 'spread over every worker');
  rest.push(pool.run('d', op('d')));
  t.same([...pool.loads].sort(), [1, 1, 2]);
  t.equal(pool.pending, 4);
  await Promise.all([first, ...rest]);
  t.same(pool.loads, [0, 0, 0]);
  t.equal(pool.pending, 0);
});

t.test('a pool whose workers cannot attach fails once, answers 503 and is never ready', async (t) => {
  const failures: string[] = [];
  const broken = { ...data, index: { ...data.index, nodeCount: data.index.nodeCount + 1 } };
  const pool = new IndexQueryPool(2, broken, (message) => failures.push(message));
  t.teardown(() => pool.close());
  const error = await pool.run('x', { job: 'rank-actors', search: {} }).catch((e: unknown) => e);
  t.type(error, HttpError);
  t.equal((error as HttpError).statusCode, 503);
  for (let i = 0; i < 200 && failures.length === 0; i++) await new Promise((done) => setTimeout(done, 50));
  await new Promise((done) => setTimeout(done, 500)); // the second worker fails too, and says nothing more
  t.equal(failures.length, 1);
  t.match(failures[0], /do not hold/);
  t.notOk(pool.ready);
});

t.test('a retired pool finishes what it holds, then its workers stop', async (t) => {
  const pool = new IndexQueryPool(2, data, (message) => t.fail(message));
  await whenReady(pool);
  const held = pool.run('q', { job: 'rank-actors', search: { q: 'israel' } });
  pool.retire();
  t.ok((await held).total > 0, 'the held request is answered');
  await pool.close(); // resolves once every worker has exited
  t.pass('all workers exited');
});

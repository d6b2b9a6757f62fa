// Where a path query's time goes (`npm run bench:round-trip -- --data FILE [--count 500]`): engine, worker round trip, materialise, JSON, inject.
import { parseArgs } from 'node:util';
import { buildApp } from '../../../server/app.js';
import { findPaths } from '../../../graph/relation-index/paths/find-paths.js';
import { materialisePaths } from '../../../graph/relation-index/paths/materialise-paths.js';
import { preparePathQuery } from '../../../graph/relation-index/paths/prepare-path-query.js';
import type { PathMode, PathQuery } from '../../../graph/relation-index/path-query.js';
import { searchPaths } from '../../../graph/relation-index/paths/search-paths.js';
import { mulberry32 } from '../../../graph/shared/random.js';
import { percentile } from './latency.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, count: { type: 'string', default: '500' } },
});
const count = Number(values.count);
const app = await buildApp({
  dataFiles: [values.data ?? 'graph/data/besa-1723.json'],
  logLevel: 'warn',
  rateLimitMax: 0,
});
await app.ready();
const { snapshot, queries } = app.datasets.resolve(undefined);
const ids = snapshot.index.nodeIds;
// Wait for the index workers (they attach in milliseconds, but asynchronously).
while (!queries.ready(snapshot)) await new Promise((done) => setTimeout(done, 50));

/** Median, p90 and p99 of `step` run on `count` seeded pairs (after 100 untimed ones). */
async function time(label: string, mode: PathMode, step: (query: PathQuery) => unknown): Promise<void> {
  const random = mulberry32(7);
  const samples: number[] = [];
  for (let i = 0; i < count + 100; i++) {
    const from = random.pick(ids);
    let to = random.pick(ids);
    while (to === from) to = random.pick(ids);
    const started = performance.now();
    const own = await step({ from, to, mode });
    // A step that times only part of its work returns that part's milliseconds.
    if (i >= 100) samples.push(typeof own === 'number' ? own : performance.now() - started);
  }
  console.log(
    `| ${mode} | ${label} | ${percentile(samples, 50).toFixed(3)} | ${percentile(samples, 90).toFixed(3)} | ${percentile(samples, 99).toFixed(3)} |`,
  );
}

console.log('| mode | step | p50 ms | p90 ms | p99 ms |\n|---|---|---:|---:|---:|');
for (const mode of ['strongest', 'shortest'] as const) {
  await time('prepare (main)', mode, (q) => preparePathQuery(snapshot.index, q));
  await time('search (engine, main thread)', mode, (q) =>
    searchPaths(snapshot.index, preparePathQuery(snapshot.index, q)),
  );
  await time('findPaths: prepare + search + materialise', mode, (q) => findPaths(snapshot.index, q));
  await time('+ JSON.stringify', mode, (q) => JSON.stringify(findPaths(snapshot.index, q)));
  await time('materialise + stringify only', mode, (q) => {
    const prepared = preparePathQuery(snapshot.index, q);
    const found = searchPaths(snapshot.index, prepared);
    const started = performance.now();
    JSON.stringify(materialisePaths(snapshot.index, prepared, found));
    return performance.now() - started;
  });
  await time('QueryService.paths (through the workers)', mode, (q) => queries.paths(snapshot, q));
  await time('app.inject GET /api/paths', mode, (q) =>
    app.inject(`/api/paths?from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}&mode=${q.mode}`),
  );
}
await time('app.inject GET /api/health', 'shortest', () => app.inject('/api/health'));
await app.close();

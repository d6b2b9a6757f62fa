// `npm run bench:store -- [--actors N] [--relations M] [--backend pglite|postgres] [--writes K] [--bulk B] [--data-dir D | --database-url U]`: first load (or an existing store), start from the store, write→visible latency, a bulk write;
// `npm run bench:store -- --data-dir DIR | --database-url URL --start-only [--phases]`: the start alone on an existing store.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID } from '../../../graph/generate/synthetic-records.js';
import { importDataset } from '../../../server/store/dataset-records.js';
import { openStoreDatabase, type Backend } from '../../../server/store/database.js';
import { benchLocation } from './store-location.js';
import { startPhases, timeStart } from './start-phases.js';
import type { Relation } from '../../../graph/model/schema.js';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '10000' },
    relations: { type: 'string', default: '100000' },
    backend: { type: 'string', default: 'pglite' },
    writes: { type: 'string', default: '20' },
    bulk: { type: 'string', default: '10000' },
    // An existing store (a copy: the bench writes to it) instead of a generated dataset and its first load.
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    'start-only': { type: 'boolean', default: false },
    phases: { type: 'boolean', default: false },
  },
});
const existing = values['data-dir'] !== undefined || values['database-url'] !== undefined;
const actors = Number(values.actors);
const relations = Number(values.relations);
const TOKEN = 'bench-admin-token-0123456789';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Where the resident memory is: V8's heap in use and committed, memory outside it, array buffers (MB). */
const memoryParts = () => {
  const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return `heap ${mb(heapUsed)} of ${mb(heapTotal)}, external ${mb(external)}, array buffers ${mb(arrayBuffers)}`;
};

const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');

if (existing && (values['start-only'] || values.phases)) {
  // The start alone on an existing store (a copy of a 1M-relation one, say), so nobody reloads 1M to time a start.
  const where = {
    dataDir: values['data-dir'] ?? tmpdir(),
    ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
  };
  if (values.phases) {
    for (const [step, s, cpu, mb] of await startPhases(where))
      console.log(
        `${step.padEnd(40)} ${s.toFixed(2).padStart(7)} s, CPU ${cpu.toFixed(2).padStart(6)} s, resident ${mb} MB`,
      );
  } else {
    const { app, ready, cpu, resident } = await timeStart(where, TOKEN);
    console.log(
      `start from the store to ready: ${ready.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), resident after GC ${resident} MB`,
    );
    // PGlite: what its thread holds (recycled after the start's read, so a fresh thread's figures).
    const thread = await app.storeConnection?.pglite?.memory();
    if (thread) console.log(`PGlite thread: WASM memory ${mb(thread.wasm)} MB, JS heap ${mb(thread.heap)} MB`);
    await app.close();
  }
  console.log(`load average (1, 5, 15 min): ${loadAverage()}`);
  process.exit(0);
}

const { where, drop } = existing
  ? {
      where: {
        dataDir: values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'age-bench-')),
        databaseUrl: values['database-url'],
      },
      drop: async () => {},
    }
  : await benchLocation(values.backend as Backend);
try {
  let started = process.hrtime.bigint();
  let ids: string[] = [];
  let template: Relation | undefined;
  if (!existing) {
    const { dataset, sourceText } = generateDataset({ actors, relations, seed: 1723 });
    console.log(`generated ${actors} actors / ${relations} relations in ${ms(started).toFixed(0)} ms`);
    const connection = await openStoreDatabase(where);
    started = process.hrtime.bigint();
    await importDataset(connection.db, dataset, new Map([[SYNTHETIC_SOURCE_ID, sourceText]]));
    console.log(`first load into ${connection.backend}: ${(ms(started) / 1000).toFixed(1)} s`);
    await connection.close();
    ids = dataset.actors.map((actor) => actor.id);
    template = { ...dataset.relations[0]! };
    (dataset as { relations: unknown[] }).relations = []; // only the store holds them now
  }

  const { app, ready, resident } = await timeStart(where, TOKEN);
  console.log(
    `start from the store to ready: ${ready.toFixed(1)} s, resident after GC ${resident} MB (${memoryParts()})`,
  );

  if (existing) {
    const { graph } = app.datasets.default.store.current;
    ids = graph.nodes();
    template = { ...graph.getEdgeAttributes(graph.edges()[0]!) };
    console.log(`existing store: ${graph.order} actors / ${graph.size} relations`);
  }
  // Ids and pairs new on every run, so an existing store can be benched again (a path query shows one relation per pair).
  const run = Date.now().toString(36);
  const shift = existing ? Date.now() % ids.length : 0;
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  // A serving process has answered path queries before its first write: the first one (route and engine warm-up,
  // search scratch) costs ~2 s here, which is not the write's.
  await app.inject({ url: `/api/paths?from=${ids[0]}&to=${ids[1]}&maxHops=1&k=10` });
  const latencies: number[] = [];
  for (let i = 0; i < Number(values.writes); i++) {
    const [from, to] = [ids[(i * 7919 + shift) % ids.length]!, ids[(i * 104729 + 1 + shift) % ids.length]!];
    const relation = { ...template, id: `bench-write-${run}-${i}`, source: from, target: to };
    const start = process.hrtime.bigint();
    const response = await app.inject({
      method: 'POST',
      url: '/api/relations',
      headers,
      payload: JSON.stringify(relation),
    });
    if (response.statusCode !== 201)
      throw new Error(`write ${i}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    // Visible to path queries: the one-hop path from its source to its target goes through the new relation.
    let seen = await app.inject({ url: `/api/paths?from=${from}&to=${to}&maxHops=1&k=10` });
    // A path query over its time budget (a GC pause on a loaded machine) is asked again: the latency counts it all.
    for (
      let retry = 0;
      retry < 5 && seen.statusCode === 422 && seen.json<{ code?: string }>().code === 'OVER_BUDGET';
      retry++
    )
      seen = await app.inject({ url: `/api/paths?from=${from}&to=${to}&maxHops=1&k=10` });
    latencies.push(ms(start));
    const found = (JSON.parse(seen.body) as { paths?: Array<{ steps: Array<{ relation: string }> }> }).paths ?? [];
    if (!found.some((path) => path.steps[0]?.relation === `bench-write-${run}-${i}`))
      throw new Error(`write ${i} not visible to path queries after its answer: ${seen.body.slice(0, 300)}`);
  }
  console.log(`  each, in order (ms): ${latencies.map((latency) => latency.toFixed(0)).join(' ')}`);
  latencies.sort((a, b) => a - b);
  console.log(
    `single relation write → visible to a path query (${latencies.length} writes): p50 ${quantile(latencies, 0.5).toFixed(0)} ms, p99 ${quantile(latencies, 0.99).toFixed(0)} ms`,
  );

  if (Number(values.bulk) > 0) {
    const bulk = Array.from({ length: Number(values.bulk) }, (_, i) => ({
      ...template,
      id: `bench-bulk-${run}-${i}`,
      source: ids[(i * 31) % ids.length]!,
      target: ids[(i * 37 + 5) % ids.length]!,
    })).filter((relation) => relation.source !== relation.target);
    started = process.hrtime.bigint();
    const response = await app.inject({
      method: 'POST',
      url: '/api/relations/bulk',
      headers,
      payload: JSON.stringify({ relations: bulk }),
    });
    if (response.statusCode !== 201) throw new Error(`bulk: ${response.statusCode} ${response.body.slice(0, 300)}`);
    console.log(`bulk write of ${bulk.length} relations, committed and served: ${(ms(started) / 1000).toFixed(1)} s`);
  }
  // What the writes left resident: PGlite's WASM memory never shrinks, so a bulk write's peak would stay.
  // A quiet moment first: the PGlite thread collects its own garbage 2 s after a bulk write's last statement.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  globalThis.gc?.();
  const thread = await app.storeConnection?.pglite?.memory();
  console.log(
    `resident after the writes and a GC: ${mb(process.memoryUsage().rss)} MB (${memoryParts()})` +
      (thread ? `; PGlite thread: WASM memory ${mb(thread.wasm)} MB, JS heap ${mb(thread.heap)} MB` : ''),
  );
  console.log(`load average (1, 5, 15 min): ${loadAverage()}`);
  await app.close();
} finally {
  await drop();
}

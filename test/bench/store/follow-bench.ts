// `npm run bench:store:follow -- [--actors N] [--relations M] [--writes K]`: the in-memory follow-up of single writes (followWrite) on a served snapshot, without the store: each write's time and the heap.
import { parseArgs } from 'node:util';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID } from '../../../graph/generate/synthetic-records.js';
import { makeSnapshot, type Snapshot } from '../../../server/dataset-store.js';
import type { Intent } from '../../../server/store/change-set.js';
import { followWrite } from '../../../server/store/follow-write.js';
import { loadedFromStored, type StoreLoaded } from '../../../server/store/store-loader.js';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '1000000' },
    writes: { type: 'string', default: '30' },
  },
});
const { dataset, sourceText } = generateDataset({
  actors: Number(values.actors),
  relations: Number(values.relations),
  seed: 1723,
});
const stored = { dataset, texts: new Map([[SYNTHETIC_SOURCE_ID, sourceText]]), revision: 1, createdAt: new Date() };
let served: Snapshot<StoreLoaded> = await makeSnapshot(await loadedFromStored(dataset.id, stored));
const ids = dataset.actors.map((actor) => actor.id);
const template = dataset.relations[0]!;
const times: number[] = [];
for (let i = 0; i < Number(values.writes); i++) {
  // Creates, updates (in place) and deletes in turn, as editors make them.
  const created = {
    ...template,
    id: `follow-${i}`,
    source: ids[(i * 7919) % ids.length]!,
    target: ids[(i * 104729 + 1) % ids.length]!,
  };
  const updated = { ...served.graph.getEdgeAttributes(dataset.relations[i]!.id), strength: 0.5 };
  const intents: Intent[] =
    i % 3 === 2
      ? [{ type: 'relation', op: 'delete', id: `follow-${i - 2}`, field: '' }]
      : i % 3 === 1
        ? [{ type: 'relation', op: 'update', record: updated, field: '' }]
        : [{ type: 'relation', op: 'create', record: created, field: '' }];
  const start = performance.now();
  served = followWrite(served, intents, served.loaded.revision + 1)!;
  times.push(performance.now() - start);
}
const sorted = [...times].sort((a, b) => a - b);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
console.log(`${values.actors} actors / ${values.relations} relations: followWrite of ${times.length} single writes`);
console.log(`  each (ms; create, update, delete in turn): ${times.map((time) => time.toFixed(0)).join(' ')}`);
console.log(
  `  p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; heap ${mb(process.memoryUsage().heapUsed)} MB, rss ${mb(process.memoryUsage().rss)} MB`,
);

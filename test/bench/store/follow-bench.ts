// `npm run bench:store:follow -- [--actors N] [--relations M] [--writes K] [--sustained] [--actor-every A]`: the in-memory follow-up of single writes (followWrite) on a served snapshot, without the store: each write's time, how the index followed it, and the heap.
// --sustained: writes back to back with no quiet moment (so no merge), their ends picked among relations' ends (busy actors, as editors pick them) until the buffer's spare room runs out; --actor-every A: every A-th write creates a lonely actor and the next deletes it.
import { loadavg } from 'node:os';
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
    sustained: { type: 'boolean', default: false },
    'actor-every': { type: 'string', default: '0' },
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
const actorEvery = Number(values['actor-every']);
/** Two ends for the i-th new relation: uniform over actors, or (sustained) the ends of two relations, so busy actors come up as often as their ties. */
const ends = (i: number): [string, string] => {
  if (!values.sustained) return [ids[(i * 7919) % ids.length]!, ids[(i * 104729 + 1) % ids.length]!];
  const a = dataset.relations[(i * 7919) % dataset.relations.length]!.source;
  const b = dataset.relations[(i * 104729 + 1) % dataset.relations.length]!.target;
  return [a, b === a ? ids[(i + 1) % ids.length]! : b];
};
const times: number[] = [];
/** Indexes in `times` of writes that create or delete an actor (they also rebuild the actor search tables). */
const actorWrites = new Set<number>();
/** How the index followed each write: in place, on a new buffer (grown or compacted), or built afresh (version 0). */
const how = { inPlace: 0, newBuffer: 0, fresh: 0 };
/** The writes that put the index on a new buffer: ms @ write, and how. */
const moved: string[] = [];
for (let i = 0; i < Number(values.writes); i++) {
  // Creates, updates (in place) and deletes in turn, as editors make them.
  const [source, target] = ends(i);
  const created = { ...template, id: `follow-${i}`, source, target };
  const updated = {
    ...served.graph.getEdgeAttributes(dataset.relations[(i * 31) % dataset.relations.length]!.id),
    strength: (i % 10) / 10 + 0.05,
  };
  let intents: Intent[] =
    // (a create replaced by an actor write leaves nothing to delete: then an update)
    i % 3 === 2 && served.graph.hasEdge(`follow-${i - 2}`)
      ? [{ type: 'relation', op: 'delete', id: `follow-${i - 2}`, field: '' }]
      : i % 3 !== 0
        ? [{ type: 'relation', op: 'update', record: updated, field: '' }]
        : [{ type: 'relation', op: 'create', record: created, field: '' }];
  if (actorEvery > 0 && i % actorEvery === 0)
    intents = [{ type: 'actor', op: 'create', record: { ...dataset.actors[0]!, id: `lonely-${i}` }, field: '' }];
  else if (actorEvery > 0 && i % actorEvery === 1)
    intents = [{ type: 'actor', op: 'delete', id: `lonely-${i - 1}`, field: '' }];
  if (intents[0]!.type === 'actor') actorWrites.add(i);
  const before = served.index;
  const start = performance.now();
  served = followWrite(served, intents, served.loaded.revision + 1)!;
  times.push(performance.now() - start);
  const after = served.index;
  if (after.buffer === before.buffer) how.inPlace++;
  else {
    if (after.version === 0) how.fresh++;
    else how.newBuffer++;
    moved.push(
      `${times.at(-1)!.toFixed(0)}@${i}${after.version === 0 ? ' afresh' : after.relationIds === before.relationIds ? ' grown' : ' compacted'}`,
    );
  }
}
const sorted = [...times].sort((a, b) => a - b);
const quantile = (list: number[], q: number) =>
  list[Math.min(list.length - 1, Math.floor(q * list.length))]!.toFixed(0);
const summary = (list: number[]) =>
  `p50 ${quantile(list, 0.5)} ms, p99 ${quantile(list, 0.99)} ms, max ${list.at(-1)!.toFixed(0)} ms`;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
(globalThis as { gc?: () => void }).gc?.(); // the heap that stays, not what the last writes left for collection
console.log(
  `${values.actors} actors / ${values.relations} relations: followWrite of ${times.length} single writes${values.sustained ? ', back to back, busy ends' : ''}${actorEvery > 0 ? `, an actor created and deleted every ${actorEvery}` : ''}`,
);
if (times.length <= 100)
  console.log(`  each (ms; create, update, delete in turn): ${times.map((time) => time.toFixed(0)).join(' ')}`);
else {
  const slowest = times
    .map((time, i) => [time, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 8);
  console.log(`  slowest (ms @ write): ${slowest.map(([time, i]) => `${time.toFixed(0)}@${i}`).join(' ')}`);
}
if (moved.length > 0) console.log(`  new buffers (ms @ write): ${moved.join(', ')}`);
console.log(
  `  index: ${how.inPlace} in place, ${how.newBuffer} on a new buffer (grown or compacted), ${how.fresh} built afresh`,
);
if (actorWrites.size > 0) {
  const relationOnly = times.filter((_, i) => !actorWrites.has(i)).sort((a, b) => a - b);
  const actorOnly = times.filter((_, i) => actorWrites.has(i)).sort((a, b) => a - b);
  console.log(`  relation writes (${relationOnly.length}): ${summary(relationOnly)}`);
  console.log(`  actor creates and deletes (${actorOnly.length}): ${summary(actorOnly)}`);
}
console.log(
  `  all: ${summary(sorted)}; after a full GC: heap ${mb(process.memoryUsage().heapUsed)} MB, rss ${mb(process.memoryUsage().rss)} MB; load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')}`,
);

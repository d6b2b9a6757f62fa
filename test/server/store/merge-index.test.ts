// Tests for server/store/merge-index.ts: writes fill the index's spare room; at a quiet moment a fresh build is swapped in at the same revision, and a write during the rebuild wins.
import t from 'tap';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID } from '../../../graph/generate/synthetic-records.js';
import { spareUsed } from '../../../graph/relation-index/update-index.js';
import { DatasetStore } from '../../../server/dataset-store.js';
import { followWrite } from '../../../server/store/follow-write.js';
import type { Intent } from '../../../server/store/intents.js';
import { foldSearchPatch, MERGE_SPARE_USED, mergeIndex, mergeWhenQuiet } from '../../../server/store/merge-index.js';
import { actorSearchTable } from '../../../graph/query/search-actors.js';
import { attachSearchTable } from '../../../graph/query/shared-search-table.js';
import { loadedFromStored, snapshotRevision, type StoreLoaded } from '../../../server/store/store-loader.js';
import type { Snapshot } from '../../../server/dataset-store.js';

const silent = { info: () => {}, error: () => {} };

/** A store serving a small generated dataset at revision 1, and a function that commits one new relation to it. */
async function servedStore() {
  const { dataset, sourceText } = generateDataset({ actors: 60, relations: 300, seed: 5 });
  const stored = { dataset, texts: new Map([[SYNTHETIC_SOURCE_ID, sourceText]]), revision: 1, createdAt: new Date() };
  const loaded = await loadedFromStored(dataset.id, stored);
  const store = (await DatasetStore.open('store:synthetic', async () => loaded, silent)) as DatasetStore<StoreLoaded>;
  const ids = dataset.actors.map((actor) => actor.id);
  let serial = 0;
  const write = async () => {
    const i = serial++;
    const record = { ...dataset.relations[0]!, id: `w-${i}`, source: ids[i % 60]!, target: ids[(i * 7 + 1) % 60]! };
    const intents: Intent[] = [{ type: 'relation', op: 'create', record, field: '' }];
    const revision = snapshotRevision(store.current)! + 1;
    const result = await store.advance((current) => followWrite(current as Snapshot<StoreLoaded>, intents, revision));
    if (!result.ok) throw new Error(`write ${i} not followed: ${result.issues.join('; ')}`);
    return record.id;
  };
  return { store, write };
}

t.test('past half the spare room, a quiet moment swaps in a fresh index at the same revision', async (t) => {
  const { store, write } = await servedStore();
  mergeWhenQuiet(store, 5);
  await new Promise((resolve) => setTimeout(resolve, 30));
  t.equal(store.current.index.version, 0, 'nothing to merge on a fresh index');
  let last = '';
  while (spareUsed(store.current.index) < MERGE_SPARE_USED) last = await write();
  const before = store.current;
  t.ok(before.index.version > 10, `followed in place (${before.index.version} versions)`);
  mergeWhenQuiet(store, 5);
  for (let i = 0; i < 100 && store.current === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const after = store.current;
  t.not(after, before, 'a new snapshot was swapped in');
  t.equal(snapshotRevision(after), snapshotRevision(before), 'at the same revision');
  t.equal(after.graph, before.graph, 'of the same graph');
  t.equal(after.index.version, 0, 'with a fresh index');
  t.equal(spareUsed(after.index), 0, 'its spare room all free');
  t.equal(after.index.relationCount, after.graph.size, 'no retired relation int left');
  t.ok(after.index.relationIds.includes(last), 'the last write is in it');
  t.not(after.memo, before.memo, 'what was derived from the old index is not kept');
});

t.test('a write during the rebuild wins: the rebuilt index is dropped', async (t) => {
  const { store, write } = await servedStore();
  await write();
  const merging = mergeIndex(store);
  const id = await write();
  t.equal(await merging, false, 'the merge gave way');
  t.ok(store.current.index.version > 0, 'the served index is the written one');
  t.ok(store.current.index.relationIds.includes(id));
});

t.test('a deleted actor keeps its node int until a quiet moment, then the fresh index renumbers it away', async (t) => {
  const { store, write } = await servedStore();
  const revision = () => snapshotRevision(store.current)! + 1;
  const follow = (intents: Intent[]) => {
    const next = revision();
    return store.advance((current) => followWrite(current as Snapshot<StoreLoaded>, intents, next));
  };
  const lonely = { ...store.current.graph.getNodeAttributes(store.current.graph.nodes()[0]!), id: 'lonely' };
  await follow([{ type: 'actor', op: 'create', record: lonely, field: '' }]);
  await follow([{ type: 'actor', op: 'delete', id: 'lonely', field: '' }]);
  const id = await write();
  const before = store.current;
  t.equal(before.index.goneNodes.size, 1, 'followed in place, its node int kept');
  t.ok(spareUsed(before.index) < MERGE_SPARE_USED, 'little spare room used');
  mergeWhenQuiet(store, 5);
  for (let i = 0; i < 100 && store.current === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const after = store.current;
  t.not(after, before, 'merged at the quiet moment');
  t.equal(after.index.goneNodes.size, 0, 'no deleted actor left');
  t.equal(after.index.nodeCount, after.graph.order, 'one node int per actor');
  t.ok(after.index.relationIds.includes(id));
});

t.test('after an actor write, a quiet moment encodes the search table afresh without its patch', async (t) => {
  const { store, write } = await servedStore();
  const follow = (intents: Intent[]) => {
    const next = snapshotRevision(store.current)! + 1;
    return store.advance((current) => followWrite(current as Snapshot<StoreLoaded>, intents, next));
  };
  const renamed = { ...store.current.graph.getNodeAttributes(store.current.graph.nodes()[3]!), name: 'Zzyzx' };
  await follow([{ type: 'actor', op: 'update', record: renamed, field: '' }]);
  const before = store.current;
  t.ok(before.searchPatch, 'the renamed row lies beside the old table');
  t.ok(spareUsed(before.index) < MERGE_SPARE_USED && before.index.goneNodes.size === 0, 'no index merge due');
  mergeWhenQuiet(store, 5);
  for (let i = 0; i < 100 && store.current === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const after = store.current;
  t.not(after, before, 'a new snapshot was swapped in');
  t.equal(snapshotRevision(after), snapshotRevision(before), 'at the same revision');
  t.equal(after.index, before.index, 'with the same index');
  t.equal(after.searchPatch, undefined, 'without a patch');
  t.same(attachSearchTable(after.searchTable), actorSearchTable(after.graph), 'the new table holds the rename');
  t.ok(attachSearchTable(after.searchTable).some((entry) => entry.sortName === 'zzyzx'));

  await follow([{ type: 'actor', op: 'update', record: { ...renamed, name: 'Other' }, field: '' }]);
  const folding = foldSearchPatch(store);
  await write();
  t.equal(await folding, false, 'a write during the fold wins');
  t.ok(store.current.searchPatch, 'its patch is still served');
});

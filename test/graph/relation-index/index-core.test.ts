// Tests for graph/relation-index/index-core.ts: a shared index attaches to the same memory, with the same views, and refuses what is not one.
import t from 'tap';
import { attachIndex, shareIndex, type RelationIndexCore } from '../../../graph/relation-index/index-core.js';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { createActorGraph } from '../../../graph/model/actor-graph.js';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import { INDEX_ARRAYS as ARRAYS } from './index-arrays.js';

t.test('bad input: no SharedArrayBuffer, bad counts, or counts the memory does not hold', async (t) => {
  const index = buildRelationIndex(generateActorGraph({ actors: 20, relations: 40, seed: 1 }));
  const shared = shareIndex(index);
  t.throws(
    () => attachIndex({ ...shared, buffer: new ArrayBuffer(shared.buffer.byteLength) as unknown as SharedArrayBuffer }),
    TypeError,
  );
  t.throws(() => attachIndex({ ...shared, ranges: new ArrayBuffer(480) as unknown as SharedArrayBuffer }), TypeError);
  t.throws(() => attachIndex({ ...shared, nodeCount: -1 }), RangeError);
  t.throws(() => attachIndex({ ...shared, relationCount: 1.5 }), RangeError);
  t.throws(() => attachIndex({ ...shared, version: -1 }), RangeError);
  t.throws(() => attachIndex({ ...shared, nodeCount: shared.nodeCount * 2 }), /do not hold/);
  t.throws(() => attachIndex({ ...shared, slotCapacity: shared.slotCapacity - 1 }), /do not hold|exceed/);
  t.throws(() => attachIndex({ ...shared, relationCount: shared.relationCapacity + 1 }), /exceed/);
});

t.test(
  'every array of the attached index equals the built one, on the same memory (a write shows through)',
  async (t) => {
    const index = buildRelationIndex(generateActorGraph({ actors: 300, relations: 1500, seed: 7 }));
    t.type(index.buffer, SharedArrayBuffer);
    // structuredClone is what postMessage does: a SharedArrayBuffer crosses as the same memory.
    const attached: RelationIndexCore = attachIndex(structuredClone(shareIndex(index)));
    t.same([attached.nodeCount, attached.relationCount], [300, 1500]);
    for (const name of ARRAYS) {
      t.equal(attached[name].length, index[name].length, `${name} length`);
      t.same([...attached[name]], [...index[name]], `${name} values`);
      t.equal(attached[name].byteOffset, index[name].byteOffset, `${name} at the same place`);
    }
    const before = index.strength[5]!;
    attached.strength[5] = 0.123;
    t.equal(index.strength[5], 0.123, 'one memory, not a copy');
    attached.strength[5] = before;
  },
);

t.test('an empty graph shares and attaches too', async (t) => {
  const index = buildRelationIndex(createActorGraph({ id: 'empty', title: 'Empty', sources: [] }));
  const attached = attachIndex(shareIndex(index));
  t.same([...attached.slotEnd], [...index.slotEnd]);
  t.equal(attached.relationCount, 0);
});

// Tests for paths/slot-costs.ts: the precomputed step costs of an unfiltered strongest search, and the same paths with or without them.
import t from 'tap';
import { generateActorGraph } from '../../../../graph/generate/scale-free.js';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import { slotCosts } from '../../../../graph/relation-index/paths/slot-costs.js';
import { Traversal } from '../../../../graph/relation-index/traversal.js';
import { mulberry32 } from '../../../../graph/shared/random.js';

const index = buildRelationIndex(generateActorGraph({ actors: 300, relations: 2400, seed: 5 }));

t.test(
  'an unfiltered strongest traversal gets −log w per slot (Infinity where it cannot walk), once per weight',
  async (t) => {
    for (const weight of ['strength', 'strength-confidence'] as const) {
      const tr = new Traversal(index, 'strongest', false, weight, {});
      const costs = slotCosts(tr)!;
      t.equal(costs.length, index.slotRelation.length, weight);
      let walkable = 0;
      for (let slot = 0; slot < costs.length; slot++) {
        const w = tr.weight(index.slotRelation[slot]!);
        if (w > 0) walkable++;
        if (costs[slot] !== (w > 0 ? -Math.log(w) : Infinity)) {
          t.fail(`slot ${slot}: cost ${costs[slot]} for weight ${w}`);
          break;
        }
      }
      t.ok(walkable > 0, `${walkable} walkable slots`);
      t.equal(slotCosts(new Traversal(index, 'strongest', true, weight, {})), costs, 'the same array next time');
    }
  },
);

t.test('a filtered, rolled-up or shortest traversal has none (its weights depend on the query)', async (t) => {
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { minStrength: 0.2 })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { asOf: '2010' })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { valence: ['hostile'] })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { exclude: ['transit'] })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', {}, new Int32Array([0]))), undefined);
  t.equal(slotCosts(new Traversal(index, 'shortest', false, 'strength', {})), undefined);
});

t.test('strongest paths with the precomputed costs equal those worked out slot by slot', async (t) => {
  // minStrength = the smallest double lets the same relations through (a weight of 0 cannot be walked anyway) but is
  // a filter, so that search reads each relation's weight per slot.
  const random = mulberry32(3);
  const ids = index.nodeIds;
  let compared = 0;
  for (let i = 0; i < 60; i++) {
    const from = random.pick(ids);
    let to = random.pick(ids);
    while (to === from) to = random.pick(ids);
    const query = { from, to, mode: 'strongest' as const, k: 3, directed: i % 2 === 0 };
    const cached = findPaths(index, query);
    const perSlot = findPaths(index, { ...query, minStrength: Number.MIN_VALUE });
    t.same(cached.paths, perSlot.paths, JSON.stringify(query));
    compared += cached.paths.length;
  }
  t.ok(compared > 60, `${compared} paths compared`);
});

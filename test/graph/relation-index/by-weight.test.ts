// Tests for byWeightDescending: empty input, and the full order (weight desc, id asc) against a plain sort, ends and ties included.
import t from 'tap';
import fc from 'fast-check';
import { byWeightDescending } from '../../../graph/relation-index/by-weight.js';

t.test('byWeightDescending of nothing yields nothing', async (t) => {
  t.same([...byWeightDescending([], [], [])], []);
});

t.test(
  'byWeightDescending gives the order a full sort gives, also for weights outside 0..1 and many ties',
  async (t) => {
    const weightArb = fc.oneof(
      fc.constantFrom(0, 0.5, 1, 1 / 1024, -0.25, 3),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(weightArb, fc.constantFrom('a', 'b', 'c', 'aa', 'é')), { maxLength: 60 }),
        (rows) => {
          const weight = rows.map(([w]) => w);
          const ids = rows.map(([, id], i) => `${id}${i % 3}`);
          const items = rows.map((_, i) => i);
          const expected = [...items].sort(
            (a, b) => weight[b]! - weight[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
          );
          const got = [...byWeightDescending(items, weight, ids)];
          // Equal weight and id may come in either order: compare what each position holds.
          return (
            got.length === expected.length &&
            got.every((item, i) => weight[item] === weight[expected[i]!] && ids[item] === ids[expected[i]!])
          );
        },
      ),
      { seed: 1723, numRuns: 300 },
    );
    t.pass('300 random lists agree');
    const some = [...byWeightDescending([0, 1, 2, 3], [0.2, 0.9, 0.2, 0.9], ['d', 'c', 'b', 'a'])];
    t.same(some, [3, 1, 2, 0], 'hand-checked: 0.9 a, 0.9 c, 0.2 b, 0.2 d');
  },
);

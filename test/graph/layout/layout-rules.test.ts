// Tests for graph/layout/layout-rules.ts: seeded starts, the iteration budget and the pull of a tie, as client and server both use them.
import t from 'tap';
import {
  hashString,
  iterationBudget,
  seededPosition,
  seedRadius,
  tiePull,
} from '../../../graph/layout/layout-rules.js';

t.test('seededPosition of odd ids (empty, unicode, control, long) is finite, stable and within its disc', async (t) => {
  for (const id of ['', 'é', '\u0000', 'x'.repeat(500), 'israel', 'b-c']) {
    const { x, y } = seededPosition(id, 50);
    t.ok(Number.isFinite(x) && Number.isFinite(y) && Math.hypot(x, y) <= 50, JSON.stringify(id.slice(0, 10)));
    t.same(seededPosition(id, 50), { x, y }, 'the same place again');
  }
  t.not(hashString('israel'), hashString('iran'));
  t.equal(hashString('a'), 0xe40c292c, 'FNV-1a of "a" (published test vector)');
  t.equal(hashString(''), 0x811c9dc5, 'FNV-1a of "" is the offset basis');
});

t.test('seedRadius grows with the square root of the actors, and an empty graph still has a disc', async (t) => {
  t.equal(seedRadius(0), 10);
  t.equal(seedRadius(1), 10);
  t.equal(seedRadius(100), 100);
  t.equal(seedRadius(10_000), 1000);
});

t.test('iterationBudget stays between 120 and 800 and shrinks for big graphs', async (t) => {
  t.equal(iterationBudget(0), 800);
  t.equal(iterationBudget(10), 800);
  t.equal(iterationBudget(2000), 200);
  t.equal(iterationBudget(100_000), 120);
  t.equal(iterationBudget(1_000_000), 120);
  t.ok(iterationBudget(2000) < iterationBudget(100));
});

t.test('tiePull: structural ties pull less than any strong tie, others by strength', async (t) => {
  t.equal(tiePull(true, 1), 0.3);
  t.equal(tiePull(false, 0), 0.2);
  t.equal(tiePull(false, 0.9), 1.1);
});

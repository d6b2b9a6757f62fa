// Tests of seeded positions and the layout's budget and weights (the worker itself runs in the browser tests).
import t from 'tap';
import { hashString, seededPosition } from '../../../client/render/seed.js';
import { iterationBudget, layoutWeight } from '../../../client/render/layout.js';
import { relation } from './fixture.js';

t.test('seededPosition is a pure function of the id, inside the disc', async (t) => {
  t.same(seededPosition('', 10), seededPosition('', 10), 'even the empty id has a stable place');
  t.same(seededPosition('israel'), seededPosition('israel'));
  t.not(hashString('israel'), hashString('iran'));
  for (const id of ['israel', 'iran', 'azerbaijan', 'a', 'b-c']) {
    const { x, y } = seededPosition(id, 50);
    t.ok(Math.hypot(x, y) <= 50, `${id} inside the radius`);
  }
  t.equal(hashString('a'), 0xe40c292c, 'FNV-1a of "a" (published test vector)');
});

t.test('iterationBudget stays between its bounds and shrinks for big graphs', async (t) => {
  t.equal(iterationBudget(0), 800);
  t.equal(iterationBudget(10), 800);
  t.equal(iterationBudget(1_000_000), 120);
  t.ok(iterationBudget(2000) < iterationBudget(100));
});

t.test('layoutWeight: structural ties pull less than any strong tie', async (t) => {
  t.equal(layoutWeight(relation('s', 'based-in', 'a', 'b', { strength: 1 })), 0.3);
  t.equal(layoutWeight(relation('w', 'rivalry', 'a', 'b', { strength: 0 })), 0.2);
  t.equal(layoutWeight(relation('r', 'rivalry', 'a', 'b', { strength: 0.9 })), 1.1);
});

// Tests for client/render/label-collisions.ts: the greedy pass that keeps drawn labels apart.
import t from 'tap';
import { overlappingLabels, type LabelBox } from '../../../client/render/label-collisions.js';

const box = (id: string, x: number, y: number, priority: number, width = 100, height = 13): LabelBox => ({
  id,
  x,
  y,
  width,
  height,
  priority,
});

t.test('no boxes, no collisions', async (t) => {
  t.same([...overlappingLabels([])], []);
});

t.test('of two overlapping labels the lesser is left out, whatever the input order', async (t) => {
  const state = box('azerbaijan', 100, 100, 10);
  const firm = box('aeronautics-defense-systems', 60, 104, 2);
  t.same([...overlappingLabels([state, firm])], ['aeronautics-defense-systems']);
  t.same([...overlappingLabels([firm, state])], ['aeronautics-defense-systems']);
});

t.test('labels apart by more than the gap are all kept; within the gap they collide', async (t) => {
  t.same([...overlappingLabels([box('a', 0, 0, 2), box('b', 0, 16, 1)])], [], '3 px apart vertically');
  t.same([...overlappingLabels([box('a', 0, 0, 2), box('b', 0, 14, 1)])], ['b'], '1 px apart: inside the 2 px gap');
  t.same([...overlappingLabels([box('a', 0, 0, 2), box('b', 0, 14, 1)], 0)], [], 'no gap asked');
});

t.test('a label dropped for a collision does not block the labels after it', async (t) => {
  // b overlaps a and is dropped; c overlaps only b, so c stays.
  const dropped = overlappingLabels([box('a', 0, 0, 3), box('b', 50, 5, 2), box('c', 140, 10, 1)]);
  t.same([...dropped], ['b']);
});

t.test(
  "a label covering a more important actor's disc is left out; a lesser actor's disc does not stop it",
  async (t) => {
    const disc = (x: number, y: number, r: number) => ({ x, y, r });
    // A state's disc at (150, 110), radius 8; a firm's long label runs across it.
    const state = { ...box('iran', 162, 100, 10, 40), disc: disc(150, 110, 8) };
    const firm = { ...box('israel-aerospace-industries', 60, 105, 2, 150), disc: disc(50, 110, 4) };
    t.same([...overlappingLabels([state, firm])], ['israel-aerospace-industries'], 'the firm gives way');
    t.same([...overlappingLabels([firm, state])], ['israel-aerospace-industries'], 'whatever the order');
    const lesser = { ...firm, priority: 20 };
    t.same(
      [...overlappingLabels([state, lesser])].sort(),
      ['iran'],
      'when the firm matters more, the state’s label (under the firm’s) gives way instead',
    );
    const clear = { ...box('turkey', 60, 140, 2, 150), disc: disc(50, 145, 4) };
    t.same([...overlappingLabels([state, clear])], [], 'a label below the disc, not touching it, stays');
    const corner = { ...box('georgia', 156, 117, 2, 50), disc: disc(145, 120, 3) };
    t.same(
      [...overlappingLabels([state, corner])],
      [],
      'a box whose nearest corner is outside the disc stays (the disc is round, not square)',
    );
  },
);

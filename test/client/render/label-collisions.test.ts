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

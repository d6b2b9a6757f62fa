// Tests for client/render/drawing-size.ts: the drawing's size and the spread of a new actor beside its neighbours (shared by actor-place.ts and large/merge-subgraph.ts).
import t from 'tap';
import { drawingSize, nearbySpread } from '../../../client/render/drawing-size.js';

const drawing = (points: Array<[number, number]>) => ({
  forEachNode: (callback: (id: string, attributes: { x: number; y: number }) => void) =>
    points.forEach(([x, y], i) => callback(String(i), { x, y })),
});

t.test('drawingSize: the larger side of the box, null when nothing or one point is drawn', async (t) => {
  t.equal(drawingSize(drawing([])), null);
  t.equal(drawingSize(drawing([[3, 4]])), null);
  t.equal(
    drawingSize(
      drawing([
        [3, 4],
        [3, 4],
      ]),
    ),
    null,
    'two actors on one spot have no size',
  );
  t.equal(
    drawingSize(
      drawing([
        [0, 0],
        [100, -20],
        [40, 30],
      ]),
    ),
    100,
  );
  t.equal(
    drawingSize(
      drawing([
        [0, 0],
        [10, -200],
      ]),
    ),
    200,
    'the taller side when taller',
  );
});

t.test('nearbySpread: 6 % of the drawing, the given spread on an empty one', async (t) => {
  t.equal(
    nearbySpread(
      drawing([
        [0, 0],
        [100, 50],
      ]),
      10,
    ),
    6,
  );
  t.equal(nearbySpread(drawing([]), 10), 10);
  t.equal(nearbySpread(drawing([[1, 1]]), 0.06), 0.06);
});

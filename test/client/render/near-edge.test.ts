// Tests of nearestSegment: the straight tie a click lands near, by distances worked out by hand.
import t from 'tap';
import { nearestSegment } from '../../../client/render/near-edge.js';

const across = { id: 'across', a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };
const down = { id: 'down', a: { x: 50, y: 10 }, b: { x: 50, y: 100 } };

t.test('nearestSegment refuses a point without finite coordinates', async (t) => {
  t.throws(() => nearestSegment({ x: Number.NaN, y: 0 }, [across], 4), RangeError);
  t.throws(() => nearestSegment({ x: 0, y: Infinity }, [across], 4), /finite/);
});

t.test('nearestSegment: within the tolerance of a segment, nearest wins, ends are clamped', async (t) => {
  t.equal(nearestSegment({ x: 50, y: 3 }, [across, down], 4), 'across', '3px above the middle of a horizontal tie');
  t.equal(nearestSegment({ x: 50, y: 7 }, [across, down], 4), 'down', '7px from across, 3px from the end of down');
  t.equal(
    nearestSegment({ x: 104, y: 0 }, [across], 4),
    'across',
    '4px past the end counts (distance to the end point)',
  );
  t.equal(nearestSegment({ x: 105, y: 0 }, [across], 4), null, '5px past the end does not');
  t.equal(nearestSegment({ x: 30, y: 30 }, [across, down], 4), null, 'far from both');
  t.equal(
    nearestSegment({ x: 1, y: 1 }, [{ id: 'dot', a: { x: 0, y: 0 }, b: { x: 0, y: 0 } }], 4),
    'dot',
    'a zero-length segment is its point',
  );
  t.equal(nearestSegment({ x: 50, y: 0 }, [], 4), null, 'no segments');
});

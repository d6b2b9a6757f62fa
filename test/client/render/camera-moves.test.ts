// Tests of framingFor: no points, non-finite points, and the centre and ratio of a few points worked out by hand.
import t from 'tap';
import { framingFor } from '../../../client/render/camera-moves.js';

t.test('framingFor without usable points gives no target', async (t) => {
  t.equal(framingFor([]), null);
  t.equal(
    framingFor([
      { x: Number.NaN, y: 0 },
      { x: 0, y: Number.POSITIVE_INFINITY },
    ]),
    null,
  );
});

t.test('framingFor centres on the box of the points, with room around it', async (t) => {
  // Box 0.2..0.4 × 0.5..0.6: centre (0.3, 0.55), span 0.2, ratio 1.6 × 0.2 = 0.32.
  const target = framingFor([
    { x: 0.2, y: 0.5 },
    { x: 0.4, y: 0.6 },
    { x: Number.NaN, y: 9 },
  ])!;
  t.ok(Math.abs(target.x - 0.3) < 1e-12 && Math.abs(target.y - 0.55) < 1e-12);
  t.ok(Math.abs(target.ratio - 0.32) < 1e-12);
});

t.test('framingFor never zooms past the whole drawing nor into a single point', async (t) => {
  t.equal(
    framingFor([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
    ])!.ratio,
    1,
  );
  t.equal(framingFor([{ x: 0.5, y: 0.5 }])!.ratio, 0.08);
});

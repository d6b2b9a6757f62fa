// Tests of fitCamera: the zoom and centre at which actors and their labels fit inside the canvas margins.
import t from 'tap';
import { fitCamera, type Fit, type FitItem, type Margins } from '../../../client/render/camera-fit.js';

const NO_MARGINS: Margins = { top: 0, right: 0, bottom: 0, left: 0 };

/** Where each item's disc and label end up once the fit is applied, checked against the canvas edges by hand. */
function drawnBox(items: readonly FitItem[], fit: Fit) {
  let left = Infinity,
    right = -Infinity,
    top = Infinity,
    bottom = -Infinity;
  for (const item of items) {
    const x = (item.x - fit.offset.x) / fit.ratio,
      y = (item.y - fit.offset.y) / fit.ratio;
    const size = item.size / Math.sqrt(fit.ratio);
    left = Math.min(left, x - size);
    right = Math.max(right, x + size + (item.labelWidth > 0 ? 3 + item.labelWidth : 0));
    top = Math.min(top, y - Math.max(size, item.labelWidth > 0 ? 9 : 0));
    bottom = Math.max(bottom, y + Math.max(size, item.labelWidth > 0 ? 9 : 0));
  }
  return { left, right, top, bottom };
}

t.test('fitCamera refuses a canvas without a size and leaves an empty drawing alone', async (t) => {
  t.throws(() => fitCamera([], 0, 100, NO_MARGINS), RangeError);
  t.throws(() => fitCamera([], 100, Number.NaN, NO_MARGINS), /positive size/);
  t.same(fitCamera([], 100, 100, NO_MARGINS), { ratio: 1, offset: { x: 0, y: 0 } });
  t.same(
    fitCamera([{ x: 0, y: 0, size: 4, labelWidth: 0 }], 100, 100, { top: 60, right: 0, bottom: 60, left: 0 }),
    { ratio: 1, offset: { x: 0, y: 0 } },
    'margins that leave no room',
  );
});

t.test('fitCamera zooms out just enough for two actors and a label (worked by hand)', async (t) => {
  // Two bare points 400px apart in a 200px-wide canvas: ratio 2.
  const bare = fitCamera(
    [
      { x: -200, y: 0, size: 0, labelWidth: 0 },
      { x: 200, y: 0, size: 0, labelWidth: 0 },
    ],
    200,
    200,
    NO_MARGINS,
  );
  t.ok(Math.abs(bare.ratio - 2) < 1e-3, `ratio ${bare.ratio}`);
  t.ok(Math.abs(bare.offset.x) < 1e-6, 'centred');
  // A 100px label on the right one: 400/r + 3 + 100 = 200, so r = 400/97; the drawing's centre moves right by 51.5px on screen.
  const labelled = fitCamera(
    [
      { x: -200, y: 0, size: 0, labelWidth: 0 },
      { x: 200, y: 0, size: 0, labelWidth: 100 },
    ],
    200,
    200,
    NO_MARGINS,
  );
  t.ok(Math.abs(labelled.ratio - 400 / 97) < 1e-3, `ratio ${labelled.ratio}`);
  t.ok(Math.abs(labelled.offset.x - 51.5 * labelled.ratio) < 1e-2, `offset ${labelled.offset.x}`);
});

t.test('fitCamera keeps every disc and label inside the margins, and close to them', async (t) => {
  const margins: Margins = { top: 16, right: 16, bottom: 36, left: 16 };
  const items: FitItem[] = [];
  for (let i = 0; i < 40; i++) {
    const angle = i * 2.39996;
    items.push({
      x: Math.cos(angle) * i * 25,
      y: Math.sin(angle) * i * 18,
      size: 3 + (i % 7),
      labelWidth: i % 3 === 0 ? 0 : 40 + ((i * 37) % 150),
    });
  }
  const [width, height] = [610, 757];
  const fit = fitCamera(items, width, height, margins);
  const box = drawnBox(items, fit);
  const eps = 0.5;
  t.ok(box.left >= -width / 2 + margins.left - eps, `left ${box.left}`);
  t.ok(box.right <= width / 2 - margins.right + eps, `right ${box.right}`);
  t.ok(box.top >= -height / 2 + margins.top - eps, `top ${box.top}`);
  t.ok(box.bottom <= height / 2 - margins.bottom + eps, `bottom ${box.bottom}`);
  const slackX = box.left - (-width / 2 + margins.left) + (width / 2 - margins.right - box.right);
  const slackY = box.top - (-height / 2 + margins.top) + (height / 2 - margins.bottom - box.bottom);
  const slack = Math.min(slackX, slackY);
  t.ok(slack < 2, 'one axis fills its room: no smaller zoom would fit');
});

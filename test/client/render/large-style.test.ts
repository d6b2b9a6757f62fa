// Tests of the large-drawing styles: sizes scaled, dimmed discs capped, highlighted ties kept at full width.
import t from 'tap';
import {
  LARGE_DIM_SIZE,
  LARGE_EDGE_SCALE,
  LARGE_NODE_SCALE,
  largeEdgeStyle,
  largeNodeStyle,
} from '../../../client/render/large-style.js';

t.test('styles without a size (hidden items) pass through untouched', async (t) => {
  const hidden = { hidden: true };
  t.equal(largeNodeStyle(hidden, true), hidden);
  t.equal(largeEdgeStyle(hidden, false), hidden);
});

t.test('discs shrink; dimmed ones to specks, never larger than they were', async (t) => {
  t.equal(largeNodeStyle({ size: 10, color: '#000' }, false).size, 10 * LARGE_NODE_SCALE);
  t.equal(largeNodeStyle({ size: 10 }, true).size, LARGE_DIM_SIZE, 'a big dimmed disc becomes a speck');
  t.equal(
    largeNodeStyle({ size: 2 }, true).size,
    Math.min(2 * LARGE_NODE_SCALE, LARGE_DIM_SIZE),
    'a small one stays small',
  );
  const style = { size: 4, color: '#123456' };
  largeNodeStyle(style, false);
  t.same(style, { size: 4, color: '#123456' }, 'the reducer’s style is not changed in place');
});

t.test('ties thin out unless highlighted', async (t) => {
  t.equal(largeEdgeStyle({ size: 2 }, false).size, 2 * LARGE_EDGE_SCALE);
  t.equal(largeEdgeStyle({ size: 2 }, true).size, 2);
});

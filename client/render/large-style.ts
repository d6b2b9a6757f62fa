// Large drawings (the server's overview of a big dataset): sigma's label settings and the smaller discs and ties it draws.
import type { NodeDisplayData } from 'sigma/types';
import type { EdgeStyle } from './styles.js';

/** Labels in a large drawing: a sparser grid and only actors drawn at least this big (sigma's defaults crowd thousands). */
export const LARGE_LABELS = { labelDensity: 0.12, labelRenderedSizeThreshold: 7 } as const;

/** Discs in a large drawing are this much smaller: thousands of full-size discs cover each other and every tie. */
export const LARGE_NODE_SCALE = 0.5;

/** Largest radius of a dimmed disc in a large drawing while something is highlighted. */
export const LARGE_DIM_SIZE = 1.5;

/** Ties in a large drawing are this much thinner: thousands of full-width ties paint the canvas over. */
export const LARGE_EDGE_SCALE = 0.35;

/** A disc's style in a large drawing; dimmed discs (something else is highlighted) shrink to specks so highlighted ties show. */
export function largeNodeStyle(style: Partial<NodeDisplayData>, dimmed: boolean): Partial<NodeDisplayData> {
  if (style.size === undefined) return style;
  const size = style.size * LARGE_NODE_SCALE;
  return { ...style, size: dimmed ? Math.min(size, LARGE_DIM_SIZE) : size };
}

/** A tie's style in a large drawing: thinner, unless highlighted (a path, a neighbourhood), which keeps its width. */
export function largeEdgeStyle(style: EdgeStyle, highlighted: boolean): EdgeStyle {
  if (style.size === undefined || highlighted) return style;
  return { ...style, size: style.size * LARGE_EDGE_SCALE };
}

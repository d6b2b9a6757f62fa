// Camera framing that counts labels: the zoom and centre at which every drawn actor and its label fit inside the canvas.

/** An actor as drawn at zoom ratio 1: its offset from the canvas centre, radius and label width, in pixels. */
export interface FitItem {
  x: number;
  y: number;
  size: number;
  labelWidth: number;
}

/** Free space to keep between the drawing and each edge of the canvas, in pixels. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A camera zoom ratio (above 1 zooms out) and the offset, in ratio-1 pixels from the centre, to look at. */
export interface Fit {
  ratio: number;
  offset: { x: number; y: number };
}

/** Gap between an actor's disc and its label (sigma draws the label 3px right of the node). */
const LABEL_GAP = 3;
/** Half the height of a 13px label line. */
const LABEL_HALF_HEIGHT = 9;
const MIN_RATIO = 0.5;
const MAX_RATIO = 50;

/**
 * sigma's fit (its bounding box plus stagePadding) frames the actors' centres only, so long labels run off the
 * right edge; this finds the smallest zoom-out at which discs and labels fit. Sizes shrink with the square
 * root of the ratio as sigma's default zoomToSizeRatioFunction does; labels keep their pixel width.
 */
export function fitCamera(items: readonly FitItem[], width: number, height: number, margins: Margins): Fit {
  if (!(width > 0) || !(height > 0))
    throw new RangeError(`fitCamera: the canvas must have a positive size (got ${width}×${height})`);
  const room = { x: width - margins.left - margins.right, y: height - margins.top - margins.bottom };
  if (items.length === 0 || room.x <= 0 || room.y <= 0) return { ratio: 1, offset: { x: 0, y: 0 } };
  const extents = (ratio: number) => {
    let left = Infinity,
      right = -Infinity,
      top = Infinity,
      bottom = -Infinity;
    const shrink = Math.sqrt(ratio);
    for (const item of items) {
      const size = item.size / shrink;
      const half = Math.max(size, item.labelWidth > 0 ? LABEL_HALF_HEIGHT : 0);
      left = Math.min(left, item.x / ratio - size);
      right = Math.max(right, item.x / ratio + size + (item.labelWidth > 0 ? LABEL_GAP + item.labelWidth : 0));
      top = Math.min(top, item.y / ratio - half);
      bottom = Math.max(bottom, item.y / ratio + half);
    }
    return { left, right, top, bottom };
  };
  const fits = (ratio: number) => {
    const e = extents(ratio);
    return e.right - e.left <= room.x && e.bottom - e.top <= room.y;
  };
  let ratio = MIN_RATIO;
  if (!fits(ratio)) {
    // The drawn width only shrinks as the ratio grows, so bisection finds the smallest ratio that fits.
    let low = MIN_RATIO,
      high = MAX_RATIO;
    for (let i = 0; i < 40 && high - low > 1e-4; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) high = mid;
      else low = mid;
    }
    ratio = high;
  }
  const e = extents(ratio);
  // Centre the drawing in the room the margins leave, then express that shift in ratio-1 pixels.
  const shiftX = (e.left + e.right) / 2 - (margins.left - margins.right) / 2;
  const shiftY = (e.top + e.bottom) / 2 - (margins.top - margins.bottom) / 2;
  return { ratio, offset: { x: shiftX * ratio, y: shiftY * ratio } };
}

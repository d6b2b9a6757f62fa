// The straight tie nearest a point on screen: a more forgiving click target than sigma's own edge picking.

/** A straight segment on screen, in pixels. */
export interface ScreenSegment {
  id: string;
  a: { x: number; y: number };
  b: { x: number; y: number };
}

/**
 * The segment within `tolerance` pixels of the point, nearest first, or null. sigma picks edges on a picking
 * buffer at half resolution, so a click on a thin line, even dead on it, can miss; this catches those.
 */
export function nearestSegment(
  point: { x: number; y: number },
  segments: Iterable<ScreenSegment>,
  tolerance: number,
): string | null {
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y))
    throw new RangeError('nearestSegment: the point must have finite coordinates');
  let best: string | null = null;
  let bestDistance = tolerance;
  for (const { id, a, b } of segments) {
    const dx = b.x - a.x,
      dy = b.y - a.y;
    const length2 = dx * dx + dy * dy;
    // Projection of the point on the segment, clamped to its ends.
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length2));
    const distance = Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = id;
    }
  }
  return best;
}

// The actor disc nearest a point on screen: a more forgiving click target than sigma's picking for tiny discs.

/** An actor's disc on screen, in pixels. */
export interface ScreenDisc {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/**
 * The disc whose edge is within `tolerance` pixels of the point, nearest centre first, or null. sigma picks
 * nodes on a buffer at half resolution, so a click on a disc of 2–3 px (large mode draws 2,000 of them) can
 * miss by a pixel; this catches those.
 */
export function nearestDisc(
  point: { x: number; y: number },
  discs: Iterable<ScreenDisc>,
  tolerance: number,
): string | null {
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y))
    throw new RangeError('nearestDisc: the point must have finite coordinates');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const { id, x, y, radius } of discs) {
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= radius + tolerance && distance < bestDistance) {
      bestDistance = distance;
      best = id;
    }
  }
  return best;
}

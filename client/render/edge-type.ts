// Which edge program draws a tie (kept apart from programs.ts, which needs WebGL at import, so pure code can use it).

/** Program type names registered in programs.ts. */
export type EdgeType = 'line' | 'arrow' | 'curved' | 'curvedArrow';

/** Straight unless the tie is one of several between a pair (curvature ≠ 0); arrowed if its kind is directed. */
export function edgeType(directed: boolean, curvature: number): EdgeType {
  if (curvature === 0) return directed ? 'arrow' : 'line';
  return directed ? 'curvedArrow' : 'curved';
}

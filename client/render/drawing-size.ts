// The size of the drawing (the larger side of the actors' bounding box): how far "near" is when a new actor is placed beside others.

/** What the size reads of a drawing: every actor's position. */
export interface PositionedGraph {
  forEachNode(callback: (id: string, attributes: { x: number; y: number }) => void): void;
}

/** The larger side of the box around every drawn actor; null when nothing (or one point) is drawn. */
export function drawingSize(graph: PositionedGraph): number | null {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_id, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const size = Math.max(maxX - minX, maxY - minY);
  return Number.isFinite(size) && size > 0 ? size : null;
}

/** How far from its neighbours a new actor goes: 6 % of the drawing, so it reads as one of their cluster; `whenEmpty` on an empty drawing. */
export function nearbySpread(graph: PositionedGraph, whenEmpty: number): number {
  const size = drawingSize(graph);
  return size === null ? whenEmpty : size * 0.06;
}

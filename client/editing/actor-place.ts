// Where a new actor is drawn: among the actors mentioned with it (the layout does not run again), else where the analyst is looking; never a seeded random spot far from the work.
import { seededPosition } from '../../graph/layout/layout-rules.js';
import { nearbySpread, type PositionedGraph } from '../render/drawing-size.js';

/** What the placement reads of the drawing: positions of drawn actors and every position (for the drawing's size). */
export interface PlaceGraph extends PositionedGraph {
  hasNode(id: string): boolean;
  getNodeAttributes(id: string): { x: number; y: number };
}

/**
 * The place of new actor `id`: the middle of the drawn actors of `near` (those mentioned with it), else `fallback`
 * (the centre of the view), moved off that point by a few percent of the drawing, in a direction fixed by the id
 * so the label does not sit on another actor's and a reload draws it in the same place.
 */
export function newActorPlace(
  graph: PlaceGraph,
  id: string,
  near: readonly string[],
  fallback: { x: number; y: number },
): { x: number; y: number } {
  const drawn = near.filter((other) => other !== id && graph.hasNode(other)).map((o) => graph.getNodeAttributes(o));
  const centre = drawn.length
    ? {
        x: drawn.reduce((sum, p) => sum + p.x, 0) / drawn.length,
        y: drawn.reduce((sum, p) => sum + p.y, 0) / drawn.length,
      }
    : fallback;
  const spread = nearbySpread(graph, 0.06);
  const angle = Math.atan2(seededPosition(id, 1).y, seededPosition(id, 1).x);
  return { x: centre.x + spread * Math.cos(angle), y: centre.y + spread * Math.sin(angle) };
}

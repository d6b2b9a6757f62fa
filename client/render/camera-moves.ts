// Animated camera moves: onto one actor (a focus), or onto a group of actors (a path) so that all of them are in view.
import type Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayNode } from './display-graph.js';

/** A camera target in sigma's framed-graph units (where ratio 1 shows the whole drawing). */
export interface CameraTarget {
  x: number;
  y: number;
  ratio: number;
}

const DURATION = 450;

/**
 * The camera that shows these points (framed-graph units) with room around them for labels: a box of span s
 * needs a ratio of about s. Never zooms out past the whole drawing (1) nor in past 0.08; null without points.
 */
export function framingFor(points: ReadonlyArray<{ x: number; y: number }>): CameraTarget | null {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return null;
  const ratio = Math.min(1, Math.max(0.08, 1.6 * Math.max(maxX - minX, maxY - minY)));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/** Moves the camera onto an actor (nothing if it is not drawn). */
export function centreOn(sigma: Sigma<DisplayNode, Relation>, id: string): void {
  const at = sigma.getGraph().hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
  if (at) void sigma.getCamera().animate({ x: at.x, y: at.y, ratio: 0.7 }, { duration: DURATION });
}

/** Moves the camera so every drawn actor of `ids` is in view. */
export function frameOn(sigma: Sigma<DisplayNode, Relation>, ids: readonly string[]): void {
  const graph = sigma.getGraph();
  const points = ids.flatMap((id) => {
    const at = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
    return at ? [at] : [];
  });
  const target = framingFor(points);
  if (target) void sigma.getCamera().animate(target, { duration: DURATION });
}

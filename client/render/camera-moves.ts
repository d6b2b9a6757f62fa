// Animated camera moves: onto one actor (a focus), or onto a group of actors (a path) so that all of them are in view.
import type Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayNode } from './display-graph.js';
import { reducedMotion } from './motion.js';

/** A camera target in sigma's framed-graph units (where ratio 1 shows the whole drawing). */
export interface CameraTarget {
  x: number;
  y: number;
  ratio: number;
}

const DURATION = 450;

/** A jump waiting out the double-click window, per renderer (a newer move replaces it). */
const pendingJumps = new WeakMap<object, ReturnType<typeof setTimeout>>();

/**
 * Moves the camera to `target`: animated, or in one jump for a reader who asked for less motion (a 450 ms zoom is
 * the motion from interaction that setting is for). The jump waits out sigma's double-click window: a click focuses
 * and moves the camera, and a jump at once would take the actor from under the pointer before the second click of a
 * double-click (which expands it in large mode); the animation moved it too little in that time to matter.
 */
function moveTo(sigma: Sigma<DisplayNode, Relation>, target: CameraTarget): void {
  const camera = sigma.getCamera();
  clearTimeout(pendingJumps.get(sigma));
  if (!reducedMotion()) {
    void camera.animate(target, { duration: DURATION });
    return;
  }
  const jump = () => {
    pendingJumps.delete(sigma);
    camera.setState(target);
  };
  pendingJumps.set(sigma, setTimeout(jump, sigma.getSetting('doubleClickTimeout')));
}

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
  if (at) moveTo(sigma, { x: at.x, y: at.y, ratio: 0.7 });
}

/** Moves the camera so every drawn actor of `ids` is in view. */
export function frameOn(sigma: Sigma<DisplayNode, Relation>, ids: readonly string[]): void {
  const graph = sigma.getGraph();
  const points = ids.flatMap((id) => {
    const at = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
    return at ? [at] : [];
  });
  const target = framingFor(points);
  if (target) moveTo(sigma, target);
}

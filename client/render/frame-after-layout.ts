// Framing once the layout has stopped: bound the tied actors, turn the drawing for its labels, fit the camera, centre a focus.
import type Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import { centreOn } from './camera-moves.js';
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import { bestTurn, frameDrawing, turnGraph } from './frame-camera.js';
import { tiedBBox, type ViewModel } from './view-model.js';

/** Frames the finished drawing; a large one is not turned and frames its forced labels only. */
export function frameAfterLayout(
  sigma: Sigma<DisplayNode, Relation>,
  graph: DisplayGraph,
  view: ViewModel,
  large: boolean,
  focus: string | null,
): void {
  // Frame the actors that have ties: untied ones are hidden and would only shrink the picture.
  sigma.setCustomBBox(tiedBBox(graph, view));
  sigma.refresh();
  // A large drawing is not turned: measuring thousands of labels at 24 angles costs seconds, and its shape is round anyway.
  const turn = large ? 0 : bestTurn(sigma);
  if (turn !== 0) {
    turnGraph(graph, turn);
    sigma.setCustomBBox(tiedBBox(graph, view));
    sigma.refresh();
  }
  // A large drawing frames its discs and forced labels only: sigma leaves most of its other labels out.
  frameDrawing(sigma, undefined, large ? (node) => view.labelled.has(node) : undefined);
  // Render now, so the next graphToViewport (a click target, a panel) already sees the framed camera.
  sigma.refresh();
  if (focus) centreOn(sigma, focus);
}

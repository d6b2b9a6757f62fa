// Pointer events on the canvas as store actions: hover lights partners, click focuses or opens the tie clicked, double-click expands.
import type Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { Store } from '../state/store.js';
import { focusActor, hoverActor, openTie } from '../state/transitions.js';
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import { nearestSegment, type ScreenSegment } from './near-edge.js';
import { nearestDisc, type ScreenDisc } from './near-node.js';
import { LARGE_GRAPH_EDGES } from './sigma-settings.js';
import type { ViewModel } from './view-model.js';

/** How far from a straight tie, in pixels, a click still counts as on it. */
export const EDGE_CLICK_TOLERANCE = 4;

/** How far beyond an actor's disc, in pixels, a click still counts as on it. */
export const NODE_CLICK_TOLERANCE = 2;

/** Listens to sigma's pointer events; `view` gives the current view model, `onExpand` handles a double-click on an actor. */
export function wirePointerEvents(
  sigma: Sigma<DisplayNode, Relation>,
  graph: DisplayGraph,
  store: Store,
  view: () => ViewModel,
  onExpand?: (node: string) => void,
): void {
  // No hover while dragging the canvas: each hover restyles every item, which would stall panning on big graphs.
  let dragging = false;
  const captor = sigma.getMouseCaptor();
  captor.on('mousedown', () => (dragging = true));
  captor.on('mouseup', () => (dragging = false));
  sigma.on('enterNode', ({ node }) => {
    if (!dragging) store.dispatch((s) => hoverActor(s, node));
  });
  sigma.on('leaveNode', () => store.dispatch((s) => hoverActor(s, null)));
  sigma.on('clickNode', ({ node }) => store.dispatch((s) => focusActor(hoverActor(s, null), node)));
  const openEdge = (edge: string) => {
    const [a, b] = graph.extremities(edge);
    store.dispatch((s) => openTie(s, a, b, edge)); // the card opens at the relation clicked
  };
  sigma.on('clickEdge', ({ edge }) => openEdge(edge));
  sigma.on('doubleClickNode', ({ node, event }) => {
    if (!onExpand) return;
    event.preventSigmaDefault(); // no zoom: the double-click is for loading the neighbours
    onExpand(node);
  });
  // A click that sigma's picking missed but that lands on a tiny disc or a thin straight tie still opens it.
  sigma.on('clickStage', ({ event }) => {
    const node = nearestDisc(event, discs(), NODE_CLICK_TOLERANCE);
    if (node) return store.dispatch((s) => focusActor(hoverActor(s, null), node));
    const near = nearestSegment(event, straightTies(), EDGE_CLICK_TOLERANCE);
    if (near) openEdge(near);
  });
  sigma.on('doubleClickStage', ({ event }) => {
    const node = onExpand ? nearestDisc(event, discs(), NODE_CLICK_TOLERANCE) : null;
    if (!node) return;
    event.preventSigmaDefault();
    onExpand!(node);
  });
  function* discs(): Generator<ScreenDisc> {
    for (const node of graph.nodes()) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) continue;
      const at = sigma.framedGraphToViewport(data);
      yield { id: node, x: at.x, y: at.y, radius: sigma.scaleSize(data.size) };
    }
  }
  function* straightTies(): Generator<ScreenSegment> {
    const { visibleEdges, curvature } = view();
    if (visibleEdges.size > LARGE_GRAPH_EDGES) return; // too many to scan on a click; sigma's picking only
    for (const edge of visibleEdges) {
      if ((curvature.get(edge) ?? 0) !== 0) continue;
      const [s, t] = graph.extremities(edge);
      yield {
        id: edge,
        a: sigma.graphToViewport(graph.getNodeAttributes(s)),
        b: sigma.graphToViewport(graph.getNodeAttributes(t)),
      };
    }
  }
}

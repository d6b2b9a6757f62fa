// sigma v3 wired to the store: reducers that read the view model and highlight, and pointer events that dispatch actions.
import Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { Store } from '../state/store.js';
import { focusActor, hoverActor, openTie } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import { computeHighlight, type Highlight } from './highlight.js';
import { EDGE_PROGRAMS } from './programs.js';
import { runLayout, type LayoutOutcome } from './layout.js';
import { edgeStyle, nodeStyle } from './styles.js';
import { computeView, tiedBBox, type ViewModel } from './view-model.js';

/** The canvas and what tests and panels may ask of it. */
export interface Renderer {
  sigma: Sigma<DisplayNode, Relation>;
  graph: DisplayGraph;
  layout: Promise<LayoutOutcome>;
  view(): ViewModel;
  highlight(): Highlight | null;
  /** Moves the camera onto an actor. */
  centreOn(id: string): void;
  kill(): void;
}

/** Creates the sigma renderer for a graph in a container and keeps it in step with the store. */
export function createRenderer(container: HTMLElement, graph: DisplayGraph, store: Store): Renderer {
  let state = store.get();
  let view = computeView(graph, state.filters, state.asOf);
  let highlight = computeHighlight(graph, view, state);

  const sigma = new Sigma<DisplayNode, Relation>(graph, container, {
    edgeProgramClasses: EDGE_PROGRAMS,
    defaultEdgeType: 'curved',
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: true,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#444' },
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelDensity: 0.5,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 4,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
    nodeReducer: (node, attributes) => nodeStyle(node, attributes, view, highlight),
    edgeReducer: (edge, relation) => edgeStyle(edge, relation, graph.isDirected(edge), view, highlight),
  });

  sigma.on('enterNode', ({ node }) => store.dispatch((s) => hoverActor(s, node)));
  sigma.on('leaveNode', () => store.dispatch((s) => hoverActor(s, null)));
  sigma.on('clickNode', ({ node }) => store.dispatch((s) => focusActor(hoverActor(s, null), node)));
  sigma.on('clickEdge', ({ edge }) => {
    const [a, b] = graph.extremities(edge);
    store.dispatch((s) => openTie(s, a, b));
  });
  const centreOn = (id: string) => {
    if (!graph.hasNode(id)) return;
    const position = sigma.getNodeDisplayData(id);
    if (position) void sigma.getCamera().animate({ x: position.x, y: position.y, ratio: 0.7 }, { duration: 450 });
  };

  const unsubscribe = store.subscribe((next, previous) => {
    state = next;
    if (next.filters !== previous.filters || next.asOf !== previous.asOf) view = computeView(graph, next.filters, next.asOf);
    highlight = computeHighlight(graph, view, next);
    if (next.focus && next.focus !== previous.focus && !next.hovered) centreOn(next.focus);
    sigma.refresh({ skipIndexation: onlyStyleChanged(next, previous) });
  });

  const layout = runLayout(graph);
  void layout.done.then(() => {
    // Frame the actors that have ties: untied ones are hidden and would only shrink the picture.
    sigma.setCustomBBox(tiedBBox(graph, view));
    // Room around the frame, more on the right, where labels run past their actor.
    sigma.getCamera().setState({ x: 0.6, y: 0.5, ratio: 1.25, angle: 0 });
    sigma.refresh();
    if (state.focus) centreOn(state.focus);
  });

  return {
    sigma,
    graph,
    layout: layout.done,
    view: () => view,
    highlight: () => highlight,
    centreOn,
    kill() {
      unsubscribe();
      layout.stop();
      sigma.kill();
    },
  };
}

/** Hover and panel changes only restyle; filter changes hide or show items, which sigma must re-index. */
function onlyStyleChanged(next: ExplorerState, previous: ExplorerState): boolean {
  return next.filters === previous.filters && next.asOf === previous.asOf && next.results.paths === previous.results.paths && next.panel === previous.panel && next.reader === previous.reader;
}

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
import { bestTurn, frameDrawing, turnGraph } from './frame-camera.js';
import { nearestSegment, type ScreenSegment } from './near-edge.js';
import { computeView, tiedBBox, type ViewModel } from './view-model.js';
import { overlappingLabels, type LabelBox } from './label-collisions.js';
import { centreOn, frameOn } from './camera-moves.js';
import { LARGE_LABELS, LARGE_NODE_SCALE, largeEdgeStyle, largeNodeStyle } from './large-style.js';

/** Above this many relations, edges and labels are hidden while the camera moves. */
export const LARGE_GRAPH_EDGES = 5000;

/** Up to this many actors, labels that would overlap a more important one are left out (above it, sigma's grid alone). */
export const LABEL_COLLISION_MAX_NODES = 2000;

/** How far from a straight tie, in pixels, a click still counts as on it. */
export const EDGE_CLICK_TOLERANCE = 4;

/** How the canvas is set up: large mode (the server's overview of a big dataset) tunes sigma for many items. */
export interface RendererOptions {
  /** Big drawing: edges and labels hidden while moving, fewer and larger labels. */
  large?: boolean;
  /** The actors already stand where the server's layout put them: no layout runs here. */
  placed?: boolean;
  /** Double-click on an actor (large mode: load its neighbours). */
  onExpand?: (node: string) => void;
}

/** The canvas and what tests and panels may ask of it. */
export interface Renderer {
  sigma: Sigma<DisplayNode, Relation>;
  graph: DisplayGraph;
  layout: Promise<LayoutOutcome>;
  view(): ViewModel;
  highlight(): Highlight | null;
  /** Milliseconds sigma spent drawing each frame so far (for the render benchmark). */
  renderTimes: readonly number[];
  /** Moves the camera onto an actor. */
  centreOn(id: string): void;
  /** Moves the camera so these actors (a path) fill the middle of the canvas. */
  frameOn(ids: readonly string[]): void;
  /** Call after actors or relations were added to the graph (an expansion, a path): recomputes what is shown and redraws. */
  graphChanged(): void;
  kill(): void;
}

/** Creates the sigma renderer for a graph in a container and keeps it in step with the store. */
export function createRenderer(container: HTMLElement, graph: DisplayGraph, store: Store, options: RendererOptions = {}): Renderer {
  const large = options.large ?? false;
  let state = store.get();
  let view = computeView(graph, state.filters, state.asOf);
  let highlight = computeHighlight(graph, view, state);
  const renderTimes: number[] = [];
  let hiddenLabels = new Set<string>();
  let killed = false;

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
    // Big graphs: drop edges and labels while the camera moves, so panning stays responsive (sigma's own advice).
    hideEdgesOnMove: large || graph.size > LARGE_GRAPH_EDGES,
    hideLabelsOnMove: large || graph.size > LARGE_GRAPH_EDGES,
    ...(large ? LARGE_LABELS : {}),
    nodeReducer: (node, attributes) => {
      const base = nodeStyle(node, attributes, view, highlight);
      // Not while hovering: the whole picture would change under the pointer as it moves.
      const style = large ? largeNodeStyle(base, highlight !== null && !state.hovered && !highlight.nodes.has(node)) : base;
      // A highlighted actor (hovered, on a path) keeps its label even where it collides.
      return hiddenLabels.has(node) && !highlight?.nodes.has(node) ? { ...style, label: null, forceLabel: false } : style;
    },
    edgeReducer: (edge, relation) => {
      const style = edgeStyle(edge, relation, graph.isDirected(edge), view, highlight);
      return large ? largeEdgeStyle(style, highlight?.edges.has(edge) ?? false) : style;
    },
  });

  // Marks for the render benchmark (test/bench/client-render.ts): sigma draws its first frame inside its constructor.
  performance.mark('explorer:first-render');
  let frameStart = 0;
  sigma.on('beforeRender', () => (frameStart = performance.now()));
  sigma.on('afterRender', () => renderTimes.push(performance.now() - frameStart));

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
    if (!options.onExpand) return;
    event.preventSigmaDefault(); // no zoom: the double-click is for loading the neighbours
    options.onExpand(node);
  });
  // A click that sigma's picking missed but that lands on a thin straight tie still opens it.
  sigma.on('clickStage', ({ event }) => {
    const near = nearestSegment(event, straightTies(), EDGE_CLICK_TOLERANCE);
    if (near) openEdge(near);
  });
  function* straightTies(): Generator<ScreenSegment> {
    if (view.visibleEdges.size > LARGE_GRAPH_EDGES) return; // too many to scan on a click; sigma's picking only
    for (const edge of view.visibleEdges) {
      if ((view.curvature.get(edge) ?? 0) !== 0) continue;
      const [s, t] = graph.extremities(edge);
      yield { id: edge, a: sigma.graphToViewport(graph.getNodeAttributes(s)), b: sigma.graphToViewport(graph.getNodeAttributes(t)) };
    }
  }
  // Labels: after each camera move (and once the layout is framed), leave out those that would overlap a more
  // important one: forced labels (the strongest states) first, then by the strength of the actor's ties.
  const measure = document.createElement('canvas').getContext('2d');
  let collisionFrame = 0;
  const scheduleLabelCollisions = () => {
    if (graph.order > LABEL_COLLISION_MAX_NODES || !measure || collisionFrame) return;
    collisionFrame = requestAnimationFrame(() => {
      collisionFrame = 0;
      if (killed) return;
      const next = overlappingLabels(labelBoxes());
      if (next.size === hiddenLabels.size && [...next].every((id) => hiddenLabels.has(id))) return;
      hiddenLabels = next;
      sigma.refresh({ skipIndexation: true });
    });
  };
  function labelBoxes(): LabelBox[] {
    const size = sigma.getSetting('labelSize');
    measure!.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    const boxes: LabelBox[] = [];
    graph.forEachNode((node, actor) => {
      const style = nodeStyle(node, actor, view, null);
      if (style.hidden || !style.label) return;
      const at = sigma.graphToViewport(actor);
      const radius = sigma.scaleSize((style.size ?? 1) * (large ? LARGE_NODE_SCALE : 1));
      // Where sigma's drawDiscNodeLabel writes: from x + size + 3, centred a third of the font size above y.
      boxes.push({
        id: node,
        x: at.x + radius + 3,
        y: at.y - (2 * size) / 3,
        width: measure!.measureText(style.label).width,
        height: size,
        priority: (view.labelled.has(node) ? 1e6 : 0) + (view.strength.get(node) ?? 0),
      });
    });
    return boxes;
  }
  sigma.getCamera().on('updated', scheduleLabelCollisions);

  const unsubscribe = store.subscribe((next, previous) => {
    state = next;
    if (next.filters !== previous.filters || next.asOf !== previous.asOf) {
      view = computeView(graph, next.filters, next.asOf);
      scheduleLabelCollisions();
    }
    highlight = computeHighlight(graph, view, next);
    if (next.focus && next.focus !== previous.focus && !next.hovered) centreOn(sigma, next.focus);
    sigma.refresh({ skipIndexation: onlyStyleChanged(next, previous) });
  });

  // The layout starts on the next frame, once the browser has painted the seeded picture (which matters for big graphs).
  let stopLayout = () => {};
  const layoutDone = new Promise<LayoutOutcome>((resolve) => {
    requestAnimationFrame(() => {
      // Killed before its first frame (a quick reload or remount): no layout for a renderer that is gone.
      if (killed) return resolve({ iterations: 0, reason: 'stopped', ran: 'worker' });
      if (options.placed) return resolve({ iterations: 0, reason: 'settled', ran: 'server' });
      const layout = runLayout(graph);
      stopLayout = layout.stop;
      void layout.done.then(resolve);
    });
  });
  void layoutDone.then(() => {
    if (killed) return; // sigma is gone: nothing to frame
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
    scheduleLabelCollisions();
    if (state.focus) centreOn(sigma, state.focus);
  });

  return {
    sigma,
    graph,
    layout: layoutDone,
    view: () => view,
    highlight: () => highlight,
    renderTimes,
    centreOn: (id) => centreOn(sigma, id),
    frameOn: (ids) => frameOn(sigma, ids),
    graphChanged() {
      if (killed) return;
      view = computeView(graph, state.filters, state.asOf);
      highlight = computeHighlight(graph, view, state);
      sigma.refresh();
      scheduleLabelCollisions();
    },
    kill() {
      killed = true;
      unsubscribe();
      stopLayout();
      sigma.kill();
    },
  };
}

/** Hover and panel changes only restyle; filter changes hide or show items, which sigma must re-index. */
function onlyStyleChanged(next: ExplorerState, previous: ExplorerState): boolean {
  return next.filters === previous.filters && next.asOf === previous.asOf && next.results.paths === previous.results.paths && next.panel === previous.panel && next.reader === previous.reader;
}

// sigma v3 wired to the store: reducers that read the view model and highlight; settings, pointer events, labels and framing live apart.
import Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { centreOn, frameOn } from './camera-moves.js';
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import { frameAfterLayout } from './frame-after-layout.js';
import { computeHighlight, type Highlight } from './highlight.js';
import { createLabelScheduler, type LabelScheduler } from './label-scheduler.js';
import { largeEdgeStyle, largeNodeStyle } from './large-style.js';
import { runLayout, type LayoutOutcome } from './layout.js';
import { onMotionChange, reducedMotion } from './motion.js';
import { wirePointerEvents } from './pointer-events.js';
import { motionSettings, sigmaSettings } from './sigma-settings.js';
import { edgeStyle, nodeStyle } from './styles.js';
import { computeView, type ViewModel } from './view-model.js';

export { LARGE_GRAPH_EDGES } from './sigma-settings.js';
export { LABEL_COLLISION_MAX_NODES } from './label-scheduler.js';
export { EDGE_CLICK_TOLERANCE } from './pointer-events.js';

/** How the canvas is set up: large mode (the server's overview of a big dataset) tunes sigma for many items. */
export interface RendererOptions {
  /** Big drawing: edges and labels hidden while moving, fewer and larger labels. */
  large?: boolean;
  /** The actors already stand where the server's layout (or, with `placedBy: 'file'`, the imported file) put them: no layout runs here. */
  placed?: boolean;
  placedBy?: 'server' | 'file';
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
export function createRenderer(
  container: HTMLElement,
  graph: DisplayGraph,
  store: Store,
  options: RendererOptions = {},
): Renderer {
  const large = options.large ?? false;
  let state = store.get();
  let view = computeView(graph, state.filters, state.asOf);
  let highlight = computeHighlight(graph, view, state);
  const renderTimes: number[] = [];
  let killed = false;
  // Made right after sigma, whose constructor already runs the reducers once.
  let labels: LabelScheduler | undefined;

  const sigma = new Sigma<DisplayNode, Relation>(graph, container, {
    ...sigmaSettings(graph.size, large),
    ...motionSettings(reducedMotion()),
    nodeReducer: (node, attributes) => {
      const base = nodeStyle(node, attributes, view, highlight);
      // Not while hovering: the whole picture would change under the pointer as it moves.
      const style = large
        ? largeNodeStyle(base, highlight !== null && !state.hovered && !highlight.nodes.has(node))
        : base;
      // A highlighted actor (hovered, on a path) keeps its label even where it collides.
      return labels?.hidden().has(node) && !highlight?.nodes.has(node)
        ? { ...style, label: null, forceLabel: false }
        : style;
    },
    edgeReducer: (edge, relation) => {
      const style = edgeStyle(edge, relation, graph.isDirected(edge), view, highlight);
      return large ? largeEdgeStyle(style, highlight?.edges.has(edge) ?? false) : style;
    },
  });
  // The reader may change the setting while the page is open.
  const stopMotionWatch = onMotionChange(() => sigma.setSettings(motionSettings(reducedMotion())));
  const scheduler = createLabelScheduler(sigma, graph, () => view, large);
  labels = scheduler;

  // Marks for the render benchmark (test/bench/client-render.ts): sigma draws its first frame inside its constructor.
  performance.mark('explorer:first-render');
  let frameStart = 0;
  sigma.on('beforeRender', () => (frameStart = performance.now()));
  sigma.on('afterRender', () => renderTimes.push(performance.now() - frameStart));
  wirePointerEvents(sigma, graph, store, () => view, options.onExpand);
  sigma.getCamera().on('updated', () => scheduler.schedule());

  const unsubscribe = store.subscribe((next, previous) => {
    state = next;
    if (next.filters !== previous.filters || next.asOf !== previous.asOf) {
      view = computeView(graph, next.filters, next.asOf);
      scheduler.schedule();
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
      if (options.placed) return resolve({ iterations: 0, reason: 'settled', ran: options.placedBy ?? 'server' });
      const layout = runLayout(graph);
      stopLayout = layout.stop;
      void layout.done.then(resolve);
    });
  });
  void layoutDone.then(() => {
    if (killed) return; // sigma is gone: nothing to frame
    frameAfterLayout(sigma, graph, view, large, state.focus);
    scheduler.schedule();
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
      scheduler.schedule();
    },
    kill() {
      killed = true;
      unsubscribe();
      stopMotionWatch();
      scheduler.stop();
      stopLayout();
      sigma.kill();
    },
  };
}

/** Hover and panel changes only restyle; filter changes hide or show items, which sigma must re-index. */
function onlyStyleChanged(next: ExplorerState, previous: ExplorerState): boolean {
  return (
    next.filters === previous.filters &&
    next.asOf === previous.asOf &&
    next.results.paths === previous.results.paths &&
    next.panel === previous.panel &&
    next.reader === previous.reader
  );
}

// Mounts the explorer once the graph has arrived: canvas, search, time slider, filters, legend, side panel, effects and URL sync.
import type { GraphView } from '../../graph/query/graph-view.js';
import type { SubgraphMeta } from '../api/contracts.js';
import { mountExportMenu } from '../export/export-menu.js';
import { createLargeMode } from '../large/large-mode.js';
import { applyPositions, type Positions } from '../large/merge-subgraph.js';
import { actorPicker } from '../panels/actor-picker.js';
import { byId } from '../panels/dom.js';
import { mountFilters } from '../panels/filters.js';
import { mountGraphList } from '../panels/graph-list.js';
import { mountShortcutsHelp } from '../panels/shortcuts-help.js';
import { mountSidebarToggle } from '../panels/sidebar-toggle.js';
import { mountLegend } from '../panels/legend.js';
import { mountSidePanel } from '../panels/side-panel.js';
import { mountSummary } from '../panels/summary.js';
import { mountTimeSlider } from '../panels/time-slider.js';
import { mountChangesView } from '../panels/changes-view.js';
import { placedByFile, toDisplayGraph } from '../render/display-graph.js';
import { mountImportDialog } from '../panels/import-dialog.js';
import { mountEditing } from '../editing/mount-editing.js';
import { onWrite } from '../editing/write-events.js';
import type { LayoutOutcome } from '../render/layout.js';
import { createRenderer, type Renderer } from '../render/renderer.js';
import type { Store } from '../state/store.js';
import { focusActor, openPanel } from '../state/transitions.js';
import { setEditContext } from '../editing/edit-context.js';
import type { AppContext } from './context.js';
import { startEffects } from './effects.js';
import { installShortcuts } from './shortcuts.js';
import { startUrlSync } from './url-sync.js';

/** What tests (and curious people in the console) can reach: `window.__explorer`. */
export interface ExplorerHandle extends AppContext {
  /** True once the layout has stopped. */
  layoutDone: boolean;
  /** How the layout ended (iterations, reason), once it has. */
  layoutOutcome?: LayoutOutcome;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

/** Large mode: the overview's description and positions, and where to report a failed load. */
export interface LargeMount {
  meta: SubgraphMeta;
  positions: Positions;
  report(message: string): void;
}

/** Builds everything around the store for the graph the server sent (the whole graph, or the overview in large mode). */
export async function mountApp(store: Store, serialized: GraphView, largeMount?: LargeMount): Promise<Renderer> {
  const graph = toDisplayGraph(serialized);
  // The server's positions are used only if it had them for the first drawing: one coordinate system per session.
  const usePositions = largeMount?.meta.layout === 'ready' && applyPositions(graph, largeMount.positions) > 0;
  const large = largeMount
    ? createLargeMode({ store, graph, meta: largeMount.meta, usePositions, report: largeMount.report })
    : undefined;
  const sources = new Map(serialized.attributes.sources.map((source) => [source.id, source]));
  const presentKinds = new Set<string>();
  graph.forEachEdge((_edge, relation) => presentKinds.add(relation.kind));
  const presentActorKinds = new Set<string>();
  graph.forEachNode((_node, actor) => presentActorKinds.add(actor.kind));

  const fromFile = !large && placedByFile(graph);
  const renderer = createRenderer(
    byId('graph'),
    graph,
    store,
    large
      ? { large: true, placed: usePositions, onExpand: (id) => void large.expand(id) }
      : fromFile
        ? { placed: true, placedBy: 'file' }
        : {},
  );
  const context: AppContext = {
    store,
    graph,
    sources,
    renderer,
    ...(large ? { large } : {}),
    ...(fromFile ? { filePositions: true } : {}),
  };
  setEditContext(context);
  const handle: ExplorerHandle = { ...context, layoutDone: false };
  window.__explorer = handle;
  void renderer.layout.then((outcome) => {
    performance.mark('explorer:layout-done');
    handle.layoutOutcome = outcome;
    handle.layoutDone = true;
    document.body.dataset.layout = 'done';
  });

  const search = actorPicker({
    label: 'Search actors',
    name: 'search',
    hideLabel: true,
    placeholder: 'Search actors (name or alias)…',
    onPick: (actor) => {
      store.dispatch((s) => focusActor(s, actor.id));
      renderer.centreOn(actor.id);
    },
  });
  byId('search').replaceChildren(search.element);
  const syncTime = mountTimeSlider(byId('time'), store, graph);
  const syncChanges = mountChangesView(byId('changes-slot'), store, graph);
  const syncFilters = mountFilters(byId('filters'), store, presentKinds);
  mountLegend(byId('legend'), presentActorKinds);
  const syncPanel = mountSidePanel(byId('panel'), context, presentKinds);
  const syncSummary = mountSummary(byId('summary'), context);
  const list = mountGraphList(byId('graph-list'), context);
  const openHelp = mountShortcutsHelp();
  installShortcuts({ search: () => search.input.focus(), list: () => list.enter(), help: openHelp });
  byId('open-shortcuts').addEventListener('click', openHelp);
  mountSidebarToggle(byId('toggle-sidebar'), byId('sidebar'));
  // On phones the panel sheet takes room from the canvas: sigma only watches the window, so tell it when its box changes.
  new ResizeObserver(() => renderer.sigma.resize()).observe(byId('graph'));
  byId('skip-list').addEventListener('click', (event) => (event.preventDefault(), list.enter()));

  mountImportDialog(byId('import-dialog') as HTMLDialogElement, byId('open-import'));
  byId('open-path').addEventListener('click', () => store.dispatch((s) => openPanel(s, 'path')));
  byId('open-compare').addEventListener('click', () => store.dispatch((s) => openPanel(s, 'compare')));
  mountExportMenu(byId('export-open'), context);
  mountEditing(context);

  const initial = store.get();
  syncTime(initial);
  syncChanges(initial);
  syncFilters(initial);
  syncPanel(initial, null);
  syncSummary(initial);
  // A write changes the graph, not the state: the caption's counts follow the drawing it made.
  onWrite(() => syncSummary(store.get()));
  store.subscribe((state, previous) => {
    if (state.asOf !== previous.asOf || state.filters !== previous.filters) {
      syncTime(state);
      syncChanges(state);
      syncSummary(state);
      list.sync(state);
    }
    if (state.filters !== previous.filters) syncFilters(state);
    syncPanel(state, previous);
  });
  if (large) {
    large.onChange(() => {
      syncSummary(store.get());
      list.sync(store.get());
    });
    large.attach(renderer);
    document.body.dataset.mode = 'large';
  }
  startEffects(store);
  startUrlSync(store);
  document.body.dataset.state = 'ready';
  return renderer;
}

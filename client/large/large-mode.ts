// Large mode: the server's overview is drawn; actors are expanded on demand, the filters refetch, and paths and ties are merged in to be seen.
import type { ComparePairsResult, TieCard } from '../../graph/query/results.js';
import type { Path } from '../../graph/relation-index/path-query.js';
import { fetchSubgraph } from '../api/endpoints.js';
import type { Subgraph, SubgraphMeta } from '../api/contracts.js';
import { describeError } from '../api/http.js';
import type { DisplayGraph } from '../render/display-graph.js';
import type { Renderer } from '../render/renderer.js';
import type { Store } from '../state/store.js';
import { expandActor, forgetExpansion } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import { EXPAND_LIMIT, MAX_FOCUS, OVERVIEW_LIMIT } from './limits.js';
import { mergeParts, recordParts, type MergeOutcome, type Parts, type Positions } from './merge-subgraph.js';
import { createSerialQueue } from './serial-queue.js';

/** Wait after the last filter change before asking the server again (the as-of slider fires on every step). */
const REFETCH_DELAY = 250;

/** What the panels, the caption and the tests may ask of large mode. */
export interface LargeMode {
  /** Actors in the dataset, and its relations passing the current filter, as the server last reported them. */
  readonly total: { actors: number; relations: number };
  /** Actors whose neighbours were loaded. */
  expanded(): ReadonlySet<string>;
  /**
   * Loads an actor's neighbours into the drawing (after the layout has stopped) by recording the expansion in the
   * state (`?expand=`), which the controller follows; resolves once loaded. A failure is reported, not thrown.
   */
  expand(id: string): Promise<void>;
  /** True while a load or merge is queued or running (the caption says so). */
  busy(): boolean;
  /** Resolves once every queued load and merge is done. */
  idle(): Promise<void>;
  /** Called after every change of the drawing; returns the function that stops it. */
  onChange(listener: () => void): () => void;
  /** Starts following the store, once the renderer exists; returns the function that stops following it. */
  attach(renderer: Renderer): () => void;
}

/** What large mode is built from. */
export interface LargeModeOptions {
  store: Store;
  graph: DisplayGraph;
  meta: SubgraphMeta;
  /** True when the drawing uses the server's layout, so later answers' positions apply too. */
  usePositions: boolean;
  /** Shows a failed load to the user. */
  report(message: string): void;
}

/** Creates the large-mode controller for a graph built from the first overview. */
export function createLargeMode({ store, graph, meta, usePositions, report }: LargeModeOptions): LargeMode {
  /** Expansions merged into the drawing, and those asked for (merged or on their way). */
  const expanded = new Set<string>();
  const asked = new Set<string>();
  const total = { actors: meta.totalActors, relations: meta.totalRelations };
  const listeners: Array<() => void> = [];
  let renderer: Renderer | null = null;
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  let refetchController: AbortController | null = null;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  // One queue for every load and merge: merges never interleave, and none runs while the layout moves the actors.
  const queue = createSerialQueue((error) => report(describeError(error)), notify);
  const enqueue = queue.run;
  const merged = (parts: Parts, positions: Positions, anchor: string | null): MergeOutcome => {
    const outcome = mergeParts(graph, parts, usePositions ? positions : {}, anchor);
    if (outcome.nodes.length || outcome.edges.length) {
      renderer?.graphChanged();
      notify();
    }
    return outcome;
  };
  const ask = (state: ExplorerState, focus: readonly string[] | undefined, signal?: AbortSignal): Promise<Subgraph> =>
    fetchSubgraph(
      {
        ...(focus ? { focus, depth: 1 } : {}),
        limit: focus ? Math.min(OVERVIEW_LIMIT, EXPAND_LIMIT * focus.length) : OVERVIEW_LIMIT,
        filters: state.filters,
        asOf: state.asOf,
      },
      signal,
    );

  // Several expansions (a shared link) go in one request; if the server refuses it (an unknown id), each goes alone.
  const load = (ids: readonly string[]): Promise<void> =>
    enqueue(async () => {
      let answer: Subgraph;
      try {
        answer = await ask(store.get(), ids);
      } catch (error) {
        if (ids.length > 1) return void ids.forEach((id) => void load([id]));
        asked.delete(ids[0]!);
        store.dispatch((s) => forgetExpansion(s, ids[0]!));
        throw error;
      }
      for (const id of ids) expanded.add(id);
      merged(answer, answer.positions, ids.length === 1 ? ids[0]! : null);
      notify();
      const { focus } = store.get();
      if (focus && ids.includes(focus)) renderer?.centreOn(focus);
    });
  const expand = (id: string): Promise<void> => {
    store.dispatch((s) => expandActor(s, id));
    // The store's listeners ran synchronously: the load, if any, is queued.
    return queue.idle();
  };

  // Filters changed: the strongest actors under the new filter, and the expanded actors' neighbours under it, are merged in.
  const refetch = () => {
    refetchTimer = undefined;
    refetchController?.abort();
    const controller = new AbortController();
    refetchController = controller;
    void enqueue(async () => {
      const state = store.get();
      // The server takes a bounded focus list: the latest expansions are the ones the analyst is looking at.
      const focus = [...expanded].slice(-MAX_FOCUS);
      const [overview, around] = await Promise.all([
        ask(state, undefined, controller.signal),
        focus.length ? ask(state, focus, controller.signal) : null,
      ]);
      if (controller.signal.aborted) return;
      // The relations total counts those passing the filter: the new overview knows it under the new one.
      total.relations = overview.meta.totalRelations;
      merged(overview, overview.positions, null);
      if (around) merged(around, around.positions, null);
      notify();
    });
  };

  // Answers about actors or relations not drawn yet: draw them, so the highlight has something to show.
  // Every alternative is merged (stepping through them needs no wait); the camera goes to the one chosen.
  // With the server's layout, actors an answer names but the drawing lacks are asked for (depth 0: just them), to stand where it placed them.
  const placeMissing = async (ids: readonly string[]) => {
    const missing = [...new Set(ids)].filter((id) => !graph.hasNode(id)).slice(0, MAX_FOCUS);
    if (!usePositions || missing.length === 0) return;
    const { filters, asOf } = store.get();
    const placed = await fetchSubgraph({ focus: missing, depth: 0, limit: missing.length, filters, asOf });
    merged({ nodes: placed.nodes, edges: [] }, placed.positions, null);
  };
  const mergePaths = (paths: readonly Path[], chosen: number) =>
    enqueue(async () => {
      await placeMissing(paths.flatMap((path) => path.actors.map((actor) => actor.id)));
      for (const path of paths) merged(recordParts(path.actors, path.relations), {}, null);
      const shown = paths[chosen];
      if (shown) renderer?.frameOn(shown.actors.map((actor) => actor.id));
    });
  const mergeTies = (cards: readonly TieCard[]) =>
    enqueue(async () => {
      await placeMissing(cards.flatMap((card) => [card.a.id, card.b.id]));
      for (const card of cards)
        merged(
          recordParts(
            [card.a, card.b],
            card.byKind.flatMap((kind) => kind.relations.map((tie) => tie.relation)),
          ),
          {},
          null,
        );
    });

  const follow = (state: ExplorerState, previous: ExplorerState | null) => {
    if (previous && (state.filters !== previous.filters || state.asOf !== previous.asOf)) {
      clearTimeout(refetchTimer);
      refetchTimer = setTimeout(refetch, REFETCH_DELAY);
    }
    const fresh = state.expanded.filter((id) => !asked.has(id));
    if (fresh.length) {
      for (const id of fresh) asked.add(id);
      void load(fresh);
    }
    const { paths, tie, compare } = state.results;
    if (paths.status === 'ok' && (paths !== previous?.results.paths || state.chosenPath !== previous.chosenPath))
      void mergePaths(paths.data.paths, state.chosenPath);
    if (tie !== previous?.results.tie && tie.status === 'ok') void mergeTies([tie.data]);
    if (compare !== previous?.results.compare && compare.status === 'ok' && 'pairs' in compare.data)
      void mergeTies((compare.data as ComparePairsResult).pairs);
    // Last, as it changes the state (this listener then runs again with it): a focused actor not drawn is expanded.
    if (state.focus && state.focus !== previous?.focus && !graph.hasNode(state.focus))
      store.dispatch((s) => expandActor(s, s.focus ?? ''));
  };

  return {
    total,
    expanded: () => expanded,
    expand,
    busy: () => queue.pending() > 0,
    idle: async () => {
      // A refetch waiting for its delay counts as queued work.
      while (refetchTimer !== undefined) await new Promise((resolve) => setTimeout(resolve, REFETCH_DELAY));
      await queue.idle();
    },
    onChange(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
    attach(drawing) {
      renderer = drawing;
      queue.after(drawing.layout);
      const stop = store.subscribe(follow);
      follow(store.get(), null);
      return () => {
        stop();
        clearTimeout(refetchTimer);
        refetchTimer = undefined;
        refetchController?.abort();
      };
    },
  };
}

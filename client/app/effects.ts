// Effects: when the question on screen changes (focus, tie, path, comparison, as-of year), ask the API and store the answer.
import { compareActors, comparePairs, fetchActor, fetchPaths, fetchRelations, fetchTie } from '../api/endpoints.js';
import { describeError } from '../api/http.js';
import type { Store } from '../state/store.js';
import { setResult } from '../state/transitions.js';
import { timeScope, type ExplorerState, type Results } from '../state/types.js';

/** The time part of a query key. */
const when = (s: ExplorerState) => (s.asOf ? `${s.asOf}${s.filters.datedOnly ? '!' : ''}` : '');

type Loader<K extends keyof Results> = {
  /** The key of the question the state asks, or null when it asks none. */
  key(state: ExplorerState): string | null;
  load(state: ExplorerState, signal: AbortSignal): Promise<Extract<Results[K], { status: 'ok' }>['data']>;
};

const LOADERS: { [K in keyof Results]: Loader<K> } = {
  actor: {
    key: (s) => (s.focus ? `${s.focus}@${when(s)}` : null),
    load: async (s, signal) => {
      const [summary, relations] = await Promise.all([
        fetchActor(s.focus!, timeScope(s), signal),
        fetchRelations(s.focus!, timeScope(s), signal),
      ]);
      return { summary, relations };
    },
  },
  tie: {
    key: (s) => (s.tie ? `${s.tie[0]}:${s.tie[1]}@${when(s)}${s.rollup ? '+rollup' : ''}` : null),
    load: (s, signal) => fetchTie(s.tie!, timeScope(s), signal, s.rollup),
  },
  paths: {
    key: (s) => (s.path ? `${JSON.stringify(s.path)}@${when(s)}${s.rollup ? '+rollup' : ''}` : null),
    load: (s, signal) => fetchPaths(s.path!, timeScope(s), signal, s.rollup),
  },
  compare: {
    key: (s) =>
      s.compare ? `${JSON.stringify(s.compare)}@${when(s)}${s.rollup && 'pairs' in s.compare ? '+rollup' : ''}` : null,
    load: (s, signal) =>
      'pairs' in s.compare!
        ? comparePairs(s.compare.pairs, timeScope(s), signal, s.rollup)
        : compareActors(s.compare!.actors, timeScope(s), signal),
  },
};

/** Starts watching the store; every changed question is sent once, and an answer to a superseded one is dropped. */
export function startEffects(store: Store): void {
  const inFlight = new Map<keyof Results, AbortController>();
  const run = <K extends keyof Results>(name: K, state: ExplorerState) => {
    const loader = LOADERS[name] as Loader<K>;
    const key = loader.key(state);
    const current = state.results[name];
    if (key === null) {
      if (current.status !== 'idle') {
        inFlight.get(name)?.abort();
        store.dispatch((s) => setResult(s, name, { status: 'idle' } as Results[K]));
      }
      return;
    }
    if (current.status !== 'idle' && current.key === key) return;
    inFlight.get(name)?.abort();
    const controller = new AbortController();
    inFlight.set(name, controller);
    store.dispatch((s) => setResult(s, name, { status: 'loading', key } as Results[K]));
    loader.load(state, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted)
          store.dispatch((s) => setResult(s, name, { status: 'ok', key, data } as Results[K]));
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          store.dispatch((s) =>
            setResult(s, name, { status: 'error', key, message: describeError(error) } as Results[K]),
          );
      },
    );
  };
  // Each run reads the store afresh: a dispatch inside one run has already re-entered check with the newer state.
  const check = () => {
    run('actor', store.get());
    run('tie', store.get());
    run('paths', store.get());
    run('compare', store.get());
  };
  store.subscribe(check);
  check();
}

// Effects: when the question on screen changes (focus, tie, path, comparison, as-of year), ask the API and store the answer.
import { compareActors, comparePairs, fetchActor, fetchPaths, fetchRelations, fetchTie } from '../api/endpoints.js';
import { describeError } from '../api/http.js';
import type { Store } from '../state/store.js';
import { setResult } from '../state/transitions.js';
import type { ExplorerState, Results } from '../state/types.js';

type Loader<K extends keyof Results> = {
  /** The key of the question the state asks, or null when it asks none. */
  key(state: ExplorerState): string | null;
  load(state: ExplorerState, signal: AbortSignal): Promise<Extract<Results[K], { status: 'ok' }>['data']>;
};

const LOADERS: { [K in keyof Results]: Loader<K> } = {
  actor: {
    key: (s) => (s.focus ? `${s.focus}@${s.asOf ?? ''}` : null),
    load: async (s, signal) => {
      const [summary, relations] = await Promise.all([fetchActor(s.focus!, s.asOf, signal), fetchRelations(s.focus!, s.asOf, signal)]);
      return { summary, relations };
    },
  },
  tie: {
    key: (s) => (s.tie ? `${s.tie[0]}:${s.tie[1]}@${s.asOf ?? ''}` : null),
    load: (s, signal) => fetchTie(s.tie!, s.asOf, signal),
  },
  paths: {
    key: (s) => (s.path ? `${JSON.stringify(s.path)}@${s.asOf ?? ''}` : null),
    load: (s, signal) => fetchPaths(s.path!, s.asOf, signal),
  },
  compare: {
    key: (s) => (s.compare ? `${JSON.stringify(s.compare)}@${s.asOf ?? ''}` : null),
    load: (s, signal) => ('pairs' in s.compare! ? comparePairs(s.compare.pairs, s.asOf, signal) : compareActors(s.compare!.actors, s.asOf, signal)),
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
        if (!controller.signal.aborted) store.dispatch((s) => setResult(s, name, { status: 'ok', key, data } as Results[K]));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.dispatch((s) => setResult(s, name, { status: 'error', key, message: describeError(error) } as Results[K]));
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

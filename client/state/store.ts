// A minimal store: holds the state, applies named transitions, and tells subscribers what changed.
import type { ExplorerState } from './types.js';

/** A transition: the next state from the current one (see transitions.ts). */
export type Transition = (state: ExplorerState) => ExplorerState;

/** Called after every change with the new state and the state this listener saw last. */
export type Listener = (state: ExplorerState, previous: ExplorerState) => void;

/** The store the panels and the renderer share. */
export interface Store {
  get(): ExplorerState;
  dispatch(transition: Transition): void;
  subscribe(listener: Listener): () => void;
}

/**
 * Creates a store around an initial state; a transition that returns the same object notifies nobody.
 * A listener may dispatch (the effects do): the nested change reaches every listener at once, and the outer
 * round stops, so no listener is handed a state older than one it has seen, and `previous` is always the
 * state that listener saw last (a change made in between is never lost to it).
 */
export function createStore(initial: ExplorerState): Store {
  let state = initial;
  let version = 0;
  const listeners = new Map<Listener, ExplorerState>();
  return {
    get: () => state,
    dispatch(transition) {
      const next = transition(state);
      if (next === state) return;
      state = next;
      const mine = ++version;
      for (const [listener, seen] of listeners) {
        if (version !== mine) break;
        if (seen === next) continue;
        listeners.set(listener, next);
        listener(next, seen);
      }
    },
    subscribe(listener) {
      listeners.set(listener, state);
      return () => listeners.delete(listener);
    },
  };
}

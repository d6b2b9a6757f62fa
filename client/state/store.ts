// A minimal store: holds the state, applies named transitions, and tells subscribers what changed.
import type { ExplorerState } from './types.js';

/** A transition: the next state from the current one (see transitions.ts). */
export type Transition = (state: ExplorerState) => ExplorerState;

/** Called after every change with the new and the previous state. */
export type Listener = (state: ExplorerState, previous: ExplorerState) => void;

/** The store the panels and the renderer share. */
export interface Store {
  get(): ExplorerState;
  dispatch(transition: Transition): void;
  subscribe(listener: Listener): () => void;
}

/** Creates a store around an initial state; a transition that returns the same object notifies nobody. */
export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(transition) {
      const previous = state;
      const next = transition(previous);
      if (next === previous) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

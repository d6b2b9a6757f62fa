// Keeps the address bar in step with the state: a new history entry when the question changes, a replaced one for filter tweaks.
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { queryToState, stateToQuery } from '../state/url.js';

/** True if going from `previous` to `state` is worth a Back-button step (a new focus, panel or question). */
export function isNavigation(state: ExplorerState, previous: ExplorerState): boolean {
  return (
    state.panel !== previous.panel ||
    state.focus !== previous.focus ||
    state.tie !== previous.tie ||
    state.path !== previous.path ||
    state.compare !== previous.compare
  );
}

/** Starts syncing; Back and Forward restore the view the URL describes. */
export function startUrlSync(store: Store): void {
  store.subscribe((state, previous) => {
    const query = stateToQuery(state);
    const current = window.location.search.replace(/^\?/, '');
    if (query === current) return;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (isNavigation(state, previous)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => {
    const { state } = queryToState(window.location.search);
    store.dispatch((current) => ({ ...state, hovered: null, results: current.results }));
  });
}

// Going to a revision of the record (or back to now): a fresh page at the same view with `?revision=` set, so every read is pinned and the link is shareable.
import type { Store } from '../state/store.js';
import { stateToQuery } from '../state/url.js';

/** The address of the current view at `revision` (null: now). */
export function travelAddress(store: Store, revision: number | null): string {
  const query = stateToQuery({ ...store.get(), revision });
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Loads the view at `revision`. A new page rather than a swap in place: the drawing, its layout and every panel
 * were built from one revision's graph, and reloading them all is what the dataset picker does too.
 */
export function travelTo(store: Store, revision: number | null): void {
  window.location.assign(travelAddress(store, revision));
}

/** Back and Forward across a change of revision: the page must be rebuilt at the revision the address names. */
export function reloadOnRevisionChange(store: Store, loaded: number | null): void {
  store.subscribe((state) => {
    if (state.revision !== loaded) window.location.reload();
  });
}

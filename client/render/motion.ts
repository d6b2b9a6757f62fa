// Whether the reader asked for less motion (the system setting prefers-reduced-motion): the layout then shows only where it ends.

/** True when the browser reports `prefers-reduced-motion: reduce` (false outside a browser, as in tap). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Calls `changed` whenever the reader changes that setting while the page is open; returns the unsubscribe. */
export function onMotionChange(changed: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia('(prefers-reduced-motion: reduce)');
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

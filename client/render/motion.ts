// Whether the reader asked for less motion (the system setting prefers-reduced-motion): the layout then shows only where it ends.

/** True when the browser reports `prefers-reduced-motion: reduce` (false outside a browser, as in tap). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Whether the reader asked for less motion (the system setting prefers-reduced-motion): the layout and the camera then jump to where they end.

/** True when the browser reports `prefers-reduced-motion: reduce` (false outside a browser, as in tap). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

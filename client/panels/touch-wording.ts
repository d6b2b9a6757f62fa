// Words for the pointer in hand: "tap" on touch screens and phones (no hover there), "click" and "hover" elsewhere.

/** True on a screen without hover (touch) or as narrow as a phone. */
export function isTouchLike(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(hover: none), (max-width: 820px)').matches;
}

/** How to use the canvas, in the words of the device. */
export function canvasHelp(touch = isTouchLike()): string {
  return touch
    ? 'Tap an actor for its ties and the quoted evidence, tap a line for the tie card; pinch to zoom, drag to move.'
    : 'Hover an actor to see its partners, click it for its ties and the quoted evidence, click a line for the tie card.';
}

/** The verb for opening a tie from the canvas. */
export function pressVerb(touch = isTouchLike()): string {
  return touch ? 'tap' : 'click';
}

// Keyboard focus around the side panel: a panel opened by the user takes focus at its heading; closing it gives focus back to its opener.
import type { ExplorerState } from '../state/types.js';

/** Hooks the side panel calls around each render. */
export interface PanelFocus {
  before(state: ExplorerState, previous: ExplorerState | null): void;
  after(state: ExplorerState): void;
}

/** The subject a panel shows: a new one (another actor, another pair) counts as a new opening. */
function subject(state: ExplorerState): string {
  return `${state.panel}|${state.panel === 'actor' ? state.focus : state.panel === 'tie' ? state.tie?.join(':') : ''}`;
}

/** Follows the panel's openings and closings for `root` (the panel) and `body` (what it renders into). */
export function panelFocus(root: HTMLElement, body: HTMLElement): PanelFocus {
  let opener: HTMLElement | null = null;
  let pending = false;
  return {
    before(state, previous) {
      // On first load the page opens what the address names: focus stays at the top of the page.
      if (!previous) return;
      const active =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body
          ? document.activeElement
          : null;
      if (state.panel === null && previous.panel !== null) {
        pending = false;
        const back = opener?.isConnected ? opener : document.querySelector<HTMLInputElement>('#search input');
        opener = null;
        // Focus goes back only if it was in the panel (or nowhere): a click elsewhere keeps its own focus.
        if (!active || root.contains(active)) queueMicrotask(() => back?.focus());
        return;
      }
      if (state.panel !== null && subject(state) !== subject(previous)) {
        // Opened from outside (search, list, a button): remember where; opened from inside (a partner's tie card): keep the first opener.
        if (active && !root.contains(active)) opener = active;
        pending = true;
      }
    },
    after(state) {
      if (!pending || state.panel === null) return;
      const heading = body.querySelector<HTMLElement>('[data-start-here]') ?? body.querySelector<HTMLElement>('h2');
      if (!heading || body.querySelector('.loading')) return; // wait for the answer: the heading comes with it
      pending = false;
      heading.tabIndex = -1;
      // No scroll: a panel that scrolls itself to a passage (the reader) keeps its place.
      heading.focus({ preventScroll: true });
    },
  };
}

// The shape of a mounted side panel: its element, and how it follows the state.
import type { ExplorerState } from '../state/types.js';

/** A side panel built once and updated on every state change. */
export interface PanelView {
  element: HTMLElement;
  update(state: ExplorerState): void;
}

// The app context the edit controls act in, registered once at mount: cards are built deep in panels that do not carry it.
import type { AppContext } from '../app/context.js';

let context: AppContext | null = null;

/** Registers the mounted app's context (called once by mountApp). */
export function setEditContext(next: AppContext): void {
  context = next;
}

/** The mounted app's context; null before mounting (no edit controls then). */
export function editContext(): AppContext | null {
  return context;
}

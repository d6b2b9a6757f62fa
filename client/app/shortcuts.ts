// Page-wide keys: `/` to search, `l` to the list view, `?` for the shortcuts; never while the user types in a field.
import { SHORTCUTS } from '../panels/shortcuts-help.js';

/** What the page-wide keys do. */
export interface ShortcutActions {
  search(): void;
  list(): void;
  help(): void;
}

/** True when a key press belongs to a field (typing "/" in the search box must type it). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit'].includes(target.type)
  );
}

/** Listens for the page-wide keys listed in SHORTCUTS. */
export function installShortcuts(actions: ShortcutActions): void {
  const keys = new Set<string>(SHORTCUTS.map((s) => s.keys));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    if (document.querySelector('dialog[open]') || !keys.has(event.key)) return;
    const action =
      event.key === '/' ? actions.search : event.key === 'l' ? actions.list : event.key === '?' ? actions.help : null;
    if (!action) return;
    event.preventDefault();
    action();
  });
}

// The keyboard shortcuts dialog (`?`): a native <dialog>, so Esc closes it and focus goes back where it was.
import { h } from './dom.js';

/** Every shortcut the page answers, in the order the dialog lists them. */
export const SHORTCUTS = [
  { keys: '/', does: 'Search actors' },
  { keys: 'l', does: 'Go to the list view of the drawn actors and ties' },
  { keys: '↑ ↓', does: 'In the list: previous or next actor (the graph follows)' },
  { keys: '→ ←', does: 'In the list: open an actor’s partners, go back to the actor' },
  { keys: 'Enter', does: 'In the list: open the actor’s panel or the tie card' },
  { keys: 'Esc', does: 'Close the open panel (focus returns where it was) or this dialog' },
  { keys: '?', does: 'Show these shortcuts' },
] as const;

/** Builds the dialog (appended to the body) and returns the function that opens it. */
export function mountShortcutsHelp(): () => void {
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close shortcuts' }, '×');
  const dialog = h(
    'dialog',
    { class: 'shortcuts', 'aria-labelledby': 'shortcuts-title' },
    close,
    h('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'),
    h(
      'dl',
      { class: 'facts' },
      SHORTCUTS.map(({ keys, does }) => [h('dt', {}, h('kbd', {}, keys)), h('dd', {}, does)]),
    ),
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  return () => {
    if (!dialog.open) dialog.showModal();
  };
}

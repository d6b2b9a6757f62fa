// A row of edit buttons that only editors see (never on a past revision), with a failure shown beside the button pressed.
import { describeWriteError } from '../api/writes.js';
import { isTravelling } from '../history/record-info.js';
import { h } from '../panels/dom.js';
import { canEdit, getSession, subscribeSession } from '../state/session.js';

/** One button: its text, its class, and what it does (a failure to start it is shown beside it). */
export type ControlSpec = readonly [label: string, className: string, action: () => Promise<void>];

/**
 * The buttons in a `.edit-controls` row, hidden unless the session may edit; null on a past revision, where nothing
 * is edited. Panels are rebuilt often, so the row stops following the session once it has left the page.
 */
export function editorControls(specs: readonly ControlSpec[]): HTMLElement | null {
  if (isTravelling()) return null;
  const failure = h('span', { class: 'control-error', role: 'alert' });
  const row = h(
    'p',
    { class: 'edit-controls' },
    specs.map(([label, className, action]) =>
      h(
        'button',
        {
          type: 'button',
          class: className,
          onclick: () => {
            failure.textContent = '';
            action().catch((error: unknown) => (failure.textContent = describeWriteError(error)));
          },
        },
        label,
      ),
    ),
    failure,
  );
  row.hidden = !canEdit(getSession());
  let attached = false;
  const stop = subscribeSession((session) => {
    if (row.isConnected) attached = true;
    else if (attached) return stop();
    row.hidden = !canEdit(session);
  });
  return row;
}

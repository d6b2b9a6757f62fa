// The reader's dismissed sentences under the candidates: who dismissed each, when and why, and Undo (editors), which makes it a candidate again and is logged too.
import type { DismissalList } from '../../server/schemas/mentions.js';
import { ApiError, describeError, getJson } from '../api/http.js';
import { describeWriteError, sendJson } from '../api/writes.js';
import { showWhenCanEdit } from '../editing/edit-controls.js';
import { announceWrite } from '../editing/write-events.js';
import { h, replaceChildren } from '../panels/dom.js';

type Dismissal = DismissalList['dismissals'][number];

/** "erin, 6 Dec 2026: a plan, not a deal" — who, when and why, in one line. */
export function dismissalLine(dismissal: Pick<Dismissal, 'who' | 'at' | 'reason'>): string {
  const when = new Date(dismissal.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return `Dismissed by ${dismissal.who}, ${when}${dismissal.reason ? `: ${dismissal.reason}` : ' (no reason given)'}`;
}

/** Builds the list; `show(id)` reads a source's dismissals (again after each write touching it). */
export function mountDismissed(): { element: HTMLElement; show(id: string): void } {
  const summary = h('summary', {}, 'Dismissed');
  const list = h('ol', { class: 'dismissed' });
  const element = h('details', { class: 'dismissed-box', hidden: true }, summary, list);
  let current = '';

  const item = (id: string, dismissal: Dismissal): HTMLElement => {
    const problem = h('p', { class: 'error', role: 'alert' });
    const undo = h('button', { type: 'button', class: 'undo-dismissal' }, 'Undo');
    showWhenCanEdit(undo);
    undo.addEventListener('click', () => {
      undo.disabled = true;
      problem.textContent = '';
      sendJson('POST', `/api/sources/${encodeURIComponent(id)}/dismissals/undo`, { text: dismissal.text })
        .then(({ revision }) => announceWrite({ type: 'dismissal', id, sources: [id], revision }))
        .catch((error: unknown) => {
          problem.textContent = describeWriteError(error);
          undo.disabled = false;
        });
    });
    return h(
      'li',
      { class: 'dismissed-item' },
      h('blockquote', {}, dismissal.text),
      h('p', { class: 'muted small' }, dismissalLine(dismissal), ' ', undo),
      problem,
    );
  };

  const show = (id: string) => {
    current = id;
    getJson<DismissalList>(`/api/sources/${encodeURIComponent(id)}/dismissals`).then(
      (answer) => {
        if (current !== id) return;
        element.hidden = answer.dismissals.length === 0;
        summary.textContent = `Dismissed (${answer.dismissals.length})`;
        replaceChildren(
          list,
          answer.dismissals.map((dismissal) => item(id, dismissal)),
        );
      },
      (error: unknown) => {
        if (current !== id) return;
        // Without a store the route does not exist: nothing is offered.
        element.hidden = error instanceof ApiError && error.statusCode === 404;
        replaceChildren(list, h('li', { class: 'error' }, `Dismissals unavailable: ${describeError(error)}`));
      },
    );
  };
  return { element, show };
}

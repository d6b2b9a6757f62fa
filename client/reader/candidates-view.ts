// The reader's candidate list: sentences naming two or more actors that nothing cites yet, each with "Create relation" and "Dismiss" (editors); it shrinks as the analyst works.
import type { SourceCandidates } from '../../server/schemas/mentions.js';
import { ApiError, describeError, getJson } from '../api/http.js';
import { describeWriteError, sendJson } from '../api/writes.js';
import { showWhenCanEdit } from '../editing/edit-controls.js';
import { editingActions } from '../editing/editing-actions.js';
import { announceWrite, onWrite, touchesSource } from '../editing/write-events.js';
import { h, replaceChildren } from '../panels/dom.js';
import { percent } from '../panels/format.js';
import { mountDismissed } from './dismissed-view.js';
import { canEdit } from '../state/session.js';

type Candidate = SourceCandidates['candidates'][number];

/** "uncited: mentions Israel and Iran" (three or more: "Israel, Iran and Turkey"). */
export function candidateLabel(candidate: Pick<Candidate, 'actors'>): string {
  const names = candidate.actors.map((actor) => actor.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return `uncited: mentions ${list}`;
}

/** Builds the list; `show(id)` loads a source's candidates (again after each write touching it). */
export function mountCandidates(): { element: HTMLElement; show(id: string): void } {
  const summary = h('summary', {}, 'Candidates');
  const figure = h('p', { class: 'muted small candidates-figure', 'aria-live': 'polite' });
  const list = h('ol', { class: 'candidates' });
  const dismissed = mountDismissed();
  const element = h('details', { class: 'candidates-box', hidden: true }, summary, figure, list, dismissed.element);
  let current = '';

  let opened = '';
  const render = (id: string, answer: SourceCandidates) => {
    element.hidden = false;
    // An editor starts here (each sentence is one click from the form): the list opens once per source, then stays as left.
    if (opened !== id) {
      opened = id;
      element.open = canEdit() && answer.candidates.length > 0;
    }
    summary.textContent = `Candidates (${answer.candidates.length})`;
    figure.textContent = `${answer.cited} of ${answer.sentences} sentences cited (${percent(answer.share)}); ${answer.candidates.length} uncited name two actors or more; ${answer.dismissed} dismissed`;
    // Focus in the list (on the button that opened the form just saved) goes on to the next candidate, not to the page's top.
    const hadFocus = list.contains(document.activeElement);
    replaceChildren(
      list,
      answer.candidates.map((candidate) => item(id, candidate)),
    );
    if (hadFocus) (list.querySelector<HTMLElement>('.candidate button') ?? summary).focus();
  };

  const item = (id: string, candidate: Candidate): HTMLElement => {
    const problem = h('p', { class: 'error', role: 'alert' });
    const reason = h('input', { 'aria-label': 'Why it states no tie (optional)', placeholder: 'Why (optional)' });
    const confirm = h('button', { type: 'button' }, 'Dismiss it');
    const dismissForm = h('span', { class: 'dismiss-form', hidden: true }, reason, confirm);
    const create = h('button', { type: 'button' }, 'Create relation');
    const dismiss = h('button', { type: 'button', 'aria-expanded': 'false' }, 'Dismiss');
    const actions = h('p', { class: 'candidate-actions' }, create, ' ', dismiss, ' ', dismissForm);
    showWhenCanEdit(actions);
    create.addEventListener('click', () =>
      editingActions()?.newRelation({
        source: id,
        quote: candidate.text,
        start: candidate.start,
        mentioned: candidate.actors,
      }),
    );
    dismiss.addEventListener('click', () => {
      dismissForm.hidden = !dismissForm.hidden;
      dismiss.setAttribute('aria-expanded', String(!dismissForm.hidden));
      if (!dismissForm.hidden) reason.focus();
    });
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      sendJson('POST', `/api/sources/${encodeURIComponent(id)}/dismissals`, {
        start: candidate.start,
        end: candidate.end,
        text: candidate.text,
        ...(reason.value.trim() ? { reason: reason.value.trim() } : {}),
      })
        .then(({ revision }) => announceWrite({ type: 'dismissal', id, sources: [id], revision }))
        .catch((error: unknown) => (problem.textContent = describeWriteError(error)))
        .finally(() => (confirm.disabled = false));
    });
    return h(
      'li',
      { class: 'candidate' },
      h('p', { class: 'candidate-label' }, candidateLabel(candidate)),
      h('blockquote', {}, candidate.text),
      actions,
      problem,
    );
  };

  const show = (id: string) => {
    current = id;
    dismissed.show(id);
    getJson<SourceCandidates>(`/api/sources/${encodeURIComponent(id)}/candidates`).then(
      (answer) => current === id && render(id, answer),
      (error: unknown) => {
        if (current !== id) return;
        // Without a store the route does not exist: the list is simply not offered.
        if (error instanceof ApiError && error.statusCode === 404) element.hidden = true;
        else figure.textContent = `Candidates unavailable: ${describeError(error)}`;
      },
    );
  };
  onWrite((event) => {
    if (current && touchesSource(event, current)) show(current);
  });
  return { element, show };
}

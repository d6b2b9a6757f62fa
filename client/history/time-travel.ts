// The time-travel control (header) and banner: show the graph as the team had recorded it at a revision — the record's axis, not the as-of year.
import { describeError } from '../api/http.js';
import { h } from '../panels/dom.js';
import type { Store } from '../state/store.js';
import { when } from './change-view.js';
import { fetchHistory } from './history-api.js';
import { isTravelling, recordInfo, RECORD_CHANGED } from './record-info.js';
import { travelTo } from './travel.js';

/** Mounts the header control into `root` (hidden when the dataset has no change log). */
export function mountTimeTravel(root: HTMLElement, store: Store): void {
  render(root, store);
  // A write on this page moved the head: the control offers the new revision.
  window.addEventListener(RECORD_CHANGED, () => render(root, store));
}

function render(root: HTMLElement, store: Store): void {
  const { head, shown } = recordInfo();
  if (!head) {
    root.hidden = true;
    return;
  }
  const input = h('input', {
    id: 'travel-revision',
    type: 'number',
    min: 1,
    max: head.revision,
    step: 1,
    value: shown ?? head.revision,
    required: true,
  });
  const go = () => {
    const value = Number(input.value);
    if (!Number.isInteger(value) || value < 1 || value > head.revision) {
      input.setCustomValidity(`A revision from 1 to ${head.revision}`);
      input.reportValidity();
      return;
    }
    travelTo(store, value === head.revision && shown === null ? null : value);
  };
  input.addEventListener('input', () => input.setCustomValidity(''));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') go();
  });
  const summary = h(
    'summary',
    { title: 'What the team had recorded at a revision (the “As of” year is when ties held in the world)' },
    h('span', { class: 'field-label-inline' }, 'Recorded: '),
    isTravelling() ? `revision ${shown} of ${head.revision}` : 'now',
  );
  root.replaceChildren(
    h(
      'details',
      { class: `travel-menu${isTravelling() ? ' travelling' : ''}` },
      summary,
      h(
        'div',
        { class: 'travel-popover' },
        h(
          'p',
          { class: 'small' },
          'Time travel: the graph as the team had recorded it at a revision of the record. ',
          'The “As of” year is another axis — when ties held in the world. Both combine.',
        ),
        h('label', { for: 'travel-revision' }, 'Revision '),
        input,
        ` of ${head.revision} `,
        h('button', { type: 'button', class: 'travel-go', onclick: go }, 'Show'),
        isTravelling()
          ? h('button', { type: 'button', class: 'travel-now', onclick: () => travelTo(store, null) }, 'Back to now')
          : null,
        h('p', { class: 'small muted' }, `Latest: revision ${head.revision}, ${when(head.at)} by ${head.who}.`),
      ),
    ),
  );
}

/** Shows the banner in `root` while travelling: which revision, when and by whom, that edits are off, and the way back to now. */
export function mountTravelBanner(root: HTMLElement, store: Store): void {
  const { head, shown } = recordInfo();
  if (!head || !isTravelling() || shown === null) {
    root.hidden = true;
    return;
  }
  document.body.dataset.travel = String(shown);
  const detail = h('span', { class: 'travel-detail' });
  root.hidden = false;
  root.replaceChildren(
    h('strong', {}, `Time travel: the record at revision ${shown} of ${head.revision}`),
    detail,
    '. Editing is off. ',
    h('button', { type: 'button', class: 'travel-now', onclick: () => travelTo(store, null) }, 'Back to now'),
  );
  fetchHistory({ revision: shown, limit: 1, offset: 0 }).then(
    (page) => {
      const change = page.items[0];
      if (change) detail.textContent = ` (${when(change.at)}, by ${change.who})`;
    },
    (error: unknown) => (detail.textContent = ` (${describeError(error)})`),
  );
}

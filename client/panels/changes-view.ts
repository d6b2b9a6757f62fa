// The "Changes" section of the sidebar (the time bar has no room): ties that appeared, ended or changed strength between two years, each with its first quote.
import type { ChangesBetween, TieChange } from '../../graph/query/changes-between.js';
import { fetchChanges } from '../api/endpoints.js';
import type { Store } from '../state/store.js';
import { openTie } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import type { DisplayGraph } from '../render/display-graph.js';
import { h } from './dom.js';
import { yearRange } from './time-slider.js';

const LISTS = [
  ['appeared', 'Appeared'],
  ['ended', 'Ended'],
  ['changed', 'Changed strength'],
] as const;

const strengthText = (change: TieChange) =>
  change.strengthFrom === null
    ? `strength ${change.strengthTo}`
    : change.strengthTo === null
      ? `was ${change.strengthFrom}`
      : `${change.strengthFrom} → ${change.strengthTo}`;

/** Builds the section into a <details> in `root` (nothing without dates); returns a function that follows the slider's year until the user edits `to`. */
export function mountChangesView(root: HTMLElement, store: Store, graph: DisplayGraph): (state: ExplorerState) => void {
  const range = yearRange(graph);
  if (!range) return () => {};
  const { first, last } = range;
  const year = (id: string, label: string, value: number) => {
    const input = h('input', {
      id,
      type: 'number',
      min: first,
      max: last,
      step: 1,
      value,
      required: true,
      class: 'year',
    });
    return { input, row: h('span', { class: 'field' }, h('label', { for: id }, label), input) };
  };
  const from = year('changes-from', 'From', first);
  const to = year('changes-to', 'To', last);
  let toEdited = false;
  to.input.addEventListener('input', () => (toEdited = true));
  const status = h('p', { class: 'changes-status', role: 'status' });
  const results = h('div', { class: 'changes-results' });
  const item = (change: TieChange) => {
    const button = h(
      'button',
      { type: 'button', onclick: () => store.dispatch((s) => openTie(s, change.a, change.b, change.relation)) },
      `${change.a} – ${change.b}`,
    );
    return h(
      'li',
      { class: 'change' },
      button,
      ' ',
      h('span', { class: 'kind' }, change.kind),
      ' ',
      h('span', { class: 'strength' }, strengthText(change)),
      h('q', { class: 'quote' }, change.evidence.quote),
    );
  };
  const show = (answer: ChangesBetween) => {
    const total = answer.appeared.length + answer.ended.length + answer.changed.length;
    status.textContent = `${total} change${total === 1 ? '' : 's'} from ${answer.from} to ${answer.to}`;
    results.replaceChildren(
      ...LISTS.map(([key, title]) =>
        h(
          'section',
          { class: `changes-${key}`, 'aria-labelledby': `changes-${key}-title` },
          h('h3', { id: `changes-${key}-title` }, `${title} (${answer[key].length})`),
          answer[key].length ? h('ul', {}, answer[key].map(item)) : h('p', {}, 'None.'),
        ),
      ),
    );
  };
  let controller: AbortController | undefined;
  const load = async () => {
    controller?.abort();
    controller = new AbortController();
    status.textContent = 'Loading…';
    try {
      show(await fetchChanges(from.input.value, to.input.value, controller.signal));
    } catch (error) {
      if ((error as Error).name !== 'AbortError') status.textContent = (error as Error).message;
    }
  };
  const form = h(
    'form',
    { class: 'changes-form', 'aria-labelledby': 'changes-title' },
    from.row,
    to.row,
    h('button', { type: 'submit' }, 'Show changes'),
  );
  form.addEventListener('submit', (event) => (event.preventDefault(), void load()));
  const details = h(
    'details',
    { class: 'changes', id: 'changes' },
    h('summary', {}, 'Changes'),
    h(
      'div',
      { class: 'changes-body' },
      h('h2', { id: 'changes-title' }, 'Changes between two years'),
      form,
      status,
      results,
    ),
  );
  details.addEventListener('toggle', () => {
    if (details.open) void load();
  });
  root.replaceChildren(details);
  return (state) => {
    if (!toEdited) to.input.value = String(state.asOf ? Number(state.asOf) : last);
  };
}

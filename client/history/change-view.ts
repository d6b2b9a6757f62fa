// One change of the log as a person reads it: who did what to which record and when, and a field-by-field diff (text only, never HTML).
import { h } from '../panels/dom.js';
import { diffRecords, shorten } from './diff.js';
import type { Change } from './history-api.js';

/** What a change entry offers: travel to its revision, revert it (editors, not while travelling). */
export interface ChangeActions {
  travel?(revision: number): void;
  /** Opens the record the change is about (the dataset-wide list). */
  open?(change: Change): void;
  /** The Revert control of an entry (null: none); `done` reloads the list after a revert. */
  revertControl?(change: Change, done: () => void): HTMLElement | null;
}

const VERBS: Record<string, string> = { create: 'created', update: 'edited', delete: 'deleted', load: 'loaded' };

/** "6 Dec 2026, 14:02" in the reader's time zone. */
export function when(at: string): string {
  return new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The display name of a logged record ("Turkey", a relation's id), cut when someone stored a very long one. */
function recordName(change: Change): string {
  const record = (change.after ?? change.before) as { name?: unknown; title?: unknown } | null;
  const name = typeof record?.name === 'string' ? record.name : typeof record?.title === 'string' ? record.title : '';
  return shorten(name && name !== change.id ? `${name} (${change.id})` : change.id) ?? change.id;
}

/** "relation X" in the dataset-wide list, a button that opens the record when it still exists. */
function recordLink(change: Change, actions: ChangeActions): Node[] {
  const name = recordName(change);
  const open = actions.open;
  const target =
    open && change.after !== null
      ? h('button', { type: 'button', class: 'link open-record', onclick: () => open(change) }, name)
      : h('span', {}, name);
  return [document.createTextNode(`${change.type} `), target];
}

/** The diff table: one row per changed field, before struck through, after marked as inserted; a create or delete lists its fields once. */
export function diffTable(change: Change): HTMLElement {
  const rows = diffRecords(change.before, change.after);
  if (rows.length === 0) return h('p', { class: 'muted diff-empty' }, 'No field changed.');
  const whole = change.before === null || change.after === null;
  const cell = (value: string | undefined, tag: 'del' | 'ins') =>
    h('td', {}, value === undefined ? h('span', { class: 'muted' }, '—') : h(tag, {}, value));
  const heads = whole ? ['Field', change.after === null ? 'Deleted' : 'Value'] : ['Field', 'Before', 'After'];
  return h(
    'table',
    { class: `diff${whole ? ' diff-whole' : ''}` },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        heads.map((text) => h('th', { scope: 'col' }, text)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          { 'data-field': row.path },
          h('th', { scope: 'row' }, row.label),
          whole
            ? change.after === null
              ? cell(row.before, 'del')
              : cell(row.after, 'ins')
            : [cell(row.before, 'del'), cell(row.after, 'ins')],
        ),
      ),
    ),
  );
}

/** One entry of a history list; `showRecord` names the record (the dataset-wide list), a record's own tab need not. */
export function changeView(
  change: Change,
  actions: ChangeActions,
  showRecord: boolean,
  done: () => void = () => {},
): HTMLElement {
  const verb = VERBS[change.op] ?? change.op;
  const entry = h('li', {
    class: `change-entry op-${change.op}`,
    'data-revision': change.revision,
    'data-op': change.op,
  });
  const head = h(
    'p',
    { class: 'change-head' },
    h('strong', { class: 'change-who' }, change.who),
    ` ${verb} `,
    change.op === 'load' ? 'the dataset' : showRecord ? recordLink(change, actions) : `this ${change.type}`,
    change.reverts ? ` (reverting revision ${change.reverts})` : '',
    h('br'),
    h('time', { datetime: change.at, class: 'muted' }, when(change.at)),
    h('span', { class: 'muted' }, ` · revision ${change.revision}`),
  );
  const buttons = h(
    'p',
    { class: 'change-actions' },
    actions.travel
      ? h(
          'button',
          { type: 'button', class: 'link travel-to', onclick: () => actions.travel!(change.revision) },
          `See the graph at revision ${change.revision}`,
        )
      : null,
  );
  const revert = actions.revertControl?.(change, done);
  entry.append(
    head,
    change.op === 'load'
      ? h('p', { class: 'muted' }, 'The first load of the dataset into the store.')
      : diffTable(change),
    buttons,
    ...(revert ? [revert] : []),
  );
  return entry;
}

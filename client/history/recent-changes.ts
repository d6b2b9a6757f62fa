// The sidebar's "Recent edits" disclosure: the dataset's change log, newest first, each entry opening its record or the graph at its revision.
import type { Relation } from '../../graph/model/schema.js';
import type { Store } from '../state/store.js';
import { focusActor, openTie } from '../state/transitions.js';
import { h } from '../panels/dom.js';
import type { Change } from './history-api.js';
import { historyActions } from './history-actions.js';
import { historyList } from './history-list.js';
import { hasHistory, RECORD_CHANGED } from './record-info.js';

/** Opens the record a change is about: an actor's panel, a relation's tie card at that relation. */
export function openChangedRecord(store: Store, change: Change): void {
  if (change.type === 'actor') store.dispatch((s) => focusActor(s, change.id));
  else if (change.type === 'relation') {
    const relation = change.after as Pick<Relation, 'source' | 'target'>;
    store.dispatch((s) => openTie(s, relation.source, relation.target, change.id));
  }
}

/** Mounts the disclosure into `root` (nothing when the dataset has no change log); the list loads when first opened. */
export function mountRecentChanges(root: HTMLElement, store: Store): void {
  if (!hasHistory()) return;
  const details = h(
    'details',
    { class: 'recent-changes', id: 'recent-changes' },
    h('summary', {}, 'Recent edits'),
    h('p', { class: 'small muted' }, 'Who changed the record, when, and what: the team’s edits, newest first.'),
  );
  let list: ReturnType<typeof historyList> | undefined;
  details.addEventListener('toggle', () => {
    if (!details.open || list) return;
    list = historyList({}, { ...historyActions(), open: (change) => openChangedRecord(store, change) }, true);
    details.append(list.element);
  });
  // A write on this page: the list shows it at once.
  window.addEventListener(RECORD_CHANGED, () => void list?.reload());
  root.replaceChildren(details);
}

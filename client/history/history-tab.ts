// The "History" disclosure of an actor or relation: that record's changes, loaded when first opened.
import { h } from '../panels/dom.js';
import { historyActions } from './history-actions.js';
import { historyList } from './history-list.js';
import { hasHistory } from './record-info.js';

/** A closed <details> "History" that lists the record's changes on first open; null when the dataset has no change log. */
export function historyTab(type: 'actor' | 'relation' | 'source', id: string): HTMLElement | null {
  if (!hasHistory()) return null;
  const details = h(
    'details',
    { class: 'history-tab', 'data-history': `${type}:${id}` },
    h('summary', {}, `History of this ${type}`),
  );
  details.addEventListener('toggle', () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'true';
    details.append(historyList({ type, id }, historyActions(), false).element);
  });
  return details;
}

// A paged list of changes (a record's history or the dataset's recent changes), newest first, with "Show older" to page on.
import { describeError } from '../api/http.js';
import { h } from '../panels/dom.js';
import { changeView, type ChangeActions } from './change-view.js';
import { fetchHistory, type HistoryQuery } from './history-api.js';

/** Changes fetched per page. */
export const HISTORY_PAGE = 20;

/** A history list element; it loads its first page at once and reloads from the top on `reload()`. */
export interface HistoryList {
  element: HTMLElement;
  reload(): Promise<void>;
}

/** Builds the list for one record (`type` and `id`) or the whole dataset (neither). */
export function historyList(
  filter: Omit<HistoryQuery, 'limit' | 'offset'>,
  actions: ChangeActions,
  showRecord: boolean,
): HistoryList {
  const list = h('ol', { class: 'history-list' });
  const status = h('p', { class: 'history-status muted', role: 'status' });
  const more = h('button', { type: 'button', class: 'history-more', hidden: true }, 'Show older changes');
  const element = h('div', { class: 'history' }, status, list, more);
  let loaded = 0;
  let generation = 0;
  const load = async (fresh: boolean) => {
    const mine = fresh ? ++generation : generation;
    if (fresh) loaded = 0;
    more.disabled = true;
    status.textContent = 'Loading the history…';
    try {
      const page = await fetchHistory({ ...filter, limit: HISTORY_PAGE, offset: loaded });
      if (mine !== generation) return;
      if (fresh) list.replaceChildren();
      list.append(...page.items.map((change) => changeView(change, actions, showRecord, () => void load(true))));
      loaded += page.items.length;
      status.textContent =
        page.total === 0
          ? 'No change recorded yet.'
          : `${page.total} change${page.total === 1 ? '' : 's'}, newest first${loaded < page.total ? ` — ${loaded} shown` : ''}.`;
      more.hidden = loaded >= page.total;
    } catch (error) {
      if (mine === generation) status.textContent = `Could not load the history: ${describeError(error)}`;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void load(false));
  void load(true);
  return { element, reload: () => load(true) };
}

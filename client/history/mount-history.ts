// Start-up of the record's time axis: ask the head, check `?revision=`, pin every read to it; then mount the control, banner and recent edits.
import type { DatasetInfo } from '../api/contracts.js';
import { useRevision } from '../api/http.js';
import { editContext } from '../editing/edit-context.js';
import { onWrite } from '../editing/write-events.js';
import { getSession } from '../state/session.js';
import { byId } from '../panels/dom.js';
import type { Store } from '../state/store.js';
import { fetchRecordHead } from './history-api.js';
import { setHistoryActions } from './history-actions.js';
import { noteRevision, recordInfo, setRecordInfo } from './record-info.js';
import { revertControl } from './revert.js';
import { mountRecentChanges } from './recent-changes.js';
import { mountTimeTravel, mountTravelBanner } from './time-travel.js';
import { reloadOnRevisionChange, travelAddress, travelTo } from './travel.js';

/**
 * Asks the dataset's head revision (after the dataset is chosen) and pins every later read to the link's
 * `?revision=`; a revision the dataset does not have is dropped with a note in `problems`, as other link parts are.
 */
export async function prepareRecord(store: Store, problems: string[], dataset: DatasetInfo | undefined): Promise<void> {
  // Only a dataset served from the store has a change log (its listing names its head revision): no request otherwise.
  const head = dataset?.revision === undefined ? null : await fetchRecordHead();
  let shown = store.get().revision;
  if (shown !== null && (!head || shown > head.revision)) {
    problems.push(
      head
        ? `revision: the record has revisions 1 to ${head.revision}, so now is shown`
        : 'revision: this dataset is served from a file and has no revisions, so now is shown',
    );
    shown = null;
    store.dispatch((s) => ({ ...s, revision: null }));
    window.history.replaceState(null, '', travelAddress(store, null));
  }
  setRecordInfo({ head, shown });
  useRevision(shown);
}

/** Mounts the time-travel control, its banner and the sidebar's recent edits; history tabs travel with the same action. */
export function mountHistory(store: Store): void {
  setHistoryActions({
    travel: (revision) => travelTo(store, revision),
    revertControl: (change, done) => {
      const context = editContext();
      return context ? revertControl(context, change, done) : null;
    },
  });
  mountTimeTravel(byId('record-time'), store);
  mountTravelBanner(byId('travel-banner'), store);
  mountRecentChanges(byId('recent-changes-slot'), store);
  reloadOnRevisionChange(store, recordInfo().shown);
  // Writes made by the other editing flows (a source, a relation from a passage, an actor): the history views follow.
  onWrite((event) => {
    if (event.revision !== null) noteRevision(event.revision, getSession().account ?? 'you');
  });
}

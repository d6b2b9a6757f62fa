// What the page knows about the dataset's record: whether it has a change log, its head revision, and the revision on screen.
import type { RecordHead } from './history-api.js';

/** The record as this page loaded it: `head` null when the dataset is served from a file (no history, no time travel). */
export interface RecordInfo {
  head: RecordHead | null;
  /** The revision the page shows (`?revision=`); null: now. */
  shown: number | null;
}

let info: RecordInfo = { head: null, shown: null };

/** Set once at start, after the head was asked. */
export function setRecordInfo(next: RecordInfo): void {
  info = next;
}

/** The record as this page loaded it. */
export function recordInfo(): RecordInfo {
  return info;
}

/** True when the dataset has a change log (served from the store). */
export function hasHistory(): boolean {
  return info.head !== null;
}

/** True while the page is pinned to a revision (even the latest: later writes would not show): edits are off until the user comes back to now. */
export function isTravelling(): boolean {
  return info.shown !== null;
}

/** The event a write sends after it made a revision: open history lists and the time-travel control follow. */
export const RECORD_CHANGED = 'explorer:record-changed';

/** Records that this page made revision `revision` (the new head) and tells the history views. */
export function noteRevision(revision: number, who: string): void {
  if (info.head && revision > info.head.revision)
    info = { ...info, head: { revision, at: new Date().toISOString(), who } };
  window.dispatchEvent(new CustomEvent(RECORD_CHANGED, { detail: { revision } }));
}

// After a write: one place that tells the views what changed (the reader reloads a source, the candidate list shrinks), so none polls.

/** What a committed write touched: the record, and the sources whose spans, mentions or candidates it changes. */
export interface WriteEvent {
  type: 'source' | 'actor' | 'relation' | 'dismissal';
  id: string;
  /** Sources whose view changes; empty with `allSources` (a new actor may be mentioned anywhere). */
  sources: readonly string[];
  allSources?: boolean;
  revision: number | null;
}

type WriteListener = (event: WriteEvent) => void;
const listeners = new Set<WriteListener>();

/** Calls `listener` after every committed write; returns the function that stops it. */
export function onWrite(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener about a committed write. */
export function announceWrite(event: WriteEvent): void {
  for (const listener of [...listeners]) listener(event);
}

/** True when `event` changes what is shown of source `id`. */
export function touchesSource(event: WriteEvent, id: string): boolean {
  return event.allSources === true || event.sources.includes(id);
}

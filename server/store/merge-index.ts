// The served relation index made compact again at a quiet moment: writes fill its buffer's spare room (moved node ranges, retired relation ints, deleted actors' node ints), and a fresh build, sliced between requests, reclaims it before a write has to.
import { relationIndexSteps } from '../../graph/relation-index/relation-index.js';
import { spareUsed } from '../../graph/relation-index/update-index.js';
import { runInSlices } from '../../graph/shared/slices.js';
import type { DatasetStore, LoadedData } from '../dataset-store.js';

/** No write for this long (ms) counts as a quiet moment. */
export const MERGE_QUIET_MS = 2000;
/** The share of the spare room used from which the index is rebuilt at the next quiet moment. */
export const MERGE_SPARE_USED = 0.5;

const timers = new WeakMap<object, NodeJS.Timeout>();

/**
 * Called after each followed write: once the served index has used MERGE_SPARE_USED of its spare room or holds a
 * deleted actor's node int, rebuilds it when no write has come for `quietMs` and swaps it in at the same revision. A
 * write during the rebuild wins: the rebuilt index is dropped (the graph it read has changed) and the next write arms
 * the timer again. Without a pause the update itself copies a full buffer to a new one, grown or, past twice the live
 * size, compacted (graph/relation-index/grow-index.ts): tens of ms, where this build takes seconds at 1M relations.
 */
export function mergeWhenQuiet<L extends LoadedData>(store: DatasetStore<L>, quietMs = MERGE_QUIET_MS): void {
  clearTimeout(timers.get(store));
  const { index } = store.current;
  // Deleted actors keep their node ints (update-index.ts) until a fresh build renumbers them.
  if (spareUsed(index) < MERGE_SPARE_USED && index.goneNodes.size === 0) return;
  // A merge is an optimisation: whatever goes wrong (the app closed meanwhile), the served snapshot stays as it is.
  const timer = setTimeout(() => void mergeIndex(store).catch(() => false), quietMs);
  timer.unref(); // a pending merge never keeps a process alive
  timers.set(store, timer);
}

/** Rebuilds the served index in slices and swaps it in if no write came meanwhile; true if it did. */
export async function mergeIndex<L extends LoadedData>(store: DatasetStore<L>): Promise<boolean> {
  const from = store.current;
  let index;
  try {
    index = await runInSlices(relationIndexSteps(from.graph));
  } catch {
    return false; // a write changed the graph under the build: its result is dropped anyway
  }
  // The same records at the same revision: only the index (and what was derived from the old one) changes.
  const result = await store.advance((current) =>
    current === from ? { ...current, index, memo: new Map(), loadedAt: new Date().toISOString() } : undefined,
  );
  return result.ok;
}

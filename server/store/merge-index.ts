// The served relation index made compact again at a quiet moment: writes fill its buffer's spare room (moved node ranges, retired relation ints, deleted actors' node ints), and a fresh build, sliced between requests, reclaims it before a write has to; the actor search table is encoded afresh too, without the patch writes left beside it.
import { relationIndexSteps } from '../../graph/relation-index/relation-index.js';
import { spareUsed } from '../../graph/relation-index/update-index.js';
import { runInSlices } from '../../graph/shared/slices.js';
import { actorSearchTable } from '../../graph/query/search-actors.js';
import { shareSearchTableSteps } from '../../graph/query/shared-search-table.js';
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
  const { index, searchPatch } = store.current;
  // Deleted actors keep their node ints (update-index.ts) until a fresh build renumbers them.
  const rebuild = spareUsed(index) >= MERGE_SPARE_USED || index.goneNodes.size > 0;
  if (!rebuild && !searchPatch) return;
  // A merge is an optimisation: whatever goes wrong (the app closed meanwhile), the served snapshot stays as it is.
  const merge = rebuild ? mergeIndex : foldSearchPatch;
  const timer = setTimeout(() => void merge(store).catch(() => false), quietMs);
  timer.unref(); // a pending merge never keeps a process alive
  timers.set(store, timer);
}

/** Rebuilds the served index in slices (and folds the search patch, if any) and swaps it in if no write came meanwhile; true if it did. */
export async function mergeIndex<L extends LoadedData>(store: DatasetStore<L>): Promise<boolean> {
  const from = store.current;
  let index;
  let searchTable;
  try {
    index = await runInSlices(relationIndexSteps(from.graph));
    searchTable = await encodedTable(from);
  } catch {
    return false; // a write changed the graph under the build: its result is dropped anyway
  }
  // The same records at the same revision: only the index (and what was derived from the old one) changes.
  const result = await store.advance((current) =>
    current === from
      ? { ...withoutPatch(current), index, searchTable, memo: new Map(), loadedAt: new Date().toISOString() }
      : undefined,
  );
  return result.ok;
}

/**
 * Encodes the actor search table afresh in slices and swaps it in, without the patch of actor rows that writes
 * left beside the old one (search-table-patch.ts), if no write came meanwhile; true if it did. Answers stay the same:
 * only the workers' next search parses one table instead of merging a patch into the old one.
 */
export async function foldSearchPatch<L extends LoadedData>(store: DatasetStore<L>): Promise<boolean> {
  const from = store.current;
  if (!from.searchPatch) return false;
  const searchTable = await encodedTable(from);
  const result = await store.advance((current) =>
    current === from ? { ...withoutPatch(current), searchTable, loadedAt: new Date().toISOString() } : undefined,
  );
  return result.ok;
}

/** The snapshot's search table encoded afresh if a patch lies beside it, else the one it has. */
async function encodedTable<L extends LoadedData>(from: DatasetStore<L>['current']): Promise<SharedArrayBuffer> {
  // The graph's table as it is now is `from`'s: a write replaces that array (never edits it), so the slices read
  // one version even if a write comes between them (then the swap gives way).
  return from.searchPatch ? runInSlices(shareSearchTableSteps(actorSearchTable(from.graph))) : from.searchTable;
}

function withoutPatch<S extends { searchPatch?: unknown }>(snapshot: S): Omit<S, 'searchPatch'> {
  const { searchPatch: _folded, ...rest } = snapshot;
  return rest;
}

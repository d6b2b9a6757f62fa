// The actor rows changed since a shared search table was encoded, on shared memory: a worker merges them into its parsed copy instead of parsing a whole new table after each actor write.
import { mergeSearchEntries, type ActorSearchTable, type SearchEntry } from './search-actors.js';

/**
 * Every actor changed since the base table (created, renamed, aliased, deleted: `drop` names them all) and the
 * rows of those still there (`put`). Cumulative, so a worker needs the base and the newest patch only; the writer
 * encodes the base afresh once the patch grows past SEARCH_PATCH_LIMIT rows.
 */
export interface SearchPatch {
  readonly drop: readonly string[];
  readonly put: readonly SearchEntry[];
}

/**
 * Rows a patch may hold before the table is encoded afresh: encoding a patch costs ~2 µs a row on each actor
 * write, encoding the table ~200 ms at 100k actors, so a few thousand keeps both well under the write's budget.
 */
export const SEARCH_PATCH_LIMIT = 4000;

/** The patch after `previous` and a write that changed the actors `changed`, whose rows now are `put`. */
export function nextSearchPatch(
  previous: SearchPatch | undefined,
  changed: Iterable<string>,
  put: readonly SearchEntry[],
): SearchPatch {
  const drop = new Set(previous?.drop);
  const rows = new Map((previous?.put ?? []).map((entry) => [entry.id, entry]));
  for (const id of changed) {
    drop.add(id);
    rows.delete(id);
  }
  for (const entry of put) rows.set(entry.id, entry);
  return { drop: [...drop], put: [...rows.values()] };
}

/** The patch as UTF-8 JSON in a SharedArrayBuffer (handed to every worker without a copy). */
export function shareSearchPatch(patch: SearchPatch): SharedArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(patch));
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared.buffer as SharedArrayBuffer;
}

/** The table a base and a shareSearchPatch buffer make together (a worker's own copy). */
export function patchSearchTable(base: ActorSearchTable, buffer: SharedArrayBuffer): ActorSearchTable {
  if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('patchSearchTable: expected a SharedArrayBuffer');
  const patch = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer))) as SearchPatch;
  if (!Array.isArray(patch.drop) || !Array.isArray(patch.put))
    throw new TypeError('patchSearchTable: the buffer holds no search patch');
  return mergeSearchEntries(base, new Set(patch.drop), patch.put);
}

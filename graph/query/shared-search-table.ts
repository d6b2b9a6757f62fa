// The actor search table on shared memory: encoded once per snapshot, decoded by each worker thread on its own time.
import { runNow, SLICE_ITEMS, type Sliced } from '../shared/slices.js';
import type { ActorSearchTable } from './search-actors.js';

/**
 * The table as UTF-8 JSON in a SharedArrayBuffer. Handing 100k entries of small objects to each worker as
 * workerData cost the event loop ~450 ms per worker (structured clone); this costs ~200 ms once, whatever the
 * pool size, and the parsing happens in the workers.
 */
export function shareSearchTable(table: ActorSearchTable): SharedArrayBuffer {
  return runNow(shareSearchTableSteps(table));
}

/** shareSearchTable in slices (graph/shared/slices.ts): the entries are encoded a few thousand at a time, then copied into place. */
export function* shareSearchTableSteps(table: ActorSearchTable): Sliced<SharedArrayBuffer> {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let length = 2; // the brackets
  for (let start = 0; start < table.length; start += SLICE_ITEMS) {
    // Each slice's array without its brackets, a comma before all but the first: together, one JSON array.
    const json = JSON.stringify(table.slice(start, start + SLICE_ITEMS));
    const piece = encoder.encode((start === 0 ? '' : ',') + json.slice(1, -1));
    pieces.push(piece);
    length += piece.length;
    yield;
  }
  const bytes = new Uint8Array(new SharedArrayBuffer(length));
  bytes[0] = 0x5b; // [
  let at = 1;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  bytes[at] = 0x5d; // ]
  return bytes.buffer as SharedArrayBuffer;
}

/** The table a shareSearchTable buffer holds (a worker's own copy, parsed on its thread). */
export function attachSearchTable(buffer: SharedArrayBuffer): ActorSearchTable {
  if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('attachSearchTable: expected a SharedArrayBuffer');
  const table: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer)));
  if (!Array.isArray(table)) throw new TypeError('attachSearchTable: the buffer holds no search table');
  return table as ActorSearchTable;
}

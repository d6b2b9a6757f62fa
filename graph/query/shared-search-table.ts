// The actor search table on shared memory: encoded once per snapshot, decoded by each worker thread on its own time.
import type { ActorSearchTable } from './search-actors.js';

/**
 * The table as UTF-8 JSON in a SharedArrayBuffer. Handing 100k entries of small objects to each worker as
 * workerData cost the event loop ~450 ms per worker (structured clone); this costs ~200 ms once, whatever the
 * pool size, and the parsing happens in the workers.
 */
export function shareSearchTable(table: ActorSearchTable): SharedArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(table));
  const buffer = new SharedArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

/** The table a shareSearchTable buffer holds (a worker's own copy, parsed on its thread). */
export function attachSearchTable(buffer: SharedArrayBuffer): ActorSearchTable {
  if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('attachSearchTable: expected a SharedArrayBuffer');
  const table: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer)));
  if (!Array.isArray(table)) throw new TypeError('attachSearchTable: the buffer holds no search table');
  return table as ActorSearchTable;
}

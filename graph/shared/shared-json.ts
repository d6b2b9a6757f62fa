// A large object as UTF-8 JSON on shared memory, its big arrays encoded a slice at a time: how a dataset reaches a worker thread without stalling the event loop.
import { SLICE_ITEMS, type Sliced } from './slices.js';

/**
 * `value` as UTF-8 JSON in a SharedArrayBuffer; the arrays under `arrays` are stringified SLICE_ITEMS at a time with a
 * pause point between slices. A worker's `workerData` is a structured clone made at once on the sending thread:
 * 100k relations cost the event loop 0.7–1.3 s that way (measured on the shared 2-core machine), a million ten times that.
 */
export function* shareJsonSteps<T extends object>(
  value: T,
  arrays: readonly (keyof T & string)[],
): Sliced<SharedArrayBuffer> {
  const encoder = new TextEncoder();
  const head = Object.fromEntries(Object.entries(value).filter(([key]) => !arrays.includes(key as keyof T & string)));
  const headJson = JSON.stringify(head);
  const pieces: Uint8Array[] = [encoder.encode(headJson.slice(0, -1))]; // without its closing brace
  let first = headJson === '{}';
  for (const key of arrays) {
    const items = value[key];
    if (!Array.isArray(items)) throw new TypeError(`shareJsonSteps: ${key} is not an array`);
    pieces.push(encoder.encode(`${first ? '' : ','}${JSON.stringify(key)}:[`));
    first = false;
    for (let start = 0; start < items.length; start += SLICE_ITEMS) {
      // Each slice's array without its brackets, a comma before all but the first: together, one JSON array.
      const json = JSON.stringify(items.slice(start, start + SLICE_ITEMS));
      pieces.push(encoder.encode((start === 0 ? '' : ',') + json.slice(1, -1)));
      yield;
    }
    pieces.push(encoder.encode(']'));
  }
  pieces.push(encoder.encode('}'));
  const bytes = new Uint8Array(new SharedArrayBuffer(pieces.reduce((sum, piece) => sum + piece.length, 0)));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes.buffer as SharedArrayBuffer;
}

/** The value a shareJsonSteps buffer holds (parsed on the calling thread, e.g. a worker's). */
export function attachJson<T>(buffer: SharedArrayBuffer): T {
  if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('attachJson: expected a SharedArrayBuffer');
  return JSON.parse(new TextDecoder().decode(new Uint8Array(buffer))) as T;
}

// Rounds the numbers of a JSON answer to 6 decimals, so computed scores read 0.2, not 0.19999999999999996 (float noise of sums and products).

/** Decimals kept in API answers; a computed value is not more precise than its 2-decimal inputs anyway. */
export const ANSWER_DECIMALS = 6;
const SCALE = 10 ** ANSWER_DECIMALS;

/** A number rounded to ANSWER_DECIMALS; integers and non-finite values unchanged. */
export function roundNumber(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  const rounded = Math.round(value * SCALE) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * The value with every number rounded. Copy on write: an object or array is copied only when something inside
 * it changed, so records shared with the graph (actors, relations) are never mutated and clean answers cost one walk.
 */
export function roundNumbers<T>(value: T): T {
  if (typeof value === 'number') return roundNumber(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = roundNumbers(item);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return (copy ?? value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value; // Dates, Buffers, streams: not JSON data to round
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(record)) {
    const next = roundNumbers(item);
    if (next !== item) (copy ??= { ...record })[key] = next;
  }
  return (copy ?? value) as T;
}

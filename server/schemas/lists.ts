// Comma lists in query strings (`kinds=arms-transfer,energy-supply`): split, trimmed, each value checked against its vocabulary.
import { QueryError } from '../../graph/errors.js';

/** Longest list a query string may carry; more values than any vocabulary holds is a mistake. */
export const MAX_LIST_ITEMS = 64;

/** Splits a comma list into its non-empty values; throws QueryError naming the field when it is empty or too long. */
export function splitList(value: string, field: string): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0) throw new QueryError(field, `expecting a comma-separated list, got ${JSON.stringify(value)}`);
  if (items.length > MAX_LIST_ITEMS)
    throw new QueryError(field, `at most ${MAX_LIST_ITEMS} values, got ${items.length}`);
  return [...new Set(items)];
}

/** Splits a comma list whose values must come from `allowed`; throws QueryError naming the field and the bad value. */
export function parseEnumList<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  field: string,
): T[] | undefined {
  if (value === undefined) return undefined;
  const items = splitList(value, field);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      const shown = item.length > 60 ? `${item.slice(0, 60)}…` : item;
      throw new QueryError(field, `unknown value ${JSON.stringify(shown)}; expecting one of ${allowed.join(', ')}`);
    }
  }
  return items as T[];
}

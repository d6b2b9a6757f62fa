// Partial dates as the full ISO days GEXF's dynamic intervals need: a start at its first day, an end at its last.
import { parsePartialDate } from '../../model/dates.js';

const DAY_MS = 86_400_000;

/** The first day ("2016" → "2016-01-01") or last day ("2016" → "2016-12-31") a partial date may denote. */
export function isoDay(partial: string | undefined, which: 'first' | 'last'): string | undefined {
  if (partial === undefined) return undefined;
  const interval = parsePartialDate(partial);
  if (!interval) return undefined;
  const date = new Date(interval[which] * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return undefined;
  return date.toISOString().slice(0, 10);
}

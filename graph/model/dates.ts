// Partial dates ("2016", "2016-04", "2016-04-02") as day intervals, and the as-of rule every query shares.
import type { Actor, PartialDate, Relation } from './schema.js';

const DAY_MS = 86_400_000;

/** Day numbers (days since 1970-01-01) for "no bound": far outside any real date, and exact in an Int32Array. */
export const DAY_MIN = -2_000_000_000;
export const DAY_MAX = 2_000_000_000;

/** A partial date as the closed interval of days it may denote, with its precision. */
export interface DayInterval {
  first: number;
  last: number;
  precision: 'year' | 'month' | 'day';
}

/** Parses a partial date, or returns undefined if it is malformed or names no real day (2019-02-30). */
export function parsePartialDate(text: string): DayInterval | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) {
    return { first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1, precision: 'year' };
  }
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 1) - 1, precision: 'month' };
  }
  const first = dayNumber(year, month, day);
  // Date.UTC rolls 2019-02-30 over into March: a day that does not round-trip does not exist.
  if (day < 1 || new Date(first * DAY_MS).getUTCMonth() + 1 !== month) return undefined;
  return { first, last: first, precision: 'day' };
}

function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years 0..99 as written
  return Math.floor(date.getTime() / DAY_MS);
}

/** Parses a date the caller vouches for (validated at load); throws on a malformed one. */
export function mustParse(text: PartialDate): DayInterval {
  const interval = parsePartialDate(text);
  if (!interval) throw new RangeError(`malformed partial date "${text}"`);
  return interval;
}

/** The span of days in which a relation counts, before its actors' existence is taken into account. */
export interface ActiveSpan {
  /** First day on which the relation may count (DAY_MIN when undated). */
  from: number;
  /** Last day on which it counts (DAY_MAX while it has not ended). */
  to: number;
  /** True if the relation carries a start or point date of its own. */
  dated: boolean;
}

/**
 * The span in which a relation counts. Partial dates compare by their precision: a relation that starts
 * in "2012" counts as of any day of 2012, and one that ends in "2016" counts until the last day of 2016.
 * A point-in-time relation (a purchase, a statement) counts from that point on: as of a date, the graph
 * holds what had happened by then and had not ended. An event known only to have happened by a date
 * (`point` with `by`) counts from that date on too: before it the source cannot say it had happened, and
 * after it, it has (an `end` would wrongly make it stop counting).
 */
export function relationSpan(relation: Relation, source?: Actor, target?: Actor): ActiveSpan {
  const dates = relation.dates;
  const begin = dates?.start ?? dates?.point;
  let from = begin === undefined ? DAY_MIN : mustParse(begin).first;
  const to = dates?.end === undefined ? DAY_MAX : mustParse(dates.end).last;
  // No relation is active before both its actors exist: an undated tie with Azerbaijan is not there in 1990.
  for (const actor of [source, target]) {
    const born = actor?.exists?.start;
    if (born !== undefined) from = Math.max(from, mustParse(born).first);
  }
  return { from, to, dated: begin !== undefined };
}

/** The last day of an as-of date: "2012" asks for everything that had started by 31 December 2012. */
export function asOfDay(asOf: PartialDate): number {
  return mustParse(asOf).last;
}

/**
 * True if a relation with this span counts as of the given date. An as-of date is a partial date too,
 * so it compares by its precision: a span counts if it overlaps the interval the date denotes.
 */
export function isActiveAsOf(span: ActiveSpan, asOf: DayInterval, datedOnly = false): boolean {
  if (datedOnly && !span.dated) return false;
  return span.from <= asOf.last && span.to >= asOf.first;
}

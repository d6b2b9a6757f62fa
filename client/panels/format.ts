// Plain-text formatting of relation details: dates, amounts, strengths and citations, as people read them.
import type { Amount, RelationDates, Source } from '../../graph/model/schema.js';

/** "0.85" → "85%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** "2012", "by 2012" (happened by then), "1992-04 – 2016", "since 1993, ongoing", or "undated". */
export function formatDates(dates: RelationDates | undefined): string {
  if (!dates) return 'undated';
  if (dates.point) return dates.by ? `by ${dates.point}` : dates.point;
  if (dates.start && dates.end) return `${dates.start} – ${dates.end}`;
  if (dates.start) return dates.ongoing ? `since ${dates.start}, ongoing` : `from ${dates.start}`;
  if (dates.end) return `until ${dates.end}`;
  return dates.ongoing ? 'ongoing' : 'undated';
}

/** An amount as read aloud: "USD 1,600,000,000", "40 percent of Israel's oil needs (at most)", with its price year. */
export function formatAmount(amount: Amount): string {
  const value = amount.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const text = amount.currency ? `${amount.currency} ${value}` : `${value}${amount.unit ? ` ${amount.unit}` : ''}`;
  const bound = amount.bound && amount.bound !== 'exact' ? ` (${amount.bound.replace('-', ' ')})` : '';
  const year = amount.priceYear ? `, ${amount.priceYear} prices` : '';
  return text + bound + year;
}

/** "Avdaliani 2020": the author's surname and the year, for a quote whose full citation is given once above it. */
export function shortCitation(sourceId: string, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(sourceId);
  if (!source) return sourceId;
  const surname = source.author.trim().split(/\s+/).pop() || source.publisher || source.title;
  return `${surname} ${source.published.slice(0, 4)}`.trim();
}

/** "Emil Avdaliani, “Defying Geography…”, BESA Center, 2020-08-31" — or the bare id if the source is unknown. */
export function citation(sourceId: string, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(sourceId);
  if (!source) return sourceId;
  const parts = [source.author, `“${source.title}”`, source.series, source.publisher, source.published].filter(
    (part) => part && part.trim(),
  );
  return parts.join(', ');
}

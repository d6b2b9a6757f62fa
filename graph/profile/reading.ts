// The one-sentence reading of profiles, built from the data: each side's domains, leading one first, with its strongest fact.
import { RELATION_KINDS } from '../model/vocabulary.js';
import type { Amount } from '../model/schema.js';
import type { DomainProfile, StrongestFact } from './profile-results.js';

/**
 * "Israel–Azerbaijan: material cooperation (9 facts, strongest: energy supply; figures: $5 billion cumulative) and
 * verbal cooperation (5 facts)": the domains with facts, most facts first, the leading one with its strongest fact.
 */
export function readingOf(name: string, profile: DomainProfile, nameOf: (id: string) => string = (id) => id): string {
  const rows = profile.domains
    .filter((row) => row.domain !== 'structural' && row.facts > 0)
    .sort((x, y) => y.facts - x.facts || (y.strongest?.weight ?? 0) - (x.strongest?.weight ?? 0));
  if (rows.length === 0) {
    const structural = profile.domains.find((row) => row.domain === 'structural')?.facts ?? 0;
    return `${name}: none${structural ? ` (structural only, ${facts(structural)})` : ''}`;
  }
  const [lead, ...rest] = rows;
  const money = lead!.amounts
    .filter((total) => total.currency !== undefined)
    .sort((x, y) => y.value - x.value)
    .map((total) => `${amountText(total)}${total.measure === 'unspecified' ? '' : ` ${total.measure}`}`);
  const figures = money.length ? `; figures: ${money.join(', ')}` : '';
  const parts = [
    `${lead!.label} (${facts(lead!.facts)}, strongest: ${factText(lead!.strongest!, nameOf)}${figures})`,
    ...rest.map((row) => `${row.label} (${facts(row.facts)})`),
  ];
  const listed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
  return `${name}: ${listed}`;
}

/** The sentence for several profiles side by side, in the order given. */
export function comparisonReading(readings: readonly string[]): string {
  return `${readings.join('; ')}.`;
}

function facts(count: number): string {
  return `${count} fact${count === 1 ? '' : 's'}`;
}

/** "arms transfer of $5 billion by 2016": the kind, the first amount if any, the year ("by" for an event known to have happened by then). */
export function factText(fact: StrongestFact, nameOf: (id: string) => string = (id) => id): string {
  const label = RELATION_KINDS[fact.kind].label.toLowerCase();
  const amount = fact.amounts?.[0];
  const year = (fact.dates?.point ?? fact.dates?.start)?.slice(0, 4);
  const when = year ? ` ${fact.dates?.point && fact.dates.by ? 'by' : 'in'} ${year}` : '';
  return `${label}${amount ? ` of ${amountText(amount)}` : ''}${when}${fact.via ? ` through ${fact.via.split(', ').map(nameOf).join(' and ')}` : ''}`;
}

/** "$5 billion", "€3 million", "40 percent of Israel's oil needs". */
export function amountText(amount: Pick<Amount, 'value' | 'currency' | 'unit'>): string {
  if (amount.currency === undefined) return `${amount.value} ${amount.unit ?? ''}`.trim();
  const symbol = amount.currency === 'USD' ? '$' : amount.currency === 'EUR' ? '€' : `${amount.currency} `;
  const scaled = (divisor: number, word: string) => `${symbol}${Number((amount.value / divisor).toFixed(2))} ${word}`;
  if (Math.abs(amount.value) >= 1e9) return scaled(1e9, 'billion');
  if (Math.abs(amount.value) >= 1e6) return scaled(1e6, 'million');
  return `${symbol}${amount.value.toLocaleString('en-US')}`;
}

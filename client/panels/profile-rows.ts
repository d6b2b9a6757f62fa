// Profile rows of a tie card or actor profile: one row per domain and per kind, "none" where absent, strongest evidence one click away.
import type { Source } from '../../graph/model/schema.js';
import type { DomainProfile, DomainRow, KindRow, StrongestFact } from '../../graph/profile/profile-results.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import { h } from './dom.js';
import { citation, formatAmount, formatDates, percent } from './format.js';
import { attribution, bar, dateFlag } from './relation-card.js';
import { readInSourceButton } from '../reader/reader-link.js';

/** The bar colour of a domain: cooperative blue, hostile vermilion, structural grey (the palette of valences). */
function fillOf(domain: DomainRow['domain']): string {
  return domain === 'structural'
    ? 'fill-structural'
    : domain.endsWith('cooperation')
      ? 'fill-cooperative'
      : 'fill-hostile';
}

/** "3 facts", "1 fact" or "none". */
export function factsText(facts: number): string {
  return facts === 0 ? 'none' : `${facts} fact${facts === 1 ? '' : 's'}`;
}

/** The domain rows, every domain in order; `name` turns actor ids into names. */
export function domainRows(
  profile: DomainProfile,
  name: (id: string) => string,
  sources: ReadonlyMap<string, Source>,
): HTMLElement {
  return h(
    'ul',
    { class: 'profile-rows domain-rows', 'aria-label': 'Domains' },
    profile.domains.map((row) =>
      profileRow(row, row.label, { 'data-domain': row.domain }, fillOf(row.domain), name, sources),
    ),
  );
}

function profileRow(
  row: DomainRow | KindRow,
  label: string,
  data: Record<string, string>,
  fill: string,
  name: (id: string) => string,
  sources: ReadonlyMap<string, Source>,
): HTMLElement {
  return h(
    'li',
    { class: `profile-row${row.strongest ? '' : ' empty'}`, ...data },
    rowContent(row, label, fill, name, sources),
  );
}

/** What a row shows: label, facts ("none"), a bar of the strongest weight, years and amounts; the strongest evidence folded under it. */
export function rowContent(
  row: DomainRow | KindRow,
  label: string,
  fill: string,
  name: (id: string) => string,
  sources: ReadonlyMap<string, Source>,
): HTMLElement {
  const weight = row.strongest?.weight ?? 0;
  const years =
    row.years && row.years.from
      ? ` · ${row.years.from === row.years.to ? row.years.from : `${row.years.from}–${row.years.to}`}${row.years.ongoing ? ', ongoing' : ''}`
      : '';
  const head = h(
    'span',
    { class: 'row-head' },
    h('span', { class: 'row-label' }, label),
    h('span', { class: 'row-facts' }, factsText(row.facts)),
    bar(weight, fill, `${label}: strongest ${percent(weight)}`),
    h(
      'span',
      { class: 'kind-score', title: 'strongest fact: strength × confidence' },
      row.strongest ? percent(weight) : '—',
    ),
  );
  if (!row.strongest) return head;
  const amounts = row.amounts.map(
    (total) =>
      `${total.combined === 'sum' ? 'total' : 'largest'} ${formatAmount({ value: total.value, ...(total.currency ? { currency: total.currency } : {}), ...(total.unit ? { unit: total.unit } : {}) })}${total.measure === 'unspecified' ? '' : ` (${total.measure})`}`,
  );
  return h(
    'details',
    {},
    h(
      'summary',
      {},
      head,
      h(
        'span',
        { class: 'row-meta muted' },
        years.replace(/^ · /, ''),
        amounts.length ? ` · ${amounts.join('; ')}` : '',
      ),
    ),
    strongestView(row.strongest, name, sources),
  );
}

/** The bar colour of a row's domain. */
export function rowFill(domain: DomainRow['domain']): string {
  return fillOf(domain);
}

/** The strongest fact of a row: kind, ends, strength, confidence and stance, dates, and its quote with "Read in source". */
function strongestView(
  fact: StrongestFact,
  name: (id: string) => string,
  sources: ReadonlyMap<string, Source>,
): HTMLElement {
  const spec = RELATION_KINDS[fact.kind];
  return h(
    'div',
    { class: 'strongest', 'data-relation': fact.relation },
    h(
      'p',
      { class: 'small' },
      h('strong', {}, `Strongest: ${spec.label}`),
      ` with ${name(fact.partner)}`,
      fact.via ? ` through ${name(fact.via)}` : '',
      ` — strength ${percent(fact.strength)} × confidence ${percent(fact.confidence)} (${fact.stance}), ${formatDates(fact.dates)}`,
      dateFlag(fact.dates),
    ),
    h(
      'figure',
      { class: 'evidence' },
      h('blockquote', {}, `“${fact.evidence.quote}”`),
      h(
        'figcaption',
        {},
        attribution(fact.evidence),
        h('cite', {}, citation(fact.evidence.source, sources)),
        ' ',
        readInSourceButton(fact.evidence),
      ),
    ),
  );
}

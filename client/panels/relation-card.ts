// One relation as a card: kind, direction, valence, strength, confidence, stance, dates, amounts, and its evidence with the citation.
import type { Evidence, Relation, RelationDates, Source } from '../../graph/model/schema.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import { h } from './dom.js';
import { citation, formatAmount, formatDates, percent, shortCitation } from './format.js';
import { copyQuoteButton } from './copy-quote.js';
import { readInSourceButton } from '../reader/reader-link.js';
import { readableQuote } from './source-markup.js';
import { historyTab } from '../history/history-tab.js';
import { relationEditControls } from '../editing/edit-relation.js';

/** A horizontal bar for a 0..1 value; its width is set through the CSSOM, which a strict CSP allows. */
export function bar(value: number, className: string, label: string): HTMLElement {
  const fill = h('span', { class: `bar-fill ${className}` });
  fill.style.width = percent(Math.max(0, Math.min(1, value)));
  return h('span', { class: 'bar', role: 'img', 'aria-label': label }, fill);
}

/** The flag of a date the source does not give, with where it comes from (MEASUREMENT.md, "Dates"). */
export function dateFlag(dates: RelationDates | undefined): HTMLElement | null {
  return dates?.outside
    ? h(
        'span',
        { class: 'date-flag', title: 'this date is not in the source' },
        ` ⚑ date from outside the source: ${dates.outside}`,
      )
    : null;
}

/** "Reported by SIPRI in " before the citation, when the evidence names who reported or said it. */
export function attribution(evidence: Evidence): HTMLElement | null {
  return evidence.attributedTo
    ? h('span', { class: 'attribution' }, `Reported by ${evidence.attributedTo}, in `)
    : null;
}

/** How a card reads: `full` (a facts table, the whole citation under each quote) or `compact` (one facts line, "Avdaliani 2020", for a panel that cites each source once). */
export type CardStyle = 'full' | 'compact';

/** The card of one relation; `name` turns actor ids into names. */
export function relationCard(
  relation: Relation,
  name: (id: string) => string,
  sources: ReadonlyMap<string, Source>,
  style: CardStyle = 'full',
): HTMLElement {
  const cited = (id: string) => (style === 'compact' ? shortCitation(id, sources) : citation(id, sources));
  const spec = RELATION_KINDS[relation.kind];
  const arrow = spec.directed ? '→' : '—';
  const roles = spec.directed && 'roles' in spec && spec.roles ? ` (${spec.roles[0]} → ${spec.roles[1]})` : '';
  return h(
    'article',
    { class: `relation valence-${relation.valence}`, 'data-relation': relation.id },
    h(
      'header',
      { class: 'relation-head' },
      h('span', { class: `chip chip-${relation.valence}` }, relation.valence),
      h('strong', {}, spec.label),
      h(
        'span',
        { class: 'relation-ends', title: `${spec.label}${roles}` },
        `${name(relation.source)} ${arrow} ${name(relation.target)}`,
      ),
    ),
    style === 'compact' ? compactFacts(relation) : facts(relation),
    relation.evidence.map((evidence) =>
      h(
        'figure',
        { class: 'evidence' },
        h('blockquote', {}, `“${readableQuote(evidence.quote)}”`),
        h(
          'figcaption',
          {},
          attribution(evidence),
          h('cite', { title: citation(evidence.source, sources) }, cited(evidence.source)),
          ' ',
          readInSourceButton(evidence),
          ' ',
          copyQuoteButton(evidence),
        ),
      ),
    ),
    relation.note
      ? style === 'compact'
        ? h('details', { class: 'note muted' }, h('summary', {}, 'Note'), relation.note)
        : h('p', { class: 'note muted' }, relation.note)
      : null,
    style === 'full' ? relationEditControls(relation) : null,
    style === 'full' ? historyTab('relation', relation.id) : null,
  );
}

/** The facts as a table: strength with its basis, confidence and stance, dates, amounts. */
function facts(relation: Relation): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Strength'),
    h(
      'dd',
      {},
      bar(relation.strength, `fill-${relation.valence}`, `strength ${percent(relation.strength)}`),
      ` ${percent(relation.strength)}`,
      h('span', { class: 'muted' }, ` — ${relation.strengthNote}`),
    ),
    h('dt', {}, 'Confidence'),
    h('dd', {}, `${percent(relation.confidence)} · ${relation.stance}`),
    h('dt', {}, 'When'),
    h('dd', {}, formatDates(relation.dates), dateFlag(relation.dates)),
    amounts(relation),
  );
}

/** The facts on one line; the strength's basis is its explanation on hover and focus. */
function compactFacts(relation: Relation): HTMLElement {
  return h(
    'dl',
    { class: 'facts facts-compact' },
    h('dt', {}, 'Strength'),
    h(
      'dd',
      {},
      h('span', { class: 'explained', tabindex: 0, title: relation.strengthNote }, percent(relation.strength)),
    ),
    h('dt', {}, 'Confidence'),
    h('dd', {}, `${percent(relation.confidence)} (${relation.stance})`),
    h('dt', {}, 'When'),
    h('dd', {}, formatDates(relation.dates), dateFlag(relation.dates)),
    amounts(relation),
  );
}

function amounts(relation: Relation): HTMLElement[] | null {
  if (!relation.amounts?.length) return null;
  return [
    h('dt', {}, 'Amounts'),
    h(
      'dd',
      {},
      relation.amounts.map((amount) =>
        h('div', {}, formatAmount(amount), amount.note ? h('span', { class: 'muted' }, ` — ${amount.note}`) : null),
      ),
    ),
  ];
}

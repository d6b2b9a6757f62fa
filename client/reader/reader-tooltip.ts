// The reader's hover card: the ties (and actors) a quoted passage is evidence for, next to the passage.
import type { QuoteSpan, SpanRelation } from '../../graph/sources/results.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import { h } from '../panels/dom.js';

/** One line per tie: valence chip, kind, and its two actors with the kind's direction. */
function tieLine(relation: SpanRelation, ambiguous: boolean): HTMLElement {
  const spec = RELATION_KINDS[relation.kind];
  const arrow = spec.directed ? '→' : '—';
  return h(
    'li',
    { 'data-relation': relation.id },
    h('span', { class: `chip chip-${relation.valence}` }, relation.valence),
    ` ${spec.label}: ${relation.source.name} ${arrow} ${relation.target.name}`,
    ambiguous
      ? h(
          'span',
          { class: 'muted' },
          ' (its quote occurs more than once and names no offset: shown at every occurrence)',
        )
      : null,
  );
}

/** The card's content for the spans under the pointer; each tie and actor once. */
export function tooltipContent(spans: readonly QuoteSpan[]): HTMLElement {
  const relations = new Map<string, { relation: SpanRelation; ambiguous: boolean }>();
  const actors = new Map<string, string>();
  for (const span of spans) {
    for (const relation of span.relations)
      relations.set(relation.id, {
        relation,
        ambiguous: relation.resolution === 'all-occurrences' && span.occurrences > 1,
      });
    for (const actor of span.actors) actors.set(actor.id, actor.name);
  }
  return h(
    'div',
    {},
    relations.size
      ? h(
          'ul',
          { class: 'tooltip-ties' },
          [...relations.values()].map(({ relation, ambiguous }) => tieLine(relation, ambiguous)),
        )
      : null,
    actors.size
      ? h('p', { class: 'tooltip-actors' }, h('span', { class: 'muted' }, 'About: '), [...actors.values()].join(', '))
      : null,
    h('p', { class: 'muted small' }, 'Click to focus these on the graph.'),
  );
}

/** Shows the card of the spans under the pointer beside `anchor`. */
export function showTooltip(tooltip: HTMLElement, anchor: Element, spans: readonly QuoteSpan[]): void {
  placeTooltip(tooltip, anchor, tooltipContent(spans));
}

/** Shows `content` in the card beside `anchor` (below it, or above when the viewport ends), inside the window. */
export function placeTooltip(tooltip: HTMLElement, anchor: Element, content: HTMLElement): void {
  tooltip.replaceChildren(content);
  tooltip.hidden = false;
  const box = anchor.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  tooltip.style.width = `${width}px`;
  tooltip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
  const below = box.bottom + 6;
  const height = tooltip.offsetHeight;
  tooltip.style.top = `${below + height > window.innerHeight ? Math.max(8, box.top - height - 6) : below}px`;
}

// A tie card: every relation between two actors, with a bar per relation kind coloured by valence and the evidence of each relation.
import type { Source } from '../../graph/model/schema.js';
import type { TieCard } from '../../graph/query/results.js';
import { AGGREGATE_BUCKETS } from '../../graph/query/results.js';
import type { Valence } from '../../graph/model/vocabulary.js';
import { h } from './dom.js';
import { percent } from './format.js';
import { bar, relationCard } from './relation-card.js';

/** Combined score of relations, 1 − Π(1 − strength·confidence), the same rule as the engine's aggregates. */
export function combinedScore(relations: readonly { strength: number; confidence: number }[]): number {
  return 1 - relations.reduce((rest, r) => rest * (1 - r.strength * r.confidence), 1);
}

/** The card; with `compact`, relation details are folded (for side-by-side comparison). */
export function tieCardView(card: TieCard, sources: ReadonlyMap<string, Source>, compact = false): HTMLElement {
  const names = new Map([
    [card.a.id, card.a.name],
    [card.b.id, card.b.name],
  ]);
  const name = (id: string) => names.get(id) ?? id;
  const buckets = AGGREGATE_BUCKETS.filter((bucket) => card.aggregates[bucket].count > 0);
  return h(
    'article',
    { class: 'tie-card', 'data-pair': `${card.a.id}:${card.b.id}` },
    h('h3', {}, `${card.a.name} — ${card.b.name}`),
    h(
      'p',
      { class: 'muted' },
      `${card.total} relation${card.total === 1 ? '' : 's'}`,
      card.asOf ? ` as of ${card.asOf}` : '',
      card.hidden ? ` (${card.hidden} more outside the filter)` : '',
    ),
    buckets.length
      ? h(
          'ul',
          { class: 'aggregates', 'aria-label': 'Combined score per valence' },
          buckets.map((bucket) =>
            h('li', {}, h('span', { class: 'agg-label' }, `${bucket} (${card.aggregates[bucket].count})`), bar(card.aggregates[bucket].score, `fill-${bucket}`, `${bucket} ${percent(card.aggregates[bucket].score)}`), h('span', { class: 'kind-score' }, percent(card.aggregates[bucket].score))),
          ),
        )
      : h('p', {}, 'No relation between them passes the current filters.'),
    h(
      'ul',
      { class: 'kind-bars', 'aria-label': 'Relation kinds' },
      card.byKind.map((kind) => {
        const relations = kind.relations.map((entry) => entry.relation);
        const score = combinedScore(relations);
        const valence: Valence | 'structural' = kind.group === 'structural' ? 'structural' : (kind.valences[0] ?? 'neutral');
        return h(
          'li',
          { class: 'kind-row', 'data-kind': kind.kind },
          h(
            'details',
            { open: !compact },
            h('summary', {}, h('span', { class: 'kind-label' }, `${kind.label} ×${relations.length}`), bar(score, `fill-${valence}`, `${kind.label} ${percent(score)}`), h('span', { class: 'kind-score' }, percent(score))),
            relations.map((relation) => relationCard(relation, name, sources)),
          ),
        );
      }),
    ),
  );
}

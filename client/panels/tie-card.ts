// A tie card: the pair's reading sentence, its profile by domain and kind (strongest evidence one click away), and every relation.
import type { Source } from '../../graph/model/schema.js';
import type { TieCard } from '../../graph/query/results.js';
import type { Valence } from '../../graph/model/vocabulary.js';
import { h } from './dom.js';
import { percent } from './format.js';
import { domainRows } from './profile-rows.js';
import { bar, relationCard } from './relation-card.js';

/** The strongest strength × confidence of some relations: the engine's rule for a row (a copy adds nothing). */
export function strongestWeight(relations: readonly { strength: number; confidence: number }[]): number {
  return relations.reduce((best, r) => Math.max(best, r.strength * r.confidence), 0);
}

/** The card; with `compact` (under a comparison table, which holds the profile rows) it folds the relations. */
export function tieCardView(
  card: TieCard,
  sources: ReadonlyMap<string, Source>,
  compact = false,
  nameOf: (id: string) => string = (id) => id,
): HTMLElement {
  const names = new Map([
    [card.a.id, card.a.name],
    [card.b.id, card.b.name],
  ]);
  const name = (id: string) => names.get(id) ?? nameOf(id);
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
    card.rollup && !compact
      ? h(
          'p',
          { class: 'rollup-note' },
          `Roll-up on: the acts of ${card.a.name}'s and ${card.b.name}'s firms and bodies count towards them.`,
        )
      : null,
    h('p', { class: 'reading' }, card.reading),
    card.total ? null : h('p', {}, 'No relation between them passes the current filters.'),
    compact ? null : domainRows(card.profile, name, sources),
    h(
      'p',
      { class: 'small muted index-line' },
      `Index (mean of the strongest verbal and material fact per side, never netted): cooperation ${percent(card.profile.index.cooperation)}, conflict ${percent(card.profile.index.conflict)}`,
    ),
    h(
      'details',
      { class: 'relations-box', open: !compact },
      h('summary', {}, `All ${card.total} relation${card.total === 1 ? '' : 's'} by kind`),
      h(
        'ul',
        { class: 'kind-bars', 'aria-label': 'Relation kinds' },
        card.byKind.map((kind) => {
          const relations = kind.relations.map((entry) => entry.relation);
          const via = new Map(kind.relations.map((entry) => [entry.relation.id, entry.via]));
          const score = strongestWeight(relations);
          const valence: Valence | 'structural' =
            kind.group === 'structural' ? 'structural' : (kind.valences[0] ?? 'neutral');
          return h(
            'li',
            { class: 'kind-row', 'data-kind': kind.kind },
            h(
              'details',
              { open: !compact },
              h(
                'summary',
                {},
                h('span', { class: 'kind-label' }, `${kind.label} ×${relations.length}`),
                bar(score, `fill-${valence}`, `${kind.label} ${percent(score)}`),
                h('span', { class: 'kind-score' }, percent(score)),
              ),
              relations.map((relation) => {
                const through = via.get(relation.id);
                const card = relationCard(relation, name, sources);
                if (through)
                  card.prepend(h('p', { class: 'via small' }, `Rolled up through ${through.map(name).join(' and ')}`));
                return card;
              }),
            ),
          );
        }),
      ),
    ),
  );
}

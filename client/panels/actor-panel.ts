// The actor panel: kind, aliases, description, and the actor's ties grouped by partner and kind, each with its evidence.
import type { Relation } from '../../graph/model/schema.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import type { ActorSummary } from '../../graph/query/results.js';
import { actorName, type AppContext } from '../app/context.js';
import type { LargeMode } from '../large/large-mode.js';
import { kindLabel } from '../render/palette.js';
import { openTie } from '../state/transitions.js';
import { h } from './dom.js';
import { relationCard } from './relation-card.js';

/** Relations of `actor` grouped by partner (in the summary's order: strongest first), then by kind. */
export function groupByPartner(actor: string, partners: readonly string[], relations: readonly Relation[]): Map<string, Map<string, Relation[]>> {
  const groups = new Map<string, Map<string, Relation[]>>(partners.map((id) => [id, new Map()]));
  for (const relation of relations) {
    const partner = relation.source === actor ? relation.target : relation.source;
    let byKind = groups.get(partner);
    if (!byKind) groups.set(partner, (byKind = new Map()));
    const list = byKind.get(relation.kind);
    if (list) list.push(relation);
    else byKind.set(relation.kind, [relation]);
  }
  for (const [partner, byKind] of groups) if (byKind.size === 0) groups.delete(partner);
  return groups;
}

/** Renders the panel body for an actor summary and its relations. */
export function actorPanel(context: AppContext, summary: ActorSummary, relations: readonly Relation[]): HTMLElement {
  const { actor, degree } = summary;
  const name = (id: string) => actorName(context, id);
  const groups = groupByPartner(actor.id, summary.partners.map((p) => p.partner.id), relations);
  return h(
    'div',
    { class: 'actor-panel', 'data-actor': actor.id },
    h('h2', {}, actor.name),
    h('p', { class: 'kind-line' }, h('span', { class: `chip kind-chip kind-${actor.kind}` }, kindLabel(actor.kind)), actor.exists?.start ? ` · since ${actor.exists.start}` : ''),
    actor.aliases.length ? h('p', {}, h('span', { class: 'muted' }, 'Also: '), actor.aliases.join(', ')) : null,
    actor.externalIds?.length ? h('p', {}, h('span', { class: 'muted' }, 'Id in the imported file: '), actor.externalIds.join(', ')) : null,
    actor.description ? h('p', { class: 'description' }, actor.description) : null,
    h('p', { class: 'muted' }, `${degree.total} relations with ${degree.partners} partners${summary.truncated ? ' (strongest shown)' : ''}.`),
    context.large ? expandButton(context.large, actor.id) : null,
    h(
      'div',
      { class: 'partners' },
      [...groups].map(([partner, byKind]) =>
        h(
          'section',
          { class: 'partner', 'data-partner': partner },
          h(
            'h3',
            {},
            h('button', { type: 'button', class: 'link', title: 'Open the tie card', onclick: () => context.store.dispatch((s) => openTie(s, actor.id, partner)) }, `${actor.name} — ${name(partner)}`),
          ),
          [...byKind].map(([kind, list]) =>
            h(
              'details',
              { class: 'kind-group', open: true },
              h('summary', {}, `${RELATION_KINDS[kind as keyof typeof RELATION_KINDS]?.label ?? kind} ×${list.length}`),
              list.map((relation) => relationCard(relation, name, context.sources)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Large mode: loads the actor's neighbours into the drawing (the double-click does the same); follows loads made elsewhere. */
function expandButton(large: LargeMode, id: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'expand', title: 'Load the actors tied to this one into the drawing' });
  let loading = false;
  const show = () => {
    const loaded = large.expanded().has(id);
    button.disabled = loaded || loading;
    button.textContent = loaded ? 'Neighbours loaded' : loading ? 'Loading neighbours…' : 'Expand neighbours';
  };
  const stop = large.onChange(() => (button.isConnected ? show() : stop()));
  button.addEventListener('click', () => {
    loading = true;
    show();
    void large.expand(id).then(() => {
      loading = false;
      show();
    });
  });
  show();
  return h('p', { class: 'expand-line' }, button);
}

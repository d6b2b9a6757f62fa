// The actor panel: kind, aliases, description, its sources cited once, kind chips, and the ties that pass the view's filters by partner and kind.
import type { Actor, Relation } from '../../graph/model/schema.js';
import type { ActorSummary } from '../../graph/query/results.js';
import { actorName, type AppContext } from '../app/context.js';
import type { LargeMode } from '../large/large-mode.js';
import { actorEditControls } from '../editing/edit-actor.js';
import { historyTab } from '../history/history-tab.js';
import { kindLabel } from '../render/palette.js';
import { openTie } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import { kindCounts, panelRelations, quotedSources, type KindCount } from './actor-panel-model.js';
import { h } from './dom.js';
import { citation } from './format.js';
import { compareKinds } from '../../graph/model/vocabulary.js';
import { relationCard } from './relation-card.js';

/** Relations of `actor` grouped by partner (in the summary's order: strongest first), then by kind in the one order of kinds. */
export function groupByPartner(
  actor: string,
  partners: readonly string[],
  relations: readonly Relation[],
): Map<string, Map<string, Relation[]>> {
  const groups = new Map<string, Map<string, Relation[]>>(partners.map((id) => [id, new Map()]));
  for (const relation of relations) {
    const partner = relation.source === actor ? relation.target : relation.source;
    let byKind = groups.get(partner);
    if (!byKind) groups.set(partner, (byKind = new Map()));
    const list = byKind.get(relation.kind);
    if (list) list.push(relation);
    else byKind.set(relation.kind, [relation]);
  }
  for (const [partner, byKind] of groups) {
    if (byKind.size === 0) groups.delete(partner);
    else groups.set(partner, new Map([...byKind].sort(([x], [y]) => compareKinds(x, y))));
  }
  return groups;
}

/** The kind shown per actor panel, kept while the panel re-renders for new filters. */
export interface PanelMemory {
  kind: string | null;
}

/** Renders the panel body for an actor summary and its relations, under the state's filters. */
export function actorPanel(
  context: AppContext,
  summary: ActorSummary,
  relations: readonly Relation[],
  state: Pick<ExplorerState, 'filters' | 'asOf'>,
  memory: PanelMemory = { kind: null },
): HTMLElement {
  const { actor } = summary;
  const name = (id: string) => actorName(context, id);
  const actorOf = (id: string): Actor =>
    context.graph.hasNode(id)
      ? context.graph.getNodeAttributes(id)
      : { id, name: id, kind: 'organisation', aliases: [] };
  const { shown, hidden } = panelRelations(relations, state.filters, state.asOf, actorOf);
  const kinds = kindCounts(shown);
  if (memory.kind && !kinds.some((k) => k.kind === memory.kind)) memory.kind = null;
  const partnersBox = h('div', { class: 'partners' });
  const countLine = h('p', { class: 'muted count-line' });
  const renderPartners = () => {
    const listed = memory.kind ? shown.filter((relation) => relation.kind === memory.kind) : shown;
    const groups = groupByPartner(
      actor.id,
      summary.partners.map((p) => p.partner.id),
      listed,
    );
    countLine.textContent = `${listed.length} relation${listed.length === 1 ? '' : 's'} with ${groups.size} partner${groups.size === 1 ? '' : 's'}${hidden ? ` — ${hidden} more outside the filters` : ''}${summary.truncated ? ' (strongest shown)' : ''}.`;
    partnersBox.replaceChildren(
      ...[...groups].map(([partner, byKind]) => partnerSection(context, actor, partner, name, byKind)),
    );
  };
  renderPartners();
  const sources = quotedSources(shown);
  return h(
    'div',
    { class: 'actor-panel', 'data-actor': actor.id },
    h('h2', {}, actor.name),
    h(
      'p',
      { class: 'kind-line' },
      h('span', { class: `chip kind-chip kind-${actor.kind}` }, kindLabel(actor.kind)),
      actor.exists?.start ? ` · since ${actor.exists.start}` : '',
    ),
    actor.aliases.length ? h('p', {}, h('span', { class: 'muted' }, 'Also: '), actor.aliases.join(', ')) : null,
    actor.externalIds?.length
      ? h('p', {}, h('span', { class: 'muted' }, 'Id in the imported file: '), actor.externalIds.join(', '))
      : null,
    actor.description ? h('p', { class: 'description' }, actor.description) : null,
    actorEditControls(actor),
    historyTab('actor', actor.id),
    countLine,
    context.large ? expandButton(context.large, actor.id) : null,
    kinds.length > 1 ? kindChips(kinds, shown.length, memory, renderPartners) : null,
    sources.length
      ? h(
          'p',
          { class: 'sources-line small' },
          h('span', { class: 'muted' }, 'Quoted from '),
          sources.map(({ source, quotes }, i) => [
            i ? '; ' : '',
            h('cite', {}, citation(source, context.sources)),
            h('span', { class: 'muted' }, ` (${quotes} quote${quotes === 1 ? '' : 's'})`),
          ]),
        )
      : null,
    partnersBox,
  );
}

function partnerSection(
  context: AppContext,
  actor: Actor,
  partner: string,
  name: (id: string) => string,
  byKind: Map<string, Relation[]>,
): HTMLElement {
  return h(
    'section',
    { class: 'partner', 'data-partner': partner },
    h(
      'h3',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          title: 'Open the tie card',
          onclick: () => context.store.dispatch((s) => openTie(s, actor.id, partner)),
        },
        `${actor.name} — ${name(partner)}`,
      ),
    ),
    [...byKind].map(([kind, list]) => {
      const cards = list.map((relation) => relationCard(relation, name, context.sources, 'compact'));
      // A kind with one relation needs no heading of its own: the card's header names the kind.
      if (list.length === 1) return h('div', { class: 'kind-group', 'data-kind': kind }, cards);
      return h(
        'details',
        { class: 'kind-group', open: true, 'data-kind': kind },
        h('summary', {}, `${kindCounts(list)[0]?.label ?? kind} ×${list.length}`),
        cards,
      );
    }),
  );
}

/** Chips that show one kind at a time ("Arms transfer ×4"), a toolbar with one tab stop: arrows move between chips. */
function kindChips(kinds: readonly KindCount[], total: number, memory: PanelMemory, changed: () => void): HTMLElement {
  const options: Array<{ kind: string | null; text: string }> = [
    { kind: null, text: `All ×${total}` },
    ...kinds.map((k) => ({ kind: k.kind, text: `${k.label} ×${k.count}` })),
  ];
  const buttons = options.map((option) =>
    h('button', { type: 'button', class: 'kind-filter', 'data-kind': option.kind ?? 'all' }, option.text),
  );
  const sync = () =>
    buttons.forEach((button, i) => {
      const pressed = options[i]!.kind === memory.kind;
      button.setAttribute('aria-pressed', String(pressed));
      button.tabIndex = pressed ? 0 : -1;
    });
  buttons.forEach((button, i) =>
    button.addEventListener('click', () => {
      memory.kind = options[i]!.kind;
      sync();
      changed();
    }),
  );
  const toolbar = h('div', { class: 'kind-filters', role: 'toolbar', 'aria-label': 'Show one relation kind' }, buttons);
  toolbar.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? at + 1
        : event.key === 'ArrowLeft'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length]!;
    buttons.forEach((b) => (b.tabIndex = b === target ? 0 : -1));
    target.focus();
  });
  sync();
  return toolbar;
}

/** Large mode: loads the actor's neighbours into the drawing (the double-click does the same); follows loads made elsewhere. */
function expandButton(large: LargeMode, id: string): HTMLElement {
  const button = h('button', {
    type: 'button',
    class: 'expand',
    title: 'Load the actors tied to this one into the drawing',
  });
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

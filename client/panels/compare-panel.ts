// The compare panel: tie cards of two or more pairs side by side, or profiles of two or more actors; one click to the article's example.
import type { ActorProfile, CompareActorsResult, ComparePairsResult } from '../../graph/query/results.js';
import { actorName, type AppContext } from '../app/context.js';
import { setCompare, setRollup } from '../state/transitions.js';
import type { ExplorerState, Pair } from '../state/types.js';
import { actorPicker, type ActorPicker } from './actor-picker.js';
import { h } from './dom.js';
import type { PanelView } from './panel-view.js';
import { compareTable } from './compare-table.js';
import { balanceSection } from './balance-view.js';
import { tieCardView } from './tie-card.js';

/** The article's comparison: Israel's tie with Azerbaijan against its tie with Armenia. */
export const EXAMPLE_PAIRS: readonly Pair[] = [
  ['israel', 'azerbaijan'],
  ['israel', 'armenia'],
];

/** Builds the compare panel. */
export function comparePanel(context: AppContext): PanelView {
  const { store } = context;
  const rows: [ActorPicker, ActorPicker][] = [];
  const rowsBox = h('div', { class: 'pair-rows' });
  const addRow = () => {
    const n = rows.length + 1;
    const row: [ActorPicker, ActorPicker] = [
      actorPicker({ label: `Pair ${n}: first actor`, name: `pair${n}a` }),
      actorPicker({ label: `Pair ${n}: second actor`, name: `pair${n}b` }),
    ];
    rows.push(row);
    rowsBox.append(h('div', { class: 'pair-row' }, row[0].element, row[1].element));
  };
  addRow();
  addRow();
  const message = h('p', { class: 'form-message', role: 'alert' });
  const form = h(
    'form',
    { class: 'compare-form' },
    rowsBox,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', onclick: addRow }, 'Add a pair'),
      h('button', { type: 'submit', class: 'primary' }, 'Compare pairs'),
      h('button', { type: 'button', onclick: () => compareFirstActors() }, 'Compare the first actors as profiles'),
    ),
    message,
  );
  const chosenPairs = (): Pair[] =>
    rows
      .map(([a, b]) => [a.value(), b.value()] as const)
      .filter((p): p is Pair => Boolean(p[0] && p[1] && p[0] !== p[1]));
  const compareFirstActors = () => {
    const actors = [...new Set(rows.map(([a]) => a.value()).filter((id): id is string => Boolean(id)))];
    if (actors.length < 2) message.textContent = 'Choose a first actor in two or more rows to compare their profiles.';
    else store.dispatch((s) => setCompare(s, { actors }));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const pairs = chosenPairs();
    if (pairs.length < 2) {
      message.textContent = 'Choose two or more complete pairs from the suggestions.';
      return;
    }
    message.textContent = '';
    store.dispatch((s) => setCompare(s, { pairs }));
  });
  const example = h(
    'button',
    { type: 'button', class: 'example', onclick: () => store.dispatch((s) => setCompare(s, { pairs: EXAMPLE_PAIRS })) },
    'Example: Israel–Azerbaijan vs Israel–Armenia',
  );
  const results = h('div', { class: 'compare-results', 'aria-live': 'polite' });
  const rollupBox = h('input', {
    type: 'checkbox',
    name: 'rollup',
    onchange: () => store.dispatch((s) => setRollup(s, rollupBox.checked)),
  });
  const rollupToggle = h(
    'label',
    { class: 'rollup-toggle' },
    rollupBox,
    ' Roll up: count firms’ and ministries’ acts towards their state',
  );
  let shown: ExplorerState['compare'] = null;
  return {
    element: h(
      'div',
      { class: 'compare-panel' },
      h('h2', {}, 'Compare'),
      example,
      rollupToggle,
      h('details', { class: 'compare-form-box' }, h('summary', {}, 'Choose pairs or actors'), form),
      results,
      balanceSection(context),
    ),
    update(state) {
      rollupBox.checked = state.rollup;
      if (state.compare && state.compare !== shown && 'pairs' in state.compare) {
        while (rows.length < state.compare.pairs.length) addRow();
        state.compare.pairs.forEach(([a, b], i) => {
          rows[i]?.[0].set(a, actorName(context, a));
          rows[i]?.[1].set(b, actorName(context, b));
        });
      }
      shown = state.compare;
      results.replaceChildren(renderResults(context, state));
    },
  };
}

function renderResults(context: AppContext, state: ExplorerState): HTMLElement | string {
  const result = state.results.compare;
  if (!state.compare || result.status === 'idle') return '';
  if (result.status === 'loading') return h('p', { class: 'loading' }, 'Comparing…');
  if (result.status === 'error') return h('p', { class: 'error', role: 'alert' }, result.message);
  if ('pairs' in result.data) return pairsView(context, result.data);
  return profilesView(context, result.data, state.rollup);
}

function pairsView(context: AppContext, data: ComparePairsResult): HTMLElement {
  return h(
    'div',
    {},
    data.pairs[0]?.rollup
      ? h(
          'p',
          { class: 'rollup-note' },
          'Roll-up on: firms’ and ministries’ acts count towards their state; each such relation says which actor it came through.',
        )
      : null,
    h('p', { class: 'compare-reading' }, data.reading),
    compareTable(
      data.rows,
      data.pairs.map((card) => ({ heading: `${card.a.name}–${card.b.name}`, profile: card.profile })),
      (id) => actorName(context, id),
      context.sources,
    ),
    h(
      'div',
      { class: 'side-by-side' },
      data.pairs.map((card) => tieCardView(card, context.sources, true, (id) => actorName(context, id))),
    ),
  );
}

function profilesView(context: AppContext, data: CompareActorsResult, rollup: boolean): HTMLElement {
  const common = data.commonPartners.map((id) => actorName(context, id));
  return h(
    'div',
    {},
    rollup
      ? h('p', { class: 'rollup-note muted' }, 'Roll-up applies to pairs; actor profiles count each actor’s own acts.')
      : null,
    h('p', { class: 'compare-reading' }, data.reading),
    compareTable(
      data.rows,
      data.profiles.map((profile) => ({ heading: profile.actor.name, profile: profile.profile })),
      (id) => actorName(context, id),
      context.sources,
    ),
    h(
      'div',
      { class: 'side-by-side' },
      data.profiles.map((profile) => profileView(context, profile)),
    ),
    h('p', {}, h('strong', {}, 'Partners in common: '), common.length ? common.join(', ') : 'none'),
  );
}

function profileView(context: AppContext, profile: ActorProfile): HTMLElement {
  return h(
    'article',
    { class: 'tie-card profile', 'data-actor': profile.actor.id },
    h('h3', {}, profile.actor.name),
    h('p', { class: 'muted' }, `${profile.degree.total} relations, ${profile.degree.partners} partners`),
    h('p', { class: 'reading' }, profile.reading),
    h(
      'p',
      { class: 'small' },
      h('strong', {}, 'Strongest partners: '),
      profile.partners
        .slice(0, 6)
        .map((p) => `${actorName(context, p.id)} (${p.valences.join('/')})`)
        .join(', '),
    ),
  );
}

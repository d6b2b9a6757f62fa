// The path panel: from / to with suggestions, mode, k, kind and valence constraints; the paths found, step by step, with evidence.
import {
  RELATION_KINDS,
  RELATION_KIND_IDS,
  VALENCES,
  type RelationKind,
  type Valence,
} from '../../graph/model/vocabulary.js';
import type { PathResult } from '../../graph/relation-index/path-query.js';
import { actorName, type AppContext } from '../app/context.js';
import { askPath, choosePath } from '../state/transitions.js';
import { MAX_K, PATH_MODES, type ExplorerState, type PathMode } from '../state/types.js';
import { actorPicker } from './actor-picker.js';
import { h, uid } from './dom.js';
import type { PanelView } from './panel-view.js';
import { relationCard } from './relation-card.js';
import { hostileSteps, pathLine } from '../../graph/relation-index/paths/path-line.js';
import { STRUCTURAL_STEP_WEIGHT } from '../../graph/relation-index/path-query.js';
import { pathStructureChoice } from './path-structure-choice.js';

/** Builds the path panel. */
export function pathPanel(context: AppContext, presentKinds: ReadonlySet<string>): PanelView {
  const { store } = context;
  const from = actorPicker({ label: 'From', name: 'from' });
  const to = actorPicker({ label: 'To', name: 'to' });
  const modeId = uid('mode');
  const mode = h(
    'select',
    { id: modeId, name: 'mode' },
    PATH_MODES.map((m) => h('option', { value: m }, m)),
  );
  const kId = uid('k');
  const k = h('input', { id: kId, name: 'k', type: 'number', min: 1, max: MAX_K, value: 3 });
  const kindsId = uid('kinds');
  const kinds = h(
    'select',
    { id: kindsId, name: 'kinds', multiple: true, size: 6 },
    RELATION_KIND_IDS.filter((kind) => presentKinds.has(kind)).map((kind) =>
      h('option', { value: kind }, `${RELATION_KINDS[kind].label} (${RELATION_KINDS[kind].group})`),
    ),
  );
  const valenceBoxes = VALENCES.map((valence) => {
    const id = uid('pv');
    const input = h('input', { id, type: 'checkbox', value: valence });
    return { valence, input, row: h('span', { class: 'check inline' }, input, h('label', { for: id }, valence)) };
  });
  const structure = pathStructureChoice(context);
  const message = h('p', { class: 'form-message', role: 'alert' });
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });

  const form = h(
    'form',
    { class: 'path-form', 'aria-labelledby': 'path-title' },
    from.element,
    to.element,
    h(
      'div',
      { class: 'row' },
      h('label', { for: modeId, class: 'field-label' }, 'Mode'),
      mode,
      h('label', { for: kId, class: 'field-label' }, 'Alternatives (k)'),
      k,
    ),
    structure.element,
    h(
      'details',
      {},
      h('summary', {}, 'Constraints'),
      h('label', { for: kindsId, class: 'field-label' }, 'Only these relation kinds (none selected: any)'),
      kinds,
      h(
        'fieldset',
        {},
        h('legend', {}, 'Only these valences (none: any)'),
        valenceBoxes.map((v) => v.row),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Find paths'),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fromId = from.value();
    const toId = to.value();
    if (!fromId || !toId) {
      message.textContent = 'Choose both ends from the suggestions.';
      return;
    }
    message.textContent = '';
    const chosenKinds = [...kinds.selectedOptions].map((o) => o.value as RelationKind);
    const chosenValences = valenceBoxes.filter((v) => v.input.checked).map((v) => v.valence as Valence);
    store.dispatch((s) =>
      askPath(s, {
        from: fromId,
        to: toId,
        mode: mode.value as PathMode,
        k: Number(k.value),
        kinds: chosenKinds,
        valence: chosenValences,
      }),
    );
  });

  let shownQuery: ExplorerState['path'] = null;
  const element = h(
    'div',
    { class: 'path-panel' },
    h('h2', { id: 'path-title' }, 'Paths between two actors'),
    form,
    results,
  );
  return {
    element,
    update(state) {
      if (state.path && state.path !== shownQuery) {
        from.set(state.path.from, actorName(context, state.path.from));
        to.set(state.path.to, actorName(context, state.path.to));
        mode.value = state.path.mode;
        k.value = String(state.path.k);
        for (const option of kinds.options) option.selected = state.path.kinds.includes(option.value as RelationKind);
        for (const v of valenceBoxes) v.input.checked = state.path.valence.includes(v.valence);
      }
      structure.update(state);
      shownQuery = state.path;
      results.replaceChildren(renderResults(context, state));
    },
  };
}

function renderResults(context: AppContext, state: ExplorerState): HTMLElement | string {
  const result = state.results.paths;
  if (!state.path || result.status === 'idle') return '';
  if (result.status === 'loading') return h('p', { class: 'loading' }, 'Searching…');
  if (result.status === 'error') return h('p', { class: 'error', role: 'alert' }, result.message);
  return pathList(context, result.data, state.chosenPath);
}

function pathList(context: AppContext, data: PathResult, chosen: number): HTMLElement {
  const { store } = context;
  if (data.outcome === 'no-path' || data.paths.length === 0)
    return h(
      'div',
      { class: 'path-result' },
      h('p', { class: 'empty' }, 'No path within these constraints.'),
      data.why ? h('p', { class: 'path-why' }, data.why) : null,
      rolledUpNote(context, data),
    );
  const count = data.paths.length;
  const path = data.paths[Math.min(chosen, count - 1)]!;
  // The path brings its actors' records: in large mode they may not be drawn yet when the panel is built.
  const names = new Map(path.actors.map((actor) => [actor.id, actor.name]));
  const name = (id: string) => names.get(id) ?? actorName(context, id);
  const step = (delta: number) => store.dispatch((s) => choosePath(s, s.chosenPath + delta, count));
  return h(
    'div',
    { class: 'path-result' },
    h(
      'div',
      { class: 'alternatives', role: 'group', 'aria-label': 'Alternatives' },
      h(
        'button',
        { type: 'button', onclick: () => step(-1), disabled: count < 2, 'aria-label': 'Previous alternative' },
        '◀',
      ),
      h(
        'span',
        { class: 'alt-label' },
        `Path ${chosen + 1} of ${count} · ${path.hops} hop${path.hops === 1 ? '' : 's'} · score ${formatScore(path.score)}`,
      ),
      h(
        'button',
        { type: 'button', onclick: () => step(1), disabled: count < 2, 'aria-label': 'Next alternative' },
        '▶',
      ),
    ),
    h('p', { class: 'path-line' }, pathLine(path)),
    rolledUpNote(context, data),
    hostileSteps(path)
      ? h(
          'p',
          { class: 'path-sign' },
          `A chain through ${hostileSteps(path) === 1 ? 'a hostile tie' : `${hostileSteps(path)} hostile ties`} (in round brackets): not a line of cooperation.`,
        )
      : null,
    path.steps.some((s) => s.structural)
      ? h(
          'p',
          { class: 'small muted path-structural' },
          `[Square brackets]: structural links (based in, party to…), which say where an actor sits; in the strongest and widest modes each weighs ${STRUCTURAL_STEP_WEIGHT}, so a chain scores by its ties. To leave them out, choose kinds under Constraints.`,
        )
      : null,
    h(
      'ol',
      { class: 'steps' },
      path.relations.map((relation, i) =>
        h(
          'li',
          { class: `step${path.steps[i]?.structural ? ' structural' : ''}`, 'data-relation': relation.id },
          h(
            'p',
            { class: 'step-title' },
            `${path.actors[i]?.name ?? ''} → ${path.actors[i + 1]?.name ?? ''}`,
            path.steps[i]?.structural ? ' (structural)' : '',
            path.steps[i]?.via
              ? h('span', { class: 'via' }, ` — through ${path.steps[i]!.via!.map(name).join(' and ')}`)
              : '',
          ),
          relationCard(relation, name, context.sources),
        ),
      ),
    ),
  );
}

/** "Roll-up: Aeronautics Defense Systems stands for Israel", for each end the roll-up replaced. */
function rolledUpNote(context: AppContext, data: PathResult): HTMLElement | null {
  const query = context.store.get().path;
  if (!data.rolledUp || !query) return null;
  const ends = [
    [query.from, data.rolledUp.from],
    [query.to, data.rolledUp.to],
  ].filter(([asked, folded]) => asked !== folded);
  const said = ends.map(([asked, folded]) => `${actorName(context, asked!)} stands for ${actorName(context, folded!)}`);
  return h(
    'p',
    { class: 'small rollup-note' },
    `Roll-up on: firms and bodies count as their state${said.length ? `; ${said.join(', ')}` : ''}.`,
  );
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(3);
}

// The filter panel: relation kinds grouped by valence, valences, minimum strength and confidence, structural ties.
import {
  KIND_GROUPS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  VALENCES,
  type KindGroup,
  type RelationKind,
} from '../../graph/model/vocabulary.js';
import type { Store } from '../state/store.js';
import { resetFilters, setFilters, toggleKind, toggleValence } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import { h, uid } from './dom.js';
import { percent } from './format.js';

const GROUP_TITLES: Record<KindGroup, string> = {
  cooperative: 'Cooperative kinds',
  hostile: 'Hostile kinds',
  mixed: 'Mixed kinds',
  neutral: 'Neutral kinds',
  structural: 'Structural kinds',
};

/** Builds the filter panel into `root`; returns a function that brings its controls in line with a state. */
export function mountFilters(
  root: HTMLElement,
  store: Store,
  presentKinds: ReadonlySet<string>,
): (state: ExplorerState) => void {
  const kindBoxes = new Map<RelationKind, HTMLInputElement>();
  const valenceBoxes = new Map<string, HTMLInputElement>();
  const groupTitles: { title: HTMLElement; text: string; kinds: RelationKind[] }[] = [];
  const checkbox = (label: string, onChange: (checked: boolean) => void, extraClass = '') => {
    const id = uid('f');
    const input = h('input', { id, type: 'checkbox', onchange: () => onChange(input.checked) });
    return { input, row: h('div', { class: `check ${extraClass}` }, input, h('label', { for: id }, label)) };
  };
  const slider = (label: string, onInput: (value: number) => void) => {
    const id = uid('f');
    const output = h('output', { for: id }, '0%');
    const input = h('input', { id, type: 'range', min: 0, max: 1, step: 0.05, value: 0 });
    input.addEventListener('input', () => onInput(Number(input.value)));
    return { input, output, row: h('div', { class: 'range-row' }, h('label', { for: id }, label), input, output) };
  };

  const structural = checkbox('Show structural ties (based in, part of, …)', (checked) =>
    store.dispatch((s) => setFilters(s, { showStructural: checked })),
  );
  const strength = slider('Min strength', (value) => store.dispatch((s) => setFilters(s, { minStrength: value })));
  const confidence = slider('Min confidence', (value) =>
    store.dispatch((s) => setFilters(s, { minConfidence: value })),
  );
  const valences = VALENCES.map((valence) => {
    const box = checkbox(
      valence,
      (checked) => store.dispatch((s) => toggleValence(s, valence, checked)),
      `swatch-${valence}`,
    );
    valenceBoxes.set(valence, box.input);
    return box.row;
  });
  const groups = KIND_GROUPS.map((group) => {
    const kinds = RELATION_KIND_IDS.filter((kind) => RELATION_KINDS[kind].group === group && presentKinds.has(kind));
    if (!kinds.length) return null;
    const rows = kinds.map((kind) => {
      const box = checkbox(RELATION_KINDS[kind].label, (checked) =>
        store.dispatch((s) => toggleKind(s, kind, checked)),
      );
      kindBoxes.set(kind, box.input);
      return box.row;
    });
    // Folded: the legend above must stay in sight on first load; each group's title says how many kinds are off.
    const title = h('summary', {}, `${GROUP_TITLES[group]} (${kinds.length})`);
    groupTitles.push({ title, text: GROUP_TITLES[group], kinds });
    return h('details', { class: `kind-group group-${group}` }, title, rows);
  });

  root.replaceChildren(
    h(
      'section',
      { class: 'filters', 'aria-labelledby': 'filters-title' },
      h('h2', { id: 'filters-title' }, 'Filters'),
      h('fieldset', {}, h('legend', {}, 'Valence'), valences),
      strength.row,
      confidence.row,
      structural.row,
      h('fieldset', { class: 'kinds' }, h('legend', {}, 'Relation kinds'), groups),
      h('button', { type: 'button', class: 'link', onclick: () => store.dispatch(resetFilters) }, 'Reset filters'),
    ),
  );

  return (state) => {
    const f = state.filters;
    structural.input.checked = f.showStructural;
    for (const [valence, box] of valenceBoxes) box.checked = f.valences.includes(valence as never);
    for (const [kind, box] of kindBoxes) {
      box.checked = !f.hiddenKinds.includes(kind);
      box.disabled = RELATION_KINDS[kind].group === 'structural' && !f.showStructural;
    }
    for (const { title, text, kinds } of groupTitles) {
      const off = kinds.filter((kind) => f.hiddenKinds.includes(kind)).length;
      title.textContent = off ? `${text} (${off} of ${kinds.length} off)` : `${text} (${kinds.length})`;
    }
    strength.input.value = String(f.minStrength);
    strength.output.textContent = percent(f.minStrength);
    confidence.input.value = String(f.minConfidence);
    confidence.output.textContent = percent(f.minConfidence);
  };
}

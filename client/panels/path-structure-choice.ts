// The path form's choice of how structural links count: as links at half weight, or folded by the roll-up into the state.
import { STRUCTURAL_STEP_WEIGHT } from '../../graph/relation-index/path-query.js';
import type { AppContext } from '../app/context.js';
import { setRollup } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import { h, uid } from './dom.js';

/** The two radios and their explanation; `update` shows the store's roll-up (one setting with compare and tie cards). */
export function pathStructureChoice(context: AppContext): { element: HTMLElement; update(state: ExplorerState): void } {
  const name = uid('structure');
  const option = (value: 'links' | 'rollup', label: string, help: string) => {
    const id = uid('structure');
    const input = h('input', {
      id,
      type: 'radio',
      name,
      value,
      onchange: () => context.store.dispatch((s) => setRollup(s, value === 'rollup')),
    });
    return {
      input,
      row: h(
        'div',
        { class: 'check' },
        input,
        h('label', { for: id }, label),
        h('p', { class: 'small muted structure-help' }, help),
      ),
    };
  };
  const links = option(
    'links',
    'As links',
    `Based in, part of, party to… are steps of their own, in [square brackets]; in the strongest and widest modes each weighs ${STRUCTURAL_STEP_WEIGHT}, so a chain scores by its ties.`,
  );
  const rollup = option(
    'rollup',
    'Roll up firms and bodies into their state',
    'A firm, ministry or agency stands for the state it is based in or part of: its acts are the state’s, its link to the state is no step, and each step it made says “through” it. Other structural links stay as links.',
  );
  const element = h(
    'fieldset',
    { class: 'path-structure' },
    h('legend', {}, 'Structural links'),
    links.row,
    rollup.row,
  );
  return {
    element,
    update(state) {
      links.input.checked = !state.rollup;
      rollup.input.checked = state.rollup;
    },
  };
}

// The legend: node colour per actor kind present in the data, edge colour per valence, and what arrows and sizes mean.
import { ACTOR_KINDS, VALENCES } from '../../graph/model/vocabulary.js';
import { KIND_COLORS, VALENCE_COLORS, kindLabel } from '../render/palette.js';
import { h } from './dom.js';
import { pressVerb } from './touch-wording.js';

function swatch(color: string, shape: 'dot' | 'line'): HTMLElement {
  const element = h('span', { class: `swatch swatch-${shape}`, 'aria-hidden': 'true' });
  element.style.backgroundColor = color; // CSSOM, allowed under a strict CSP
  return element;
}

/** Renders the legend for the actor kinds the data holds. */
export function mountLegend(root: HTMLElement, presentActorKinds: ReadonlySet<string>): void {
  root.replaceChildren(
    h(
      'section',
      { class: 'legend', 'aria-labelledby': 'legend-title' },
      h('h2', { id: 'legend-title' }, 'Legend'),
      h(
        'ul',
        { class: 'legend-list' },
        ACTOR_KINDS.filter((kind) => presentActorKinds.has(kind)).map((kind) =>
          h('li', {}, swatch(KIND_COLORS[kind], 'dot'), kindLabel(kind)),
        ),
      ),
      h(
        'ul',
        { class: 'legend-list' },
        VALENCES.map((valence) => h('li', {}, swatch(VALENCE_COLORS[valence], 'line'), `${valence} tie`)),
      ),
      h(
        'p',
        { class: 'muted small' },
        `Node size: strength of its ties. Line width: strength. Arrow: directed kind (supplier → recipient). Parallel ties of a pair fan out; ${pressVerb()} one for the tie card. With an as-of year, faded thin lines are undated ties (they count from their actors’ existence; “dated ties only” leaves them out).`,
      ),
    ),
  );
}

// The measurement model beside the relation form: the strength rubric and the stance ladder, from graph/model/measurement.ts so the numbers are the engine's.
import { CONFIDENCE_LADDER, STRENGTH_TIERS } from '../../graph/model/measurement.js';
import { STANCES } from '../../graph/model/vocabulary.js';
import { h } from '../panels/dom.js';

/** The strength rubric: amounts on the money scale, else one of the tiers (an unstated size is moderate). */
export function strengthRubric(): HTMLElement {
  return h(
    'details',
    { class: 'rubric' },
    h('summary', {}, 'Strength rubric'),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        'Amount given: (log10(USD) − 6) / 4 — $1 million → 0, $100 million → 0.5, $10 billion → 1 (basis "amount").',
      ),
      Object.entries(STRENGTH_TIERS).map(([tier, value]) =>
        h('li', {}, `${tier}: ${value}${tier === 'moderate' ? ' (the size is not stated)' : ''} (basis "rubric")`),
      ),
    ),
  );
}

/** The stance ladder: the confidence each stance carries without a note. */
export function stanceLadder(): HTMLElement {
  return h(
    'details',
    { class: 'rubric' },
    h('summary', {}, 'Stance ladder'),
    h(
      'ul',
      {},
      STANCES.map((stance) => h('li', {}, `${stance}: ${CONFIDENCE_LADDER[stance].join(' or ')}`)),
    ),
    h('p', { class: 'muted small' }, 'Another confidence needs a note that gives the reason.'),
  );
}

// The balance section of the compare panel: on request, the unbalanced signed triads under the current as-of and roll-up, each pair with its quote.
import type { Source } from '../../graph/model/schema.js';
import type { BalanceResult } from '../../graph/query/balance-results.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import { fetchBalance } from '../api/endpoints.js';
import { actorName, type AppContext } from '../app/context.js';
import { timeScope } from '../state/types.js';
import { h } from './dom.js';
import { citation } from './format.js';
import { readInSourceButton } from '../reader/reader-link.js';
import { attribution } from './relation-card.js';

/** The section: a button that asks `/api/balance` with the state's as-of and roll-up, and the answer below it. */
export function balanceSection(context: AppContext): HTMLElement {
  const output = h('div', { class: 'balance-results', 'aria-live': 'polite' });
  const ask = async () => {
    const state = context.store.get();
    output.replaceChildren(h('p', { class: 'loading' }, 'Looking for unbalanced triads…'));
    try {
      output.replaceChildren(balanceView(context, await fetchBalance(timeScope(state), state.rollup), context.sources));
    } catch (error) {
      output.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
      );
    }
  };
  return h(
    'section',
    { class: 'balance' },
    h('h3', {}, 'Balance'),
    h(
      'p',
      { class: 'small muted' },
      'Signed triads: a friend of a friend who is an enemy, or three mutual enemies, is unbalanced. Pairs with both cooperative and hostile ties have no sign and are left out.',
    ),
    h('button', { type: 'button', onclick: () => void ask() }, 'Find unbalanced triads'),
    output,
  );
}

function balanceView(context: AppContext, result: BalanceResult, sources: ReadonlyMap<string, Source>): HTMLElement {
  const scope = `${result.asOf ? ` as of ${result.asOf}` : ''}${result.rollup ? ', roll-up on' : ''}`;
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'balance-counts' },
      `${result.unbalanced} unbalanced and ${result.balanced} balanced triad${result.balanced === 1 ? '' : 's'}${scope}; ${result.ambivalentPairs} ambivalent pair${result.ambivalentPairs === 1 ? '' : 's'} left out.`,
    ),
    h(
      'ul',
      { class: 'triads' },
      result.triads.map((triad) =>
        h(
          'li',
          { class: 'triad', 'data-actors': triad.actors.join(',') },
          h(
            'details',
            {},
            h('summary', {}, triad.reading),
            triad.edges.map((edge) =>
              h(
                'figure',
                { class: 'evidence' },
                h(
                  'p',
                  { class: 'small' },
                  `${actorName(context, edge.a)}–${actorName(context, edge.b)} ${edge.sign === '+' ? '+' : '−'}: ${RELATION_KINDS[edge.kind].label}${
                    edge.via
                      ? ` (through ${edge.via
                          .split(', ')
                          .map((id) => actorName(context, id))
                          .join(' and ')})`
                      : ''
                  }`,
                ),
                h('blockquote', {}, `“${edge.evidence.quote}”`),
                h(
                  'figcaption',
                  {},
                  attribution(edge.evidence),
                  h('cite', {}, citation(edge.evidence.source, sources)),
                  ' ',
                  readInSourceButton(edge.evidence),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

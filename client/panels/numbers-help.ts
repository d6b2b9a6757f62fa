// "How these numbers are made": one page that explains every figure of the panels and the canvas, linked from each panel.
import { h } from './dom.js';

/** The page's sections: a figure and how it is made. */
const SECTIONS: ReadonlyArray<readonly [string, string]> = [
  [
    'Strength',
    'How strong the source says a tie is, from 0 to 100%. Each relation states its basis (an amount, a scale, the wording); hover or focus a strength to read it.',
  ],
  [
    'Confidence and stance',
    'How sure the dataset is that the source asserts the tie (100%: stated as fact; lower: reported, claimed, hedged). The stance says whether the author asserts it or reports someone else’s claim.',
  ],
  [
    'Strongest fact (tie cards, comparisons)',
    'Each domain and kind row shows its distinct facts and the strongest one, strength × confidence, with its quote one click away. More facts never raise a row: copies of one fact count once, and the row never exceeds its strongest fact.',
  ],
  [
    'Index',
    'A side’s cooperation (or conflict) index is the mean of its strongest verbal and its strongest material fact of that kind of relation.',
  ],
  [
    'Valences are never netted',
    'Cooperative, hostile, mixed and neutral relations are scored apart: a pair that trades arms and fights wars shows both, not a balance.',
  ],
  [
    '“More outside the filter”',
    'Relations of the pair or actor that the current filters leave out (kinds, valences, minimum strength or confidence, the as-of date). Untick fewer filters to see them.',
  ],
  [
    'Paths',
    'Shortest: fewest hops. Strongest: the greatest product of strengths along the path (a chain is as strong as all its links together). Widest: the greatest weakest link.',
  ],
  [
    'Node size and line width',
    'An actor’s disc grows with the sum of the strengths of its drawn ties; a line’s width with the tie’s strength.',
  ],
  [
    'Degree (API /api/metrics)',
    'Relations of an actor passing the filter, each counted once. An undirected relation counts in both in- and out-degree, so degree can be less than in + out.',
  ],
  [
    'As of a date',
    'A relation counts as of a date if it had started and not ended by then; undated relations count from their actors’ existence unless “dated ties only” is ticked.',
  ],
  ['Rounding', 'The API rounds computed numbers to 6 decimals; the panels show percentages rounded to whole numbers.'],
];

/** The page's element. */
export function numbersHelp(): HTMLElement {
  return h(
    'div',
    { class: 'numbers-help' },
    h('h2', {}, 'How these numbers are made'),
    h(
      'dl',
      {},
      SECTIONS.map(([term, text]) => [h('dt', {}, term), h('dd', {}, text)]),
    ),
  );
}

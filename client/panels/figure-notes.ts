// Short explanations of every figure the panels show, attached by selector: a tooltip on hover (title) and on keyboard focus (CSS).

/** What each kind of figure means, by the selector of the element that shows it. */
export const FIGURE_NOTES: ReadonlyArray<readonly [selector: string, note: string]> = [
  [
    '.kind-score',
    'Strongest fact: the highest strength × confidence among these relations. More facts never raise it; copies of one fact count once.',
  ],
  [
    '.row-facts',
    'Distinct facts of this domain or kind between the pair under the current filters; "none" where the source gives none.',
  ],
  [
    '.index-line',
    'Index of a side: the mean of its strongest verbal and strongest material fact; cooperation and conflict are never netted.',
  ],
  [
    '.aggregates .agg-label',
    'Relations of this valence between the two, and their combined score; cooperation and hostility are never netted.',
  ],
  [
    '.tie-card > p.muted',
    'Relations between the pair under the current filters; "more outside the filter" are left out by the kinds, valences, thresholds or date you chose.',
  ],
  [
    '.alt-label',
    'Hops: steps on the path. Score: for strongest, the product of the strengths on the path; for widest, its weakest strength; for shortest, the number of hops.',
  ],
  [
    '.facts:not(.facts-compact) dt:first-of-type',
    'Strength: how strong the source says the tie is, 0–100% (its basis is given beside it).',
  ],
  [
    '.facts:not(.facts-compact) dt:nth-of-type(2)',
    'Confidence: how sure the dataset is that the source asserts the tie, 0–100%; the stance says whether the author asserts it or reports a claim.',
  ],
  [
    '.count-line',
    'Relations of this actor under the current filters; the ones the filters leave out are counted apart.',
  ],
];

const FOCUSABLE = new Set(['.kind-score', '.alt-label']);

/** Gives every figure inside `root` its note (title, focusable, dotted underline); idempotent. */
export function annotateFigures(root: ParentNode): void {
  for (const [selector, note] of FIGURE_NOTES) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (element.dataset.note) continue;
      element.dataset.note = note;
      element.title = note;
      element.classList.add('explained');
      // Scores are focusable so the keyboard can read their note; labels and counts keep the tab order short.
      if (FOCUSABLE.has(selector) && element.tabIndex < 0 && !element.closest('summary, button')) element.tabIndex = 0;
    }
  }
}

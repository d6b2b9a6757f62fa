// Tests of the large-mode caption: refused counts, the overview wording, expansions and the as-of year.
import t from 'tap';
import { largeSummaryText } from '../../../client/large/large-summary.js';
import { INITIAL_STATE } from '../../../client/state/types.js';

const counts = { drawn: 2000, total: 100_000, expanded: 0, ties: 5321, totalTies: 1_000_000 };

t.test('largeSummaryText refuses counts that are not counts', async (t) => {
  t.throws(() => largeSummaryText({ ...counts, drawn: -1 }, INITIAL_STATE), /`drawn`/);
  t.throws(() => largeSummaryText({ ...counts, total: Number.NaN }, INITIAL_STATE), /`total`/);
  t.throws(() => largeSummaryText({ ...counts, expanded: 1.5 }, INITIAL_STATE), /`expanded`/);
});

t.test('the overview says what is drawn and how to load more', async (t) => {
  t.equal(
    largeSummaryText(counts, INITIAL_STATE),
    '2,000 of 100,000 actors — the strongest; 5,321 of 1,000,000 ties shown. Double-click an actor or use Expand to load its neighbours.',
  );
});

t.test('expansions and the as-of year are named', async (t) => {
  t.match(
    largeSummaryText({ ...counts, drawn: 2040, expanded: 1 }, INITIAL_STATE),
    /^2,040 of 100,000 actors — the strongest and the neighbours of 1 actor;/,
  );
  t.match(largeSummaryText({ ...counts, expanded: 3 }, INITIAL_STATE), /neighbours of 3 actors;/);
  const dated = { ...INITIAL_STATE, asOf: '1995', filters: { ...INITIAL_STATE.filters, datedOnly: true } };
  t.match(largeSummaryText(counts, dated), /ties shown as of 1995 \(dated ties only\)\./);
});

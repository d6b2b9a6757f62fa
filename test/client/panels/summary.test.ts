// Tests of the canvas caption's text.
import t from 'tap';
import { summaryText } from '../../../client/panels/summary.js';

t.test('summaryText counts what is shown and says as of when', async (t) => {
  const filters = { datedOnly: false } as never;
  t.equal(summaryText(0, 0, 0, { asOf: null, filters }), '0 actors and 0 of 0 ties shown.');
  t.equal(summaryText(12, 30, 114, { asOf: '1991', filters }), '12 actors and 30 of 114 ties shown as of 1991.');
  t.equal(
    summaryText(4, 4, 114, { asOf: '1991', filters: { datedOnly: true } as never }),
    '4 actors and 4 of 114 ties shown as of 1991 (dated ties only).',
  );
});

// Tests of the plain-text formatting of dates, amounts, percentages and citations.
import t from 'tap';
import { citation, formatAmount, formatDates, percent } from '../../../client/panels/format.js';
import type { Source } from '../../../graph/model/schema.js';

t.test('formatDates says "undated" when there is nothing to say', async (t) => {
  t.equal(formatDates(undefined), 'undated');
  t.equal(formatDates({}), 'undated');
  t.equal(formatDates({ ongoing: true }), 'ongoing');
  t.equal(formatDates({ point: '2016' }), '2016');
  t.equal(formatDates({ point: '2012', by: true }), 'by 2012', 'an event that happened by then');
  t.equal(formatDates({ start: '1992-04', end: '2016' }), '1992-04 – 2016');
  t.equal(formatDates({ start: '1993', ongoing: true }), 'since 1993, ongoing');
  t.equal(formatDates({ start: '1993' }), 'from 1993');
  t.equal(formatDates({ end: '1999' }), 'until 1999');
});

t.test('formatAmount puts the currency first and a named unit after the value', async (t) => {
  t.equal(formatAmount({ value: 0 }), '0', 'a bare value stays a bare value');
  t.equal(formatAmount({ value: 1_600_000_000, currency: 'USD' }), 'USD 1,600,000,000');
  t.equal(
    formatAmount({ value: 40, unit: "percent of Israel's oil needs", bound: 'at-most' }),
    "40 percent of Israel's oil needs (at most)",
  );
  t.equal(
    formatAmount({ value: 127_000_000, currency: 'USD', bound: 'exact', priceYear: 2017 }),
    'USD 127,000,000, 2017 prices',
  );
});

t.test('percent rounds to whole percent', async (t) => {
  t.equal(percent(0), '0%');
  t.equal(percent(0.855), '86%');
  t.equal(percent(1), '100%');
});

t.test('citation falls back to the id of an unknown source', async (t) => {
  t.equal(citation('nowhere', new Map()), 'nowhere');
  const source: Source = {
    id: 's',
    title: 'Defying Geography',
    author: 'Emil Avdaliani',
    publisher: 'BESA Center',
    published: '2020-08-31',
    path: 's.txt',
  };
  t.equal(citation('s', new Map([['s', source]])), 'Emil Avdaliani, “Defying Geography”, BESA Center, 2020-08-31');
  t.equal(
    citation('s', new Map([['s', { ...source, author: ' ' }]])),
    '“Defying Geography”, BESA Center, 2020-08-31',
    'blank parts left out',
  );
});

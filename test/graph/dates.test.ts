// Tests for graph/model/dates.ts: partial dates as intervals and the as-of rule.
import t from 'tap';
import { asOfDay, isActiveAsOf, parsePartialDate, relationSpan } from '../../graph/model/dates.js';
import type { Actor, Relation } from '../../graph/model/schema.js';

t.test('parsePartialDate refuses malformed and impossible dates', async (t) => {
  for (const bad of ['', '20', '2019-13', '2019-02-30', '2019-00', '2019-1', 'July 2020', '2019-02-29']) {
    t.equal(parsePartialDate(bad), undefined, bad);
  }
  t.ok(parsePartialDate('2020-02-29'), 'leap day exists');
});

t.test('parsePartialDate gives the interval a date denotes, by precision', async (t) => {
  const year = parsePartialDate('2012')!;
  const month = parsePartialDate('2012-02')!;
  const day = parsePartialDate('2012-02-29')!;
  t.equal(year.precision, 'year');
  t.equal(year.last - year.first + 1, 366, '2012 is a leap year');
  t.equal(month.last - month.first + 1, 29);
  t.equal(day.first, day.last);
  t.ok(year.first <= month.first && month.last <= year.last);
});

const relation = (dates?: Relation['dates']): Relation => ({
  id: 'r',
  kind: 'arms-transfer',
  source: 'a',
  target: 'b',
  valence: 'cooperative',
  strength: 0.5,
  strengthBasis: 'rubric',
  strengthNote: 'x',
  confidence: 1,
  stance: 'asserted',
  evidence: [{ source: 's', quote: 'q' }],
  ...(dates ? { dates } : {}),
});
const actor = (start?: string): Actor => ({
  id: 'a',
  name: 'A',
  kind: 'state',
  aliases: [],
  ...(start ? { exists: { start } } : {}),
});

t.test('a relation counts from its start to its end, compared by precision', async (t) => {
  const span = relationSpan(relation({ start: '2012-07', end: '2016' }));
  t.notOk(isActiveAsOf(span, parsePartialDate('2011')!));
  t.ok(isActiveAsOf(span, parsePartialDate('2012')!), 'a start in July 2012 counts as of 2012');
  t.notOk(isActiveAsOf(span, parsePartialDate('2012-06')!));
  t.ok(isActiveAsOf(span, parsePartialDate('2016-12-31')!), 'an end in 2016 lasts the whole year');
  t.notOk(isActiveAsOf(span, parsePartialDate('2017')!));
  t.ok(span.dated);
});

t.test('a point-in-time relation counts from that point on', async (t) => {
  const span = relationSpan(relation({ point: '2017' }));
  t.notOk(isActiveAsOf(span, parsePartialDate('2016')!));
  t.ok(isActiveAsOf(span, parsePartialDate('2020')!));
});

t.test('an event known only to have happened by a date counts from that date on, as a point does', async (t) => {
  const by = relationSpan(relation({ point: '2012', by: true }));
  t.same(by, relationSpan(relation({ point: '2012' })), 'the same span as a point: the report dates what is known');
  t.notOk(isActiveAsOf(by, parsePartialDate('2011')!), 'before 2012 the source cannot say it had happened');
  t.ok(isActiveAsOf(by, parsePartialDate('2012')!));
  t.ok(isActiveAsOf(by, parsePartialDate('2016')!), 'after 2012 it has happened: unlike an end, it keeps counting');
  t.notOk(isActiveAsOf(relationSpan(relation({ end: '2012' })), parsePartialDate('2016')!), 'what an end would do');
  t.ok(by.dated);
});

t.test(
  'no relation is active before both its actors exist; undated ones count unless dated are asked for',
  async (t) => {
    const span = relationSpan(relation(), actor(), actor('1991'));
    t.notOk(span.dated);
    t.notOk(isActiveAsOf(span, parsePartialDate('1990')!), 'an undated tie with Azerbaijan is not there in 1990');
    t.ok(isActiveAsOf(span, parsePartialDate('1991')!));
    t.notOk(isActiveAsOf(span, parsePartialDate('2000')!, true), 'datedOnly drops undated relations');
    t.equal(asOfDay('2012'), parsePartialDate('2012-12-31')!.first);
  },
);

// Tests for graph/profile/distinct-facts.ts and combine-amounts.ts: what counts as one fact, and which amounts add up.
import t from 'tap';
import { distinctFacts, quotesOverlap, type ProfiledRelation } from '../../../graph/profile/distinct-facts.js';
import { combineAmounts } from '../../../graph/profile/combine-amounts.js';
import type { Amount, Evidence, Relation } from '../../../graph/model/schema.js';
import { relation } from '../query/fixture.js';

const quote = (text: string, start?: number): Evidence =>
  start === undefined ? { source: 's', quote: text } : { source: 's', quote: text, start };
const entry = (
  id: string,
  evidence: Evidence[],
  extra: Partial<Relation> = {},
  direction: ProfiledRelation['direction'] = 'a-to-b',
): ProfiledRelation => ({
  relation: relation('a', 'arms-transfer', 'b', { id, evidence, ...extra }),
  direction,
  partner: 'b',
});

t.test('quotes overlap by pinned spans, else by containment, and only within one source', async (t) => {
  t.ok(quotesOverlap(quote('abc def', 10), quote('def ghi', 14)), 'spans 10–17 and 14–21 share text');
  t.notOk(
    quotesOverlap(quote('abc def', 10), quote('abc def', 40)),
    'the same words at another place are another sentence',
  );
  t.ok(
    quotesOverlap(quote('bought $5 billion'), quote('Azerbaijan had bought $5 billion worth')),
    'containment when unpinned',
  );
  t.notOk(quotesOverlap(quote('abc'), { source: 'other', quote: 'abc' }));
});

t.test(
  'relations of one kind, partner and direction on overlapping quotes are one fact, strongest first',
  async (t) => {
    const facts = distinctFacts([
      entry('whole', [quote('In 2016 Azerbaijan bought arms', 0)], { strength: 0.9 }),
      entry('part', [quote('Azerbaijan bought arms', 8)], { strength: 0.5 }),
      entry('chained', [quote('arms. Later more', 26)], { strength: 0.2 }), // overlaps "part" only: joined through it
      entry('other', [quote('In 2017 a drone', 100)], { strength: 0.3 }),
      entry('reverse', [quote('Azerbaijan bought arms', 8)], {}, 'b-to-a'),
    ]);
    t.same(
      facts.map((fact) => fact.relations.map(({ relation: r }) => r.id)),
      [['whole', 'part', 'chained'], ['reverse'], ['other']],
    );
    t.equal(facts[0]!.strongest.relation.id, 'whole');
  },
);

t.test('amounts add up only within one unit and an additive measure', async (t) => {
  const withAmounts = (id: string, amounts: Amount[]) => relation('a', 'arms-transfer', 'b', { id, amounts });
  const totals = combineAmounts([
    withAmounts('deal-1', [{ value: 100, currency: 'USD', measure: 'transaction' }]),
    withAmounts('deal-2', [{ value: 50, currency: 'USD', measure: 'transaction' }]),
    withAmounts('total-2016', [{ value: 5000, currency: 'USD', measure: 'cumulative' }]),
    withAmounts('total-2012', [{ value: 1600, currency: 'USD', measure: 'cumulative' }]),
    withAmounts('tiv', [{ value: 127, unit: 'TIV', measure: 'tiv' }]),
    withAmounts('unsaid', [
      { value: 7, currency: 'USD' },
      { value: 9, currency: 'USD' },
    ]),
  ]);
  t.same(totals, [
    { unit: 'TIV', measure: 'tiv', combined: 'sum', value: 127, count: 1 },
    { currency: 'USD', measure: 'cumulative', combined: 'largest', value: 5000, count: 2 },
    { currency: 'USD', measure: 'transaction', combined: 'sum', value: 150, count: 2 },
    { currency: 'USD', measure: 'unspecified', combined: 'largest', value: 9, count: 2 },
  ]);
});

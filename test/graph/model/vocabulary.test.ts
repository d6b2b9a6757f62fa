// Tests for graph/model/vocabulary.ts: the one order of relation kinds, and the kind groups that aggregates are bucketed by.
import t from 'tap';
import { Value } from 'typebox/value';
import {
  compareKinds,
  KIND_GROUPS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  VALENCES,
} from '../../../graph/model/vocabulary.js';
import { addToTally, emptyTally, finishTally } from '../../../graph/query/aggregate.js';
import { Aggregates } from '../../../graph/query/results.js';
import { relation } from '../query/fixture.js';

t.test('compareKinds: unknown kinds last, whatever they are called', async (t) => {
  t.ok(compareKinds('no-such-kind', 'based-in') > 0);
  t.ok(compareKinds('aaa', 'zzz') === 0, 'two unknown kinds tie');
  t.equal(compareKinds('rivalry', 'rivalry'), 0);
});

t.test('compareKinds orders every kind by group (cooperative first, structural last), then vocabulary', async (t) => {
  const sorted = [...RELATION_KIND_IDS].reverse().sort(compareKinds);
  for (let i = 1; i < sorted.length; i++) {
    const [x, y] = [sorted[i - 1]!, sorted[i]!];
    const [gx, gy] = [KIND_GROUPS.indexOf(RELATION_KINDS[x].group), KIND_GROUPS.indexOf(RELATION_KINDS[y].group)];
    t.ok(gx < gy || (gx === gy && RELATION_KIND_IDS.indexOf(x) < RELATION_KIND_IDS.indexOf(y)), `${x} before ${y}`);
  }
  t.equal(RELATION_KINDS[sorted[0]!].group, 'cooperative');
  t.equal(RELATION_KINDS[sorted.at(-1)!].group, 'structural');
  t.ok(compareKinds('arms-transfer', 'rivalry') < 0 && compareKinds('rivalry', 'based-in') < 0);
});

t.test('aggregates: one bucket per valence plus structural, and the schema accepts what the tally makes', async (t) => {
  t.same(KIND_GROUPS.slice(0, VALENCES.length), [...VALENCES]);
  const tally = emptyTally();
  addToTally(tally, relation('a', 'arms-transfer', 'b', { strength: 0.8, confidence: 0.5 }));
  addToTally(tally, relation('a', 'based-in', 'b'));
  addToTally(tally, relation('a', 'rivalry', 'b', { strength: 0.3 }));
  const aggregates = finishTally(tally);
  t.ok(Value.Check(Aggregates, aggregates), 'every bucket is a field of the schema, and no other');
  t.same(aggregates, {
    cooperative: { count: 1, score: 0.4 },
    hostile: { count: 1, score: 0.3 },
    mixed: { count: 0, score: 0 },
    neutral: { count: 0, score: 0 },
    structural: { count: 1, score: 0.5 },
  });
  t.notOk(Value.Check(Aggregates, { ...aggregates, extra: { count: 0, score: 0 } }), 'no bucket beyond the groups');
});

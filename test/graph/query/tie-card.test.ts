// Tests for graph/query/tie-card.ts: relations of a pair in both directions, grouped by kind, with a domain profile that never nets.
import t from 'tap';
import { tieCard } from '../../../graph/query/tie-card.js';
import { NotFoundError, QueryError } from '../../../graph/errors.js';
import { buildGraph } from './fixture.js';

// b exists from 1991; weights w = strength·confidence are noted per relation.
const graph = buildGraph(
  [
    ['a', 'arms-transfer', 'b', { strength: 0.8, confidence: 0.5, dates: { start: '2012' } }], // w 0.4
    ['b', 'intelligence-cooperation', 'a', { strength: 0.5, confidence: 1 }], // w 0.5
    ['a', 'strategic-partnership', 'b', { strength: 0.5, confidence: 1 }], // w 0.5
    ['a', 'rivalry', 'b', { strength: 0.6, confidence: 0.5 }], // w 0.3, hostile
    ['a', 'economic-ties', 'b', { valence: 'mixed', strength: 0.5, confidence: 0.4 }], // w 0.2, mixed
    ['a', 'based-in', 'b', { strength: 1, confidence: 1 }], // structural
    ['a', 'arms-transfer', 'c'],
  ],
  [{ id: 'b', exists: { start: '1991' } }, { id: 'bravo' }],
);

t.test('tieCard refuses unknown actors, the same actor twice and impossible filters', async (t) => {
  const unknown = t.throws(() => tieCard(graph, 'a', 'bb', {})) as unknown;
  t.ok(unknown instanceof NotFoundError);
  t.equal((unknown as NotFoundError).field, 'b');
  t.ok((unknown as NotFoundError).suggestions.includes('b'), 'suggests a close id');
  t.equal((t.throws(() => tieCard(graph, 'zz', 'a', {})) as NotFoundError).field, 'a');
  const same = t.throws(() => tieCard(graph, 'a', 'a', {})) as unknown;
  t.ok(same instanceof QueryError);
  t.equal((same as QueryError).field, 'b');
  t.equal(
    (t.throws(() => tieCard(graph, 'a', 'b', { kinds: ['rivalry'], exclude: ['rivalry'] })) as QueryError).field,
    'kinds',
  );
  t.equal((t.throws(() => tieCard(graph, 'a', 'b', { asOf: '2019-02-30' })) as QueryError).field, 'asOf');
});

t.test('tieCard lists every relation of the pair, both directions, grouped by kind', async (t) => {
  const card = tieCard(graph, 'a', 'b', {});
  t.equal(card.a.id, 'a');
  t.equal(card.b.id, 'b');
  t.equal(card.total, 6);
  t.equal(card.hidden, 0);
  t.notOk('asOf' in card);
  t.same(
    card.byKind.map((entry) => entry.kind),
    ['strategic-partnership', 'arms-transfer', 'intelligence-cooperation', 'economic-ties', 'rivalry', 'based-in'],
    'cooperative group first, structural last, vocabulary order within a group',
  );
  const direction = (kind: string) => card.byKind.find((entry) => entry.kind === kind)!.relations[0]!.direction;
  t.equal(direction('arms-transfer'), 'a-to-b');
  t.equal(direction('intelligence-cooperation'), 'b-to-a');
  t.equal(direction('rivalry'), 'undirected');
  t.same(card.byKind.find((entry) => entry.kind === 'arms-transfer')!.roles, ['supplier', 'recipient']);
  t.same(card.byKind.find((entry) => entry.kind === 'economic-ties')!.valences, ['mixed']);
  t.ok(card.byKind[0]!.relations[0]!.relation.evidence[0]!.quote, 'relations carry their evidence');
  const reversed = tieCard(graph, 'b', 'a', {});
  t.equal(reversed.byKind.find((entry) => entry.kind === 'arms-transfer')!.relations[0]!.direction, 'b-to-a');
});

t.test('tieCard profiles the pair by domain: distinct facts, the strongest with its quote, never netted', async (t) => {
  const { profile, reading } = tieCard(graph, 'a', 'b', {});
  const row = (domain: string) => profile.domains.find((entry) => entry.domain === domain)!;
  t.same(
    profile.domains.map((entry) => entry.domain),
    ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict', 'structural'],
  );
  t.same(
    profile.domains.map((entry) => entry.facts),
    [1, 3, 1, 0, 1],
  );
  t.equal(
    row('material-cooperation').strongest!.relation,
    'b-intelligence-cooperation-a-1',
    'w 0.5 beats the arms transfer (0.4) and the mixed economic ties (0.2)',
  );
  t.equal(row('material-cooperation').strongest!.direction, 'b-to-a');
  t.equal(row('material-cooperation').strongest!.evidence.quote, 'b intelligence-cooperation a');
  t.equal(row('verbal-conflict').strongest!.weight, 0.3, 'the rivalry stays on its own side');
  t.notOk(row('material-conflict').strongest, 'no material conflict: "none"');
  t.same(row('material-cooperation').years, { from: '2012', to: '2012', ongoing: false, undated: 2 });
  t.same(profile.index, { cooperation: 0.5, conflict: 0.15 });
  t.same(
    profile.kinds.map((entry) => [entry.kind, entry.domain, entry.facts]),
    [
      ['strategic-partnership', 'verbal-cooperation', 1],
      ['arms-transfer', 'material-cooperation', 1],
      ['intelligence-cooperation', 'material-cooperation', 1],
      ['economic-ties', 'material-cooperation', 1],
      ['rivalry', 'verbal-conflict', 1],
      ['based-in', 'structural', 1],
    ],
  );
  t.equal(
    reading,
    'A–B: material cooperation (3 facts, strongest: intelligence cooperation), verbal cooperation (1 fact) and verbal conflict (1 fact)',
    'at equal strongest weight, more facts lead',
  );
});

t.test('tieCard as of a date: nothing before an actor exists, undated counts unless datedOnly', async (t) => {
  const in1990 = tieCard(graph, 'a', 'b', { asOf: '1990' });
  t.equal(in1990.total, 0, 'b exists from 1991');
  t.equal(in1990.hidden, 6);
  t.equal(in1990.asOf, '1990');
  const in1991 = tieCard(graph, 'a', 'b', { asOf: '1991' });
  t.equal(in1991.total, 5, 'everything but the 2012 arms transfer');
  // as of 1991: the strategic partnership (verbal) and intelligence (material), both w 0.5
  t.same(
    in1991.profile.domains.map((entry) => entry.facts),
    [1, 2, 1, 0, 1],
  );
  t.equal(in1991.profile.index.cooperation, 0.5);
  t.equal(tieCard(graph, 'a', 'b', { asOf: '1991', datedOnly: true }).total, 0);
  const dated2013 = tieCard(graph, 'a', 'b', { asOf: '2013', datedOnly: true });
  t.same(
    dated2013.byKind.map((entry) => entry.kind),
    ['arms-transfer'],
  );
  t.equal(dated2013.profile.index.cooperation, 0.2, 'the dated arms transfer alone: (0 + 0.4) / 2');
});

t.test('tieCard applies kind, valence, strength and confidence filters and counts what it hides', async (t) => {
  const arms = tieCard(graph, 'a', 'b', { kinds: ['arms-transfer'] });
  t.equal(arms.total, 1);
  t.equal(arms.hidden, 5);
  t.equal(tieCard(graph, 'a', 'b', { valence: ['hostile'] }).total, 1);
  t.equal(tieCard(graph, 'a', 'b', { minConfidence: 0.6 }).total, 3, 'intelligence, strategic partnership, based-in');
  t.equal(tieCard(graph, 'a', 'b', { minStrength: 0.7 }).total, 2, 'arms transfer and based-in');
  t.equal(
    tieCard(graph, 'a', 'b', { exclude: ['based-in'] }).profile.domains.find((entry) => entry.domain === 'structural')!
      .facts,
    0,
  );
  const none = tieCard(graph, 'a', 'bravo', {});
  t.equal(none.total, 0);
  t.same(none.byKind, []);
});

t.test('tieCard orders the relations of a kind by date, undated last', async (t) => {
  const dated = buildGraph([
    ['p', 'arms-transfer', 'q'],
    ['p', 'arms-transfer', 'q', { dates: { point: '2016' } }],
    ['q', 'arms-transfer', 'p', { dates: { start: '2012-07' } }],
  ]);
  const [arms] = tieCard(dated, 'p', 'q', {}).byKind;
  t.same(
    arms!.relations.map(({ relation, direction }) => [
      relation.dates?.start ?? relation.dates?.point ?? 'undated',
      direction,
    ]),
    [
      ['2012-07', 'b-to-a'],
      ['2016', 'a-to-b'],
      ['undated', 'a-to-b'],
    ],
  );
});

// Golden tests on the article's dataset (graph/data/besa-1723.json): the comparisons the article makes, as of its dates.
import t from 'tap';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { comparePairs } from '../../../graph/query/compare.js';
import { tieCard } from '../../../graph/query/tie-card.js';
import { neighbourhood } from '../../../graph/query/neighbourhood.js';
import { actorSummary } from '../../../graph/query/actor-summary.js';
import { NotFoundError } from '../../../graph/errors.js';

const { graph, texts } = await loadDatasetFile(
  fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)),
);
const articleText = [...texts.values()].join('\n');

t.test('unknown actors in the dataset are refused with close matches', async (t) => {
  const error = t.throws(() => tieCard(graph, 'israel', 'azerbaijn', {})) as NotFoundError;
  t.ok(error instanceof NotFoundError);
  t.ok(error.suggestions.includes('azerbaijan'));
});

const domainRow = (
  profile: { domains: { domain: string; facts: number; strongest?: { weight: number; kind: string } }[] },
  domain: string,
) => profile.domains.find((row) => row.domain === domain)!;

t.test('Israel–Azerbaijan outweighs Israel–Armenia domain by domain, and the reading says why', async (t) => {
  const { pairs, reading } = comparePairs(
    graph,
    [
      ['israel', 'azerbaijan'],
      ['israel', 'armenia'],
    ],
    {},
  );
  const [azerbaijan, armenia] = pairs;
  t.ok(azerbaijan!.total > armenia!.total, `${azerbaijan!.total} relations against ${armenia!.total}`);
  const material = [azerbaijan, armenia].map((card) => domainRow(card!.profile, 'material-cooperation'));
  t.ok(material[0]!.facts >= 8, `material cooperation with Azerbaijan: ${material[0]!.facts} facts`);
  t.equal(material[1]!.facts, 0, 'none with Armenia');
  const verbal = [azerbaijan, armenia].map((card) => domainRow(card!.profile, 'verbal-cooperation'));
  t.ok(
    verbal[0]!.facts > verbal[1]!.facts && verbal[0]!.strongest!.weight > verbal[1]!.strongest!.weight,
    'more and stronger verbal cooperation',
  );
  t.ok(azerbaijan!.profile.index.cooperation > armenia!.profile.index.cooperation + 0.3);
  t.ok(
    azerbaijan!.profile.index.cooperation < 0.9,
    `far from the ceiling with ${azerbaijan!.total} relations: ${azerbaijan!.profile.index.cooperation}`,
  );
  t.match(
    reading,
    /^Israel–Azerbaijan: material cooperation \(9 facts, strongest: [^;]+; figures: \$5 billion cumulative, \$127 million annual\), verbal cooperation \(5 facts\)/,
    'cumulative and annual figures are never added',
  );
  t.match(reading, /; Israel–Armenia: verbal cooperation \(2 facts, strongest: friendly relations\)/);
  t.ok(
    azerbaijan!.byKind.some(
      (entry) => entry.kind === 'arms-transfer' && entry.relations.some((tie) => tie.direction === 'a-to-b'),
    ),
    'Israel supplies Azerbaijan',
  );
  for (const card of pairs) {
    for (const { relation } of card.byKind.flatMap((entry) => entry.relations)) {
      t.ok(
        relation.evidence.every((evidence) => articleText.includes(evidence.quote)),
        `${relation.id} quotes the article`,
      );
    }
  }
});

t.test('the Iran–Israel tie is hostile', async (t) => {
  const card = tieCard(graph, 'iran', 'israel', {});
  t.ok(card.profile.index.conflict > 0);
  t.equal(card.profile.index.cooperation, 0);
  t.equal(domainRow(card.profile, 'verbal-conflict').strongest!.kind, 'rivalry');
});

t.test('Iran–Azerbaijan: verbal conflict leads, and the cooperation beside it is not netted away', async (t) => {
  const card = tieCard(graph, 'iran', 'azerbaijan', {});
  t.ok(domainRow(card.profile, 'verbal-conflict').facts >= 3, 'pressure, tension, threat perception');
  t.ok(domainRow(card.profile, 'material-cooperation').facts >= 1, 'the corridor and trade stay visible');
  t.ok(card.profile.index.conflict > 0 && card.profile.index.cooperation > 0);
  t.match(card.reading, /^Iran–Azerbaijan: verbal conflict \(\d+ facts, strongest: /);
});

t.test('Russia–Georgia: the 2008 invasion, material conflict and nothing cooperative', async (t) => {
  const card = tieCard(graph, 'russia', 'georgia', {});
  t.equal(domainRow(card.profile, 'material-conflict').strongest!.kind, 'invasion');
  t.equal(card.profile.index.cooperation, 0);
  t.equal(card.reading, 'Russia–Georgia: material conflict (1 fact, strongest: invasion in 2008)');
  t.equal(tieCard(graph, 'russia', 'georgia', { asOf: '2007' }).reading, 'Russia–Georgia: none', 'before the invasion');
});

t.test('Armenia and Azerbaijan are joined by an armed conflict', async (t) => {
  const card = tieCard(graph, 'armenia', 'azerbaijan', {});
  const conflict = card.byKind.find((entry) => entry.kind === 'armed-conflict');
  t.ok(conflict, 'an armed-conflict relation');
  t.equal(conflict!.relations[0]!.direction, 'undirected');
  t.ok(domainRow(card.profile, 'material-conflict').strongest!.weight > 0.5);
});

t.test('as of 1990 there is no tie with Azerbaijan, which exists from 1991', async (t) => {
  t.equal(tieCard(graph, 'israel', 'azerbaijan', { asOf: '1990' }).total, 0);
  t.notOk(neighbourhood(graph, 'israel', { asOf: '1990' }).actors.some(({ actor }) => actor.id === 'azerbaijan'));
  const in1991 = tieCard(graph, 'israel', 'azerbaijan', { asOf: '1991' });
  const dated1991 = tieCard(graph, 'israel', 'azerbaijan', { asOf: '1991', datedOnly: true });
  t.ok(in1991.total > dated1991.total, 'undated ties count unless datedOnly');
  t.ok(dated1991.total > 0);
  for (const { relation } of dated1991.byKind.flatMap((entry) => entry.relations)) {
    const begin = relation.dates?.start ?? relation.dates?.point;
    t.ok(begin !== undefined && begin.slice(0, 4) <= '1991', `${relation.id} is dated and had begun by 1991`);
  }
  const arms = (asOf: string) => tieCard(graph, 'israel', 'azerbaijan', { asOf, kinds: ['arms-transfer'] }).total;
  t.ok(arms('2016') < arms('2021'), 'later arms deals join as time passes');
});

t.test('Israel and Azerbaijan are each in the other’s one-hop neighbourhood and summary', async (t) => {
  const around = neighbourhood(graph, 'israel', { depth: 1, direction: 'out', kinds: ['arms-transfer'] });
  t.ok(around.actors.some(({ actor, hops }) => actor.id === 'azerbaijan' && hops === 1));
  t.ok(around.relations.every((relation) => relation.kind === 'arms-transfer'));
  const summary = actorSummary(graph, 'azerbaijan', { valence: ['cooperative'] });
  t.equal(summary.partners[0]!.partner.id, 'israel', 'Israel is Azerbaijan’s strongest cooperative tie');
  const all = actorSummary(graph, 'azerbaijan', {
    exclude: ['part-of', 'based-in', 'located-in', 'passes-through', 'party-to', 'leader-of'],
  });
  t.equal(
    all.partners[0]!.partner.id,
    'armenia',
    'over all valences the war with Armenia is stronger: a count of relations no longer ranks',
  );
});

t.test(
  'with roll-up, the acts of Israeli firms and bodies count towards Israel, each marked with the actor it came through',
  async (t) => {
    const plain = comparePairs(
      graph,
      [
        ['israel', 'azerbaijan'],
        ['israel', 'armenia'],
      ],
      {},
    );
    const rolled = comparePairs(
      graph,
      [
        ['israel', 'azerbaijan'],
        ['israel', 'armenia'],
      ],
      {},
      'state',
    );
    const facts = (card: (typeof plain.pairs)[number], domain: string) => domainRow(card.profile, domain).facts;
    t.ok(
      facts(rolled.pairs[0]!, 'material-cooperation') > facts(plain.pairs[0]!, 'material-cooperation'),
      'the IAI purchase, the training and the 2017 drone sale now count',
    );
    const iai = rolled.pairs[0]!.byKind.flatMap((entry) => entry.relations).find(
      (entry) => entry.relation.id === 'iai-azerbaijan-arms-2012',
    );
    t.same(iai?.via, ['israel-aerospace-industries']);
    t.equal(iai?.direction, 'a-to-b', "supplier on Israel's side");
    t.equal(rolled.pairs[0]!.rollup, 'state');
    t.notOk('rollup' in plain.pairs[0]!);
    t.match(
      rolled.reading,
      /^Israel–Azerbaijan \(rolled up\): material cooperation \(\d+ facts, strongest: [^;]+; figures: \$5 billion cumulative, \$1\.6 billion transaction, \$127 million annual\)/,
    );
    t.equal(facts(plain.pairs[1]!, 'material-conflict'), 0);
    t.equal(
      facts(rolled.pairs[1]!, 'material-conflict'),
      1,
      'Israel–Armenia rolled up: the 2017 drone strike on the Armenian military',
    );
    t.notOk(
      rolled.pairs[0]!.byKind.some((entry) => entry.kind === 'based-in' || entry.kind === 'part-of'),
      "a member's own membership is not a tie of the pair",
    );
  },
);

// Golden tests on the article's dataset (graph/data/besa-1723.json): the comparisons the article makes, as of its dates.
import t from 'tap';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { comparePairs } from '../../../graph/query/compare.js';
import { tieCard } from '../../../graph/query/tie-card.js';
import { neighbourhood } from '../../../graph/query/neighbourhood.js';
import { actorSummary } from '../../../graph/query/actor-summary.js';
import { NotFoundError } from '../../../graph/errors.js';

const { graph, texts } = await loadDatasetFile(fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)));
const articleText = [...texts.values()].join('\n');

t.test('unknown actors in the dataset are refused with close matches', async (t) => {
  const error = t.throws(() => tieCard(graph, 'israel', 'azerbaijn', {})) as NotFoundError;
  t.ok(error instanceof NotFoundError);
  t.ok(error.suggestions.includes('azerbaijan'));
});

t.test('Israel–Azerbaijan outweighs Israel–Armenia: more relations, a far higher cooperative aggregate', async (t) => {
  const { pairs } = comparePairs(graph, [['israel', 'azerbaijan'], ['israel', 'armenia']], {});
  const [azerbaijan, armenia] = pairs;
  t.ok(azerbaijan!.total > armenia!.total, `${azerbaijan!.total} relations against ${armenia!.total}`);
  t.ok(azerbaijan!.aggregates.cooperative.score > armenia!.aggregates.cooperative.score + 0.3);
  t.ok(azerbaijan!.byKind.some((entry) => entry.kind === 'arms-transfer' && entry.relations.some((tie) => tie.direction === 'a-to-b')), 'Israel supplies Azerbaijan');
  for (const card of pairs) {
    for (const { relation } of card.byKind.flatMap((entry) => entry.relations)) {
      t.ok(relation.evidence.every((evidence) => articleText.includes(evidence.quote)), `${relation.id} quotes the article`);
    }
  }
});

t.test('the Iran–Israel tie is hostile', async (t) => {
  const card = tieCard(graph, 'iran', 'israel', {});
  t.ok(card.aggregates.hostile.count > 0);
  t.ok(card.aggregates.hostile.score > card.aggregates.cooperative.score);
});

t.test('Armenia and Azerbaijan are joined by an armed conflict', async (t) => {
  const card = tieCard(graph, 'armenia', 'azerbaijan', {});
  const conflict = card.byKind.find((entry) => entry.kind === 'armed-conflict');
  t.ok(conflict, 'an armed-conflict relation');
  t.equal(conflict!.relations[0]!.direction, 'undirected');
  t.ok(card.aggregates.hostile.score > 0.5);
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
  const summary = actorSummary(graph, 'azerbaijan', { exclude: ['part-of', 'based-in', 'located-in', 'passes-through', 'party-to', 'leader-of'] });
  t.equal(summary.partners[0]!.partner.id, 'israel', 'Israel is Azerbaijan’s strongest tie');
});

// Tests for graph/query/search-actors.ts: validation, accent- and case-insensitive matching, ranking, kinds and paging.
import t from 'tap';
import { normaliseName, searchActors, MATCH_RANKS } from '../../../graph/query/search-actors.js';
import { QueryError } from '../../../graph/errors.js';
import type { ActorKind } from '../../../graph/model/vocabulary.js';
import { createActorGraph } from '../../../graph/model/actor-graph.js';
import { fixtureDataset, fixtureGraph } from './server-fixture.js';

const ids = (result: ReturnType<typeof searchActors>) => result.items.map((hit) => hit.actor.id);

t.test('searchActors refuses bad options with QueryError naming the field', async (t) => {
  const graph = fixtureGraph();
  const field = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof QueryError ? error.field : 'not a QueryError';
    }
    return 'no error';
  };
  t.equal(
    field(() => searchActors(graph, { limit: 0 })),
    'limit',
  );
  t.equal(
    field(() => searchActors(graph, { limit: 501 })),
    'limit',
  );
  t.equal(
    field(() => searchActors(graph, { limit: 1.5 })),
    'limit',
  );
  t.equal(
    field(() => searchActors(graph, { offset: -1 })),
    'offset',
  );
  t.equal(
    field(() => searchActors(graph, { kinds: ['planet' as ActorKind] })),
    'kind',
  );
  t.equal(
    field(() => searchActors(graph, { q: '!!!' })),
    'q',
    'nothing to search for',
  );
  t.equal(
    field(() => searchActors(graph, { q: 'x'.repeat(201) })),
    'q',
  );
});

t.test('normaliseName folds case, accents and punctuation', async (t) => {
  t.equal(normaliseName('Türkiye'), 'turkiye');
  t.equal(normaliseName('  Israel-Aerospace   INDUSTRIES '), 'israel aerospace industries');
  t.equal(normaliseName('Ñagorno–Karabakh'), 'nagorno karabakh');
  t.equal(normaliseName('Bakı'), 'baki', 'Turkic dotless i folds to i');
  t.equal(normaliseName('İstanbul'), 'istanbul', 'dotted capital I folds to i');
});

t.test('aliases, ids and names match case- and accent-insensitively', async (t) => {
  const graph = fixtureGraph();
  t.same(ids(searchActors(graph, { q: 'baku' })), ['azerbaijan']);
  t.same(ids(searchActors(graph, { q: 'IAI' })), ['israel-aerospace-industries']);
  t.same(ids(searchActors(graph, { q: 'turkiye' })), ['turkey'], 'name Türkiye without its accent');
  t.same(ids(searchActors(graph, { q: 'ANKARA' })), ['turkey']);
  t.same(ids(searchActors(graph, { q: 'nagorno-karabakh' })), ['nagorno-karabakh']);
  t.equal(searchActors(graph, { q: 'baku' }).items[0]?.match?.field, 'alias');
  t.equal(searchActors(graph, { q: 'zzz' }).total, 0);
});

t.test('ranking is exact > prefix > word > substring, then by name', async (t) => {
  const graph = fixtureGraph();
  const result = searchActors(graph, { q: 'israel' });
  // By hand: "Israel" exact; "Israel Aerospace Industries" prefix.
  t.same(ids(result), ['israel', 'israel-aerospace-industries']);
  t.same(
    result.items.map((hit) => hit.match?.rank),
    ['exact', 'prefix'],
  );
  const word = searchActors(graph, { q: 'aerospace' });
  t.equal(word.items[0]?.match?.rank, 'word');
  const substring = searchActors(graph, { q: 'rael' });
  t.equal(substring.items[0]?.match?.rank, 'substring');
  // Brute force over the fixture: every actor whose normalised name, alias or id contains "a" is found.
  const expected = fixtureDataset.actors
    .filter((actor) => [actor.name, ...actor.aliases, actor.id].some((text) => normaliseName(text).includes('a')))
    .map((actor) => actor.id)
    .sort();
  const all = searchActors(graph, { q: 'a', limit: 100 });
  t.same(ids(all).sort(), expected);
  const ranks = all.items.map((hit) => MATCH_RANKS.indexOf(hit.match!.rank));
  t.same(
    ranks,
    [...ranks].sort((x, y) => x - y),
    'ranks never go down the list',
  );
});

t.test(
  'a name starting with the query ranks above an actor whose id starts with it (issue 16: "Isr" → Israel)',
  async (t) => {
    const graph = createActorGraph({ id: 'x', title: 'x', sources: [] });
    graph.addNode('israel-turkey-crisis', {
      id: 'israel-turkey-crisis',
      name: 'Crisis in Israeli-Turkish relations',
      kind: 'arrangement',
      aliases: [],
    });
    graph.addNode('israel', { id: 'israel', name: 'Israel', kind: 'state', aliases: [] });
    graph.addNode('isr-holdings', { id: 'isr-holdings', name: 'Holdings', kind: 'firm', aliases: ['ISR Group'] });
    const result = searchActors(graph, { q: 'Isr' });
    t.same(
      ids(result),
      ['isr-holdings', 'israel', 'israel-turkey-crisis'],
      'name and alias prefixes (by name) before the id prefix',
    );
    t.same(
      result.items.map((hit) => hit.match?.rank),
      ['prefix', 'prefix', 'word'],
      'an id prefix counts as a word inside a name',
    );
    t.equal(
      searchActors(graph, { q: 'israel-turkey-crisis' }).items[0]?.match?.rank,
      'exact',
      'the whole id is still an exact match',
    );
  },
);

t.test('kind filter and paging', async (t) => {
  const graph = fixtureGraph();
  t.same(ids(searchActors(graph, { q: 'israel', kinds: ['firm'] })), ['israel-aerospace-industries']);
  const states = searchActors(graph, { kinds: ['state'], limit: 2 });
  t.equal(states.total, 5, 'five states in the fixture');
  t.same(ids(states), ['armenia', 'azerbaijan'], 'no query: by name');
  const next = searchActors(graph, { kinds: ['state'], limit: 2, offset: 2 });
  t.same(ids(next), ['iran', 'israel']);
  t.same(ids(searchActors(graph, { kinds: ['state'], offset: 99 })), []);
});

t.test('the normalised keys are cached per graph: a new graph is searched afresh', async (t) => {
  const first = fixtureGraph();
  t.equal(searchActors(first, { q: 'iran' }).total, 1);
  const other = createActorGraph({ id: 'x', title: 'x', sources: [] });
  other.addNode('iranian-group', { id: 'iranian-group', name: 'Iranian group', kind: 'group', aliases: [] });
  t.same(ids(searchActors(other, { q: 'iran' })), ['iranian-group']);
});

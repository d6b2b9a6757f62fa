// Tests for graph/query/list-relations.ts: validation, actor and filter selection (checked by brute force), paging, lookup by id.
import t from 'tap';
import { getRelation, listRelations } from '../../../graph/query/list-relations.js';
import { NotFoundError, QueryError } from '../../../graph/errors.js';
import { fixtureDataset, fixtureGraph } from './server-fixture.js';

const ids = (list: ReturnType<typeof listRelations>) => list.items.map((relation) => relation.id).sort();

t.test('listRelations refuses bad options', async (t) => {
  const graph = fixtureGraph();
  t.throws(() => listRelations(graph, { limit: 0 }), QueryError);
  t.throws(() => listRelations(graph, { limit: 501 }), QueryError);
  t.throws(() => listRelations(graph, { offset: -2 }), QueryError);
  t.throws(() => listRelations(graph, { filter: { asOf: '2019-02-30' } }), QueryError);
  t.throws(() => listRelations(graph, { filter: { kinds: ['rivalry'], exclude: ['rivalry'] } }), QueryError);
  try {
    listRelations(graph, { actor: 'isreal' });
    t.fail('unknown actor accepted');
  } catch (error) {
    t.ok(error instanceof NotFoundError);
    t.equal((error as NotFoundError).field, 'actor');
    t.ok((error as NotFoundError).suggestions.includes('israel'), 'suggests israel');
  }
});

t.test('an actor selects the relations at either end of it (brute force)', async (t) => {
  const graph = fixtureGraph();
  for (const actor of fixtureDataset.actors) {
    const expected = fixtureDataset.relations
      .filter((r) => r.source === actor.id || r.target === actor.id)
      .map((r) => r.id)
      .sort();
    const list = listRelations(graph, { actor: actor.id, limit: 500 });
    t.same(ids(list), expected, actor.id);
    t.equal(list.total, expected.length);
  }
});

t.test('filters: kinds, valence and asOf (by hand on the fixture)', async (t) => {
  const graph = fixtureGraph();
  t.same(ids(listRelations(graph, { filter: { kinds: ['arms-transfer'] } })), [
    'iai-drones-azerbaijan',
    'israel-drones-azerbaijan',
  ]);
  t.same(ids(listRelations(graph, { actor: 'azerbaijan', filter: { valence: ['hostile'] } })), [
    'armenia-azerbaijan-war-2020',
  ]);
  // As of 2016 the 2020 war is not there; the 2016 transfers are.
  const asOf = listRelations(graph, { filter: { asOf: '2016' } });
  t.equal(asOf.total, 6);
  t.notOk(ids(asOf).includes('armenia-azerbaijan-war-2020'));
});

t.test('paging keeps the total and cuts the items', async (t) => {
  const graph = fixtureGraph();
  const all = listRelations(graph, { limit: 500 });
  t.equal(all.total, fixtureDataset.relations.length);
  const page = listRelations(graph, { limit: 3, offset: 2 });
  t.equal(page.total, all.total);
  t.same(
    page.items.map((r) => r.id),
    all.items.slice(2, 5).map((r) => r.id),
  );
  t.same(listRelations(graph, { offset: 100 }).items, []);
});

t.test('getRelation returns the relation with its evidence, or NotFoundError with close ids', async (t) => {
  const graph = fixtureGraph();
  const relation = getRelation(graph, 'iran-wary-israel');
  t.equal(relation.evidence[0]?.quote, 'Iran is wary of Israel');
  t.throws(() => getRelation(graph, 'iran-wary-isreal'), NotFoundError);
  try {
    getRelation(graph, 'iran-wary-isreal');
  } catch (error) {
    t.same((error as NotFoundError).suggestions, ['iran-wary-israel']);
    t.equal((error as NotFoundError).entity, 'relation');
  }
  t.throws(() => getRelation(graph, ''), NotFoundError);
});

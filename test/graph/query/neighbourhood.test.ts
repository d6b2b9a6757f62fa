// Tests for graph/query/neighbourhood.ts: capped breadth-first search by depth, direction, kinds and date.
import t from 'tap';
import { Value } from 'typebox/value';
import { neighbourhood, NeighbourhoodOptions } from '../../../graph/query/neighbourhood.js';
import { BudgetError, NotFoundError, QueryError } from '../../../graph/errors.js';
import { buildGraph, type EdgeSpec } from './fixture.js';

// c supplies x, y supplies c, c and u are rivals; chains run on from x, y and u; d hangs off x structurally; e exists from 1991.
const graph = buildGraph(
  [
    ['c', 'arms-transfer', 'x'],
    ['y', 'arms-transfer', 'c'],
    ['c', 'rivalry', 'u'],
    ['x', 'arms-transfer', 'x2'],
    ['x2', 'arms-transfer', 'x3'],
    ['y2', 'arms-transfer', 'y'],
    ['u', 'economic-ties', 'u2'],
    ['x', 'based-in', 'd'],
    ['c', 'strategic-partnership', 'e'],
  ],
  [{ id: 'e', exists: { start: '1991' } }],
);

const ids = (result: ReturnType<typeof neighbourhood>) => result.actors.map(({ actor }) => actor.id).sort();
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof QueryError || error instanceof BudgetError || error instanceof NotFoundError
      ? `${error.constructor.name}:${error.field}`
      : String(error);
  }
  return 'no error';
};

t.test('neighbourhood refuses unknown actors and out-of-range options, naming the field', async (t) => {
  t.equal(
    errorOf(() => neighbourhood(graph, 'cc')),
    'NotFoundError:id',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { depth: 0 })),
    'QueryError:depth',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { depth: 1.5 })),
    'QueryError:depth',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { depth: 5 })),
    'BudgetError:depth',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { limit: 0 })),
    'QueryError:limit',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { limit: 5001 })),
    'BudgetError:limit',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { direction: 'sideways' as 'in' })),
    'QueryError:direction',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { kinds: ['rivalry'], exclude: ['rivalry'] })),
    'QueryError:kinds',
  );
  t.equal(
    errorOf(() => neighbourhood(graph, 'c', { asOf: '1990-13' })),
    'QueryError:asOf',
  );
});

t.test('NeighbourhoodOptions schema takes the filter fields with depth, direction and limit', async (t) => {
  t.ok(
    Value.Check(NeighbourhoodOptions, {
      depth: 2,
      direction: 'out',
      limit: 10,
      kinds: ['arms-transfer'],
      asOf: '2012',
    }),
  );
  t.notOk(Value.Check(NeighbourhoodOptions, { depth: 5 }));
  t.notOk(Value.Check(NeighbourhoodOptions, { limit: 5001 }));
  t.notOk(Value.Check(NeighbourhoodOptions, { direction: 'up' }));
  t.notOk(Value.Check(NeighbourhoodOptions, { colour: 'red' }));
});

t.test('depth 1 by direction; undirected relations count for both', async (t) => {
  const both = neighbourhood(graph, 'c');
  t.same(ids(both), ['c', 'e', 'u', 'x', 'y']);
  t.equal(both.actors[0]!.actor.id, 'c');
  t.equal(both.actors[0]!.hops, 0);
  t.ok(both.actors.slice(1).every((entry) => entry.hops === 1));
  t.same(both.relations.map((relation) => relation.id).sort(), [
    'c-arms-transfer-x-0',
    'c-rivalry-u-2',
    'c-strategic-partnership-e-8',
    'y-arms-transfer-c-1',
  ]);
  t.equal(both.truncated, false);
  t.same(ids(neighbourhood(graph, 'c', { direction: 'out' })), ['c', 'e', 'u', 'x']);
  t.same(ids(neighbourhood(graph, 'c', { direction: 'in' })), ['c', 'e', 'u', 'y']);
});

t.test('depth 2 with a kinds filter follows only those kinds', async (t) => {
  const arms = neighbourhood(graph, 'c', { depth: 2, kinds: ['arms-transfer'] });
  t.same(ids(arms), ['c', 'x', 'x2', 'y', 'y2']);
  t.same(Object.fromEntries(arms.actors.map(({ actor, hops }) => [actor.id, hops])), {
    c: 0,
    x: 1,
    y: 1,
    x2: 2,
    y2: 2,
  });
  t.ok(arms.relations.every((relation) => relation.kind === 'arms-transfer'));
  t.equal(arms.relations.length, 4);
  t.same(ids(neighbourhood(graph, 'c', { depth: 2, direction: 'out', kinds: ['arms-transfer'] })), ['c', 'x', 'x2']);
  t.same(ids(neighbourhood(graph, 'c', { depth: 4, direction: 'out' })), ['c', 'd', 'e', 'u', 'u2', 'x', 'x2', 'x3']);
  t.same(ids(neighbourhood(graph, 'c', { depth: 2, exclude: ['based-in'] })), [
    'c',
    'e',
    'u',
    'u2',
    'x',
    'x2',
    'y',
    'y2',
  ]);
});

t.test('as of a date: no tie before an actor exists; datedOnly drops undated ties', async (t) => {
  t.notOk(ids(neighbourhood(graph, 'c', { asOf: '1990' })).includes('e'), 'e exists from 1991');
  t.ok(ids(neighbourhood(graph, 'c', { asOf: '1991' })).includes('e'));
  t.same(ids(neighbourhood(graph, 'c', { asOf: '1991', datedOnly: true })), ['c']);
  t.equal(neighbourhood(graph, 'c', { asOf: '1991' }).asOf, '1991');
});

t.test('the limit caps the actors, centre included, and says when it cut', async (t) => {
  const two = neighbourhood(graph, 'c', { limit: 2 });
  t.equal(two.actors.length, 2);
  t.equal(two.truncated, true);
  const exact = neighbourhood(graph, 'c', { limit: 5 });
  t.equal(exact.actors.length, 5);
  t.equal(exact.truncated, false, 'five actors within one hop fit a limit of five exactly');
  const star = buildGraph(Array.from({ length: 3000 }, (_, i): EdgeSpec => ['hub', 'arms-transfer', `leaf-${i}`]));
  const capped = neighbourhood(star, 'hub', { limit: 500 });
  t.equal(capped.actors.length, 500);
  t.equal(capped.relations.length, 499);
  t.equal(capped.truncated, true);
});

t.test('relations are capped at ten per allowed actor', async (t) => {
  const parallel = buildGraph(Array.from({ length: 25 }, (): EdgeSpec => ['p', 'statement', 'q']));
  const result = neighbourhood(parallel, 'p', { limit: 2 });
  t.equal(result.actors.length, 2);
  t.equal(result.relations.length, 20);
  t.equal(result.truncated, true);
});

// Tests for graph/query/graph-view.ts: graphology's export format, filtered relations, all actors kept.
import t from 'tap';
import Graph from 'graphology';
import { graphView } from '../../../graph/query/graph-view.js';
import { compileFilter } from '../../../graph/shared/filter.js';
import { QueryError } from '../../../graph/errors.js';
import { fixtureDataset, fixtureGraph } from './server-fixture.js';

t.test('graphView refuses an impossible or malformed filter', async (t) => {
  const graph = fixtureGraph();
  t.throws(() => graphView(graph, { asOf: 'July' }), QueryError);
  t.throws(() => graphView(graph, { kinds: ['rivalry'], exclude: ['rivalry'] }), QueryError);
});

t.test('unfiltered, the view equals graphology export()', async (t) => {
  const graph = fixtureGraph();
  const view = graphView(graph);
  const exported = graph.export();
  t.same(view.nodes, exported.nodes);
  t.same(
    view.edges,
    exported.edges.map((edge) => ({ ...edge, undirected: edge.undirected ?? false })),
    'export() omits `undirected` on directed edges; the view states it',
  );
  t.same(view.attributes, exported.attributes);
  t.same(view.options, exported.options);
});

t.test('filtered, the view keeps every actor and exactly the relations passing the filter', async (t) => {
  const graph = fixtureGraph();
  const filter = { valence: ['cooperative' as const], asOf: '2016' };
  const passes = compileFilter(filter);
  const actors = new Map(fixtureDataset.actors.map((actor) => [actor.id, actor]));
  const expected = fixtureDataset.relations
    .filter((r) => passes(r, actors.get(r.source)!, actors.get(r.target)!))
    .map((r) => r.id)
    .sort();
  const view = graphView(graph, filter);
  t.same(view.edges.map((edge) => edge.key).sort(), expected);
  t.ok(
    expected.length > 0 && expected.length < fixtureDataset.relations.length,
    'the filter keeps some and drops some',
  );
  t.equal(view.nodes.length, fixtureDataset.actors.length);
  const rebuilt = Graph.from(view as never);
  t.equal(rebuilt.size, expected.length);
});

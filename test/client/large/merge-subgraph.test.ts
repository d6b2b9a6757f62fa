// Tests of merging into the drawn graph: bad input refused, only what is missing added, positions from the server or near the anchor.
import t from 'tap';
import { applyPositions, mergeParts, recordParts } from '../../../client/large/merge-subgraph.js';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import type { GraphView } from '../../../graph/query/graph-view.js';
import { fixtureView, relation } from '../render/fixture.js';

/** The fixture without Iran and its rivalry with Israel: what an overview might have drawn. */
function partial(): GraphView {
  const view = fixtureView();
  return {
    ...view,
    nodes: view.nodes.filter((n) => n.key !== 'iran'),
    edges: view.edges.filter((e) => e.key !== 'rival-1'),
  };
}

t.test('mergeParts refuses a subgraph without lists or an actor without attributes', async (t) => {
  const graph = toDisplayGraph(partial());
  t.throws(() => mergeParts(graph, null as unknown as GraphView), TypeError);
  t.throws(() => mergeParts(graph, { nodes: [], edges: 'x' } as unknown as GraphView), TypeError);
  t.throws(() => mergeParts(graph, { nodes: [{ key: 'ghost' }], edges: [] } as unknown as GraphView), /ghost/);
  t.equal(graph.order, 4, 'nothing added by a refused merge');
});

t.test('mergeParts adds only what is missing and keeps drawn actors where they are', async (t) => {
  const graph = toDisplayGraph(partial());
  const before = new Map(graph.mapNodes((node, { x, y }) => [node, { x, y }] as const));
  const added = mergeParts(graph, fixtureView());
  t.same(added, { nodes: ['iran'], edges: ['rival-1'] });
  t.equal(graph.order, 5);
  t.equal(graph.size, 5);
  for (const [node, at] of before)
    t.same({ x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') }, at, `${node} did not move`);
  t.equal(
    graph.isUndirected('rival-1'),
    fixtureView().edges.find((e) => e.key === 'rival-1')!.undirected,
    'drawn undirected exactly when the server says so',
  );
  t.same(mergeParts(graph, fixtureView()), { nodes: [], edges: [] }, 'merging again adds nothing');
});

t.test('a relation whose other end is not drawn waits for it', async (t) => {
  const graph = toDisplayGraph(partial());
  const view = fixtureView();
  const added = mergeParts(graph, { nodes: [], edges: view.edges });
  t.same(added.edges, [], 'Iran is not drawn, so its rivalry is not either');
  t.notOk(graph.hasEdge('rival-1'));
});

t.test('new actors take the server position, else go near the actor expanded', async (t) => {
  const graph = toDisplayGraph(partial());
  const xs = graph.mapNodes((_n, a) => a.x),
    ys = graph.mapNodes((_n, a) => a.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  mergeParts(graph, fixtureView(), {}, 'israel');
  const israel = graph.getNodeAttributes('israel');
  const iran = graph.getNodeAttributes('iran');
  t.ok(
    Math.hypot(iran.x - israel.x, iran.y - israel.y) <= extent * 0.06 + 1e-9,
    'Iran lands within 6% of the drawing from Israel',
  );

  const served = toDisplayGraph(partial());
  mergeParts(served, fixtureView(), { iran: { x: 1234, y: -5 } }, 'israel');
  t.same({ x: served.getNodeAttribute('iran', 'x'), y: served.getNodeAttribute('iran', 'y') }, { x: 1234, y: -5 });

  const again = toDisplayGraph(partial());
  mergeParts(again, fixtureView(), {}, 'israel');
  t.same(again.getNodeAttributes('iran'), graph.getNodeAttributes('iran'), 'the same answer gives the same drawing');
});

t.test('without an anchor, a new actor goes near a drawn partner', async (t) => {
  const graph = toDisplayGraph(partial());
  const xs = graph.mapNodes((_n, a) => a.x),
    ys = graph.mapNodes((_n, a) => a.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  mergeParts(graph, fixtureView());
  const israel = graph.getNodeAttributes('israel');
  const iran = graph.getNodeAttributes('iran');
  t.ok(
    Math.hypot(iran.x - israel.x, iran.y - israel.y) <= extent * 0.06 + 1e-9,
    'Iran, whose only tie is with Israel, lands near Israel',
  );
});

t.test('recordParts directs each relation as its kind says', async (t) => {
  const parts = recordParts(
    [{ id: 'a', name: 'A', kind: 'state', aliases: [] }],
    [relation('r1', 'arms-transfer', 'a', 'b'), relation('r2', 'strategic-partnership', 'a', 'b')],
  );
  t.same(
    parts.nodes.map((n) => n.key),
    ['a'],
  );
  t.same(
    parts.edges.map((e) => [e.key, e.source, e.target, e.undirected]),
    [
      ['r1', 'a', 'b', false],
      ['r2', 'a', 'b', true],
    ],
  );
});

t.test('applyPositions moves the actors the server placed and no other', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const iranBefore = graph.getNodeAttributes('iran');
  t.equal(
    applyPositions(graph, { israel: { x: 1, y: 2 }, azerbaijan: { x: Number.NaN, y: 0 }, nobody: { x: 0, y: 0 } }),
    1,
  );
  t.same([graph.getNodeAttribute('israel', 'x'), graph.getNodeAttribute('israel', 'y')], [1, 2]);
  t.same(graph.getNodeAttributes('iran'), iranBefore);
});

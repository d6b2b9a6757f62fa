// Tests of the view model: which ties the filters and the as-of year leave visible, how parallel ties fan out, node strengths.
import t from 'tap';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import {
  BASE_CURVATURE,
  computeView,
  curvatureOf,
  parallelCurvatures,
  tiedBBox,
} from '../../../client/render/view-model.js';
import { DEFAULT_FILTERS } from '../../../client/state/types.js';
import { fixtureView } from './fixture.js';

t.test('toDisplayGraph refuses a body without nodes or edges, or an edge without key', async (t) => {
  t.throws(() => toDisplayGraph({} as never), TypeError);
  const view = fixtureView();
  view.edges[0] = { ...view.edges[0]!, key: undefined as unknown as string };
  t.throws(() => toDisplayGraph(view), TypeError);
});

t.test('toDisplayGraph keeps direction and gives the same positions whatever the server order', async (t) => {
  const a = toDisplayGraph(fixtureView());
  const reversed = fixtureView();
  reversed.nodes.reverse();
  reversed.edges.reverse();
  const b = toDisplayGraph(reversed);
  t.equal(a.order, 5);
  t.equal(a.size, 5);
  t.ok(a.isDirected('arms-1'));
  t.notOk(a.isDirected('partner-1'));
  t.same(a.nodes(), b.nodes());
  a.forEachNode((node, { x, y }) => t.same([x, y], [b.getNodeAttribute(node, 'x'), b.getNodeAttribute(node, 'y')]));
});

t.test('computeView hides structural ties by default and shows them on request', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const view = computeView(graph, DEFAULT_FILTERS, null);
  t.same([...view.visibleEdges].sort(), ['arms-1', 'oil-1', 'partner-1', 'rival-1']);
  t.notOk(view.strength.has('iai'), 'an actor with only structural ties has no visible strength');
  t.notOk(view.strength.has('loner'));
  // Israel: arms 0.9 + oil 0.7 + partner 0.8 + rivalry 0.9, summed by hand.
  t.equal(Math.round(view.strength.get('israel')! * 100), 330);
  t.equal(view.maxStrength, view.strength.get('israel'));
  const all = computeView(graph, { ...DEFAULT_FILTERS, showStructural: true }, null);
  t.ok(all.visibleEdges.has('iai-based'));
});

t.test('computeView applies kinds, valences and thresholds; no valence at all shows nothing', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  t.same(
    [
      ...computeView(graph, { ...DEFAULT_FILTERS, hiddenKinds: ['arms-transfer', 'rivalry'] }, null).visibleEdges,
    ].sort(),
    ['oil-1', 'partner-1'],
  );
  t.same([...computeView(graph, { ...DEFAULT_FILTERS, valences: ['hostile'] }, null).visibleEdges], ['rival-1']);
  t.same([...computeView(graph, { ...DEFAULT_FILTERS, minStrength: 0.85 }, null).visibleEdges].sort(), [
    'arms-1',
    'rival-1',
  ]);
  t.same([...computeView(graph, { ...DEFAULT_FILTERS, minConfidence: 0.85 }, null).visibleEdges], ['rival-1']);
  t.equal(computeView(graph, { ...DEFAULT_FILTERS, valences: [] }, null).visibleEdges.size, 0);
});

t.test('computeView as of a year drops later ties and actors that did not exist yet', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const in2000 = computeView(graph, DEFAULT_FILTERS, '2000');
  t.same([...in2000.visibleEdges].sort(), ['oil-1', 'partner-1', 'rival-1'], 'the 2012 arms deal is not there yet');
  const in1990 = computeView(graph, DEFAULT_FILTERS, '1990');
  t.ok(in1990.notYet.has('azerbaijan'), 'Azerbaijan exists from 1991');
  t.same([...in1990.visibleEdges], ['rival-1'], 'no tie with an actor before it exists');
});

t.test('curvatureOf is zero for a lone edge, odd, and largest at the outermost offset', async (t) => {
  t.equal(curvatureOf(0, 0), 0);
  t.equal(curvatureOf(1, -1), 0);
  t.equal(curvatureOf(-1, 2), -curvatureOf(1, 2));
  t.equal(curvatureOf(0, 2), 0);
  t.equal(curvatureOf(2, 2), 3.5 * (1 - Math.exp(-2 / 3.5)) * BASE_CURVATURE);
  t.ok(curvatureOf(1, 2) < curvatureOf(2, 2));
});

t.test('parallelCurvatures fans the ties of a pair out on distinct sides, a lone tie straight', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const curvature = parallelCurvatures(graph, ['arms-1', 'oil-1', 'partner-1', 'rival-1']);
  t.equal(curvature.get('rival-1'), 0);
  // Bend measured in one frame (israel → azerbaijan): an edge drawn the other way bends the other way.
  const absolute = ['arms-1', 'oil-1', 'partner-1'].map((edge) => {
    const [source, target] = graph.extremities(edge);
    return (source < target ? 1 : -1) * curvature.get(edge)!;
  });
  t.equal(new Set(absolute.map((c) => c.toFixed(6))).size, 3, 'three distinct bends');
  t.ok(Math.abs(absolute.reduce((a, b) => a + b, 0)) < 1e-9, 'symmetric around the straight line');
  const two = parallelCurvatures(graph, ['arms-1', 'rival-1']);
  t.equal(two.get('arms-1'), 0, 'a hidden parallel takes no slot');
});

t.test('tiedBBox frames the actors with visible ties', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const view = computeView(graph, DEFAULT_FILTERS, null);
  const box = tiedBBox(graph, view)!;
  const xs = ['israel', 'azerbaijan', 'iran'].map((id) => graph.getNodeAttribute(id, 'x'));
  t.same(box.x, [Math.min(...xs), Math.max(...xs)]);
  const empty = computeView(graph, { ...DEFAULT_FILTERS, valences: [] }, null);
  const all = graph.mapNodes((_n, a) => a.x);
  t.same(tiedBBox(graph, empty)!.x, [Math.min(...all), Math.max(...all)], 'all actors when none has a tie');
});

t.test('computeView with datedOnly keeps only ties dated by then', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  t.same(
    [...computeView(graph, { ...DEFAULT_FILTERS, datedOnly: true }, '2000').visibleEdges],
    ['oil-1'],
    'the undated partnership and rivalry drop out',
  );
  t.equal(
    computeView(graph, { ...DEFAULT_FILTERS, datedOnly: true }, null).visibleEdges.size,
    4,
    'without a year the option does nothing',
  );
});

// Tests of node and edge appearance: hidden, dimmed, highlighted, colours by kind and valence, arrows for directed kinds.
import t from 'tap';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { computeHighlight } from '../../../client/render/highlight.js';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, KIND_COLORS, VALENCE_COLORS } from '../../../client/render/palette.js';
import { edgeType } from '../../../client/render/edge-type.js';
import { MAX_LABEL, NODE_SIZE, edgeStyle, nodeSize, nodeStyle, shortLabel } from '../../../client/render/styles.js';
import { computeView } from '../../../client/render/view-model.js';
import { DEFAULT_FILTERS, INITIAL_STATE } from '../../../client/state/types.js';
import { fixtureView } from './fixture.js';

const graph = toDisplayGraph(fixtureView());
const view = computeView(graph, DEFAULT_FILTERS, null);
const styleOf = (id: string, highlight = null as ReturnType<typeof computeHighlight>) =>
  nodeStyle(id, graph.getNodeAttributes(id), view, highlight);
const edgeOf = (id: string, highlight = null as ReturnType<typeof computeHighlight>) =>
  edgeStyle(id, graph.getEdgeAttributes(id), graph.isDirected(id), view, highlight);

t.test('actors without a visible tie, or not yet existing, are hidden', async (t) => {
  const at = (id: string) => ({ x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') });
  t.same(styleOf('loner'), { ...at('loner'), hidden: true }, 'hidden, but sigma still needs its position');
  t.same(styleOf('iai'), { ...at('iai'), hidden: true });
  const in1990 = computeView(graph, DEFAULT_FILTERS, '1990');
  t.same(nodeStyle('azerbaijan', graph.getNodeAttributes('azerbaijan'), in1990, null), {
    ...at('azerbaijan'),
    hidden: true,
  });
  const focused = computeHighlight(graph, view, {
    ...INITIAL_STATE,
    compare: { actors: ['loner', 'israel'] },
    panel: 'compare',
  });
  t.equal(styleOf('loner', focused).hidden, undefined, 'a highlighted untied actor is shown');
});

t.test('node size grows with strength within its bounds; colour follows the kind', async (t) => {
  t.equal(nodeSize(view, 'israel'), NODE_SIZE.max);
  t.equal(nodeSize(view, 'loner'), NODE_SIZE.isolated);
  const iran = nodeSize(view, 'iran');
  t.ok(iran > NODE_SIZE.min && iran < NODE_SIZE.max);
  t.equal(styleOf('israel').color, KIND_COLORS.state);
  t.equal(styleOf('israel').label, 'ISRAEL');
});

t.test('a highlight dims the rest and labels the highlighted', async (t) => {
  const highlight = computeHighlight(graph, view, { ...INITIAL_STATE, hovered: 'iran' });
  t.equal(styleOf('azerbaijan', highlight).color, DIM_NODE_COLOR);
  t.equal(styleOf('azerbaijan', highlight).label, null);
  t.equal(styleOf('israel', highlight).forceLabel, true);
  t.equal(styleOf('iran', highlight).highlighted, true);
  t.equal(edgeOf('arms-1', highlight).color, DIM_EDGE_COLOR);
  t.equal(edgeOf('rival-1', highlight).label, 'Rivalry');
});

t.test('edges: hidden when filtered out, coloured by valence, arrows only for directed kinds', async (t) => {
  t.same(edgeOf('iai-based'), { hidden: true });
  const arms = edgeOf('arms-1');
  t.equal(arms.color, VALENCE_COLORS.cooperative);
  t.equal(arms.type, 'curvedArrow', 'one of three parallel ties: curved');
  t.equal(edgeOf('rival-1').color, VALENCE_COLORS.hostile);
  t.equal(edgeOf('rival-1').type, 'line', 'a lone undirected tie: a straight line');
  t.ok((arms.size ?? 0) > (edgeOf('oil-1').size ?? 0), 'the stronger tie is thicker');
  t.equal(arms.label, null, 'no edge labels without a highlight');
});

t.test('edgeType: straight for a lone tie, curved in a fan, arrowed when directed', async (t) => {
  t.equal(edgeType(true, 0), 'arrow');
  t.equal(edgeType(false, 0), 'line');
  t.equal(edgeType(true, -0.2), 'curvedArrow');
  t.equal(edgeType(false, 0.2), 'curved');
});

t.test('shortLabel keeps short names and cuts long ones at a word, with an ellipsis', async (t) => {
  t.equal(shortLabel(''), '');
  t.equal(shortLabel('Israel'), 'Israel');
  t.equal(shortLabel('Unnamed Israeli drone manufacturer (2017)'), 'Unnamed Israeli drone…');
  t.equal(
    shortLabel('Turkey-Azerbaijan-Israel triangular relationship'),
    'Turkey-Azerbaijan-Israe…',
    'no space in the first 23 characters',
  );
  t.equal(shortLabel('x'.repeat(40)), `${'x'.repeat(MAX_LABEL - 1)}…`, 'no space: a hard cut');
  t.ok(shortLabel('Turkey-Azerbaijan-Israel triangular relationship').length <= MAX_LABEL);
});

t.test('with an as-of year, undated ties are drawn faded and thin; without one, as usual (issue 16)', async (t) => {
  const { toDisplayGraph } = await import('../../../client/render/display-graph.js');
  const { computeView } = await import('../../../client/render/view-model.js');
  const { edgeStyle } = await import('../../../client/render/styles.js');
  const { DEFAULT_FILTERS } = await import('../../../client/state/types.js');
  const { fixtureView } = await import('./fixture.js');
  const graph = toDisplayGraph(fixtureView());
  const style = (asOf: string | null, edge: string) =>
    edgeStyle(
      edge,
      graph.getEdgeAttributes(edge),
      graph.isDirected(edge),
      computeView(graph, DEFAULT_FILTERS, asOf),
      null,
    );
  // By hand: "partner-1" (strategic partnership) has no date; "arms-1" starts in 2012.
  const all = style(null, 'partner-1');
  const in2016 = style('2016', 'partner-1');
  t.equal(computeView(graph, DEFAULT_FILTERS, '2016').undated.has('partner-1'), true);
  t.equal(computeView(graph, DEFAULT_FILTERS, null).undated.size, 0, 'no date chosen: nothing is "undated"');
  t.not(in2016.color, all.color, 'faded colour');
  t.equal(in2016.size, all.size! / 2, 'half as thick');
  t.same(style('2016', 'arms-1'), style(null, 'arms-1'), 'a dated tie looks the same');
});

// Tests of node and edge appearance: hidden, dimmed, highlighted, colours by kind and valence, arrows for directed kinds.
import t from 'tap';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { computeHighlight } from '../../../client/render/highlight.js';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, KIND_COLORS, VALENCE_COLORS } from '../../../client/render/palette.js';
import { NODE_SIZE, edgeStyle, nodeSize, nodeStyle } from '../../../client/render/styles.js';
import { computeView } from '../../../client/render/view-model.js';
import { DEFAULT_FILTERS, INITIAL_STATE } from '../../../client/state/types.js';
import { fixtureView } from './fixture.js';

const graph = toDisplayGraph(fixtureView());
const view = computeView(graph, DEFAULT_FILTERS, null);
const styleOf = (id: string, highlight = null as ReturnType<typeof computeHighlight>) => nodeStyle(id, graph.getNodeAttributes(id), view, highlight);
const edgeOf = (id: string, highlight = null as ReturnType<typeof computeHighlight>) => edgeStyle(id, graph.getEdgeAttributes(id), graph.isDirected(id), view, highlight);

t.test('actors without a visible tie, or not yet existing, are hidden', async (t) => {
  t.same(styleOf('loner'), { hidden: true });
  t.same(styleOf('iai'), { hidden: true });
  const in1990 = computeView(graph, DEFAULT_FILTERS, '1990');
  t.same(nodeStyle('azerbaijan', graph.getNodeAttributes('azerbaijan'), in1990, null), { hidden: true });
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
  t.equal(arms.type, 'curvedArrow');
  t.equal(edgeOf('rival-1').color, VALENCE_COLORS.hostile);
  t.equal(edgeOf('rival-1').type, 'curved');
  t.ok((arms.size ?? 0) > (edgeOf('oil-1').size ?? 0), 'the stronger tie is thicker');
  t.equal(arms.label, null, 'no edge labels without a highlight');
});

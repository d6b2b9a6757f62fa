// Tests of what stands out: hover neighbourhood, the chosen path (even through hidden ties), tie pairs, comparisons.
import t from 'tap';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { computeHighlight } from '../../../client/render/highlight.js';
import { computeView } from '../../../client/render/view-model.js';
import { DEFAULT_FILTERS, INITIAL_STATE, type ExplorerState } from '../../../client/state/types.js';
import type { PathResult } from '../../../graph/relation-index/path-query.js';
import { fixtureView } from './fixture.js';

const graph = toDisplayGraph(fixtureView());
const view = computeView(graph, DEFAULT_FILTERS, null);
const node = (id: string) => graph.getNodeAttributes(id);

t.test('computeHighlight ignores ids the graph does not hold', async (t) => {
  t.equal(computeHighlight(graph, view, { ...INITIAL_STATE, hovered: 'atlantis' }), null);
  t.equal(computeHighlight(graph, view, { ...INITIAL_STATE, focus: 'atlantis', panel: 'actor' }), null);
  t.equal(computeHighlight(graph, view, INITIAL_STATE), null);
});

t.test('hover shows the actor, its visible ties and their other ends; it wins over the open panel', async (t) => {
  const state: ExplorerState = { ...INITIAL_STATE, hovered: 'iran', focus: 'azerbaijan', panel: 'actor' };
  const highlight = computeHighlight(graph, view, state)!;
  t.same([...highlight.nodes].sort(), ['iran', 'israel']);
  t.same([...highlight.edges], ['rival-1']);
  t.equal(highlight.primary, 'iran');
  const israel = computeHighlight(graph, view, { ...INITIAL_STATE, focus: 'israel', panel: 'actor' })!;
  t.notOk(israel.nodes.has('iai'), 'structural partner hidden by the filter is not a neighbour');
  t.same([...israel.nodes].sort(), ['azerbaijan', 'iran', 'israel']);
});

t.test('the chosen path is highlighted, and its hidden structural step is forced visible', async (t) => {
  const paths: PathResult = {
    outcome: 'found',
    paths: [
      {
        actors: [node('iran'), node('israel'), node('iai')],
        relations: [graph.getEdgeAttributes('rival-1'), graph.getEdgeAttributes('iai-based')],
        steps: [],
        hops: 2,
        score: 2,
      },
      {
        actors: [node('iran'), node('israel')],
        relations: [graph.getEdgeAttributes('rival-1')],
        steps: [],
        hops: 1,
        score: 1,
      },
    ],
  };
  const state: ExplorerState = {
    ...INITIAL_STATE,
    panel: 'path',
    results: { ...INITIAL_STATE.results, paths: { status: 'ok', key: 'k', data: paths } },
  };
  const first = computeHighlight(graph, view, state)!;
  t.same([...first.nodes], ['iran', 'israel', 'iai']);
  t.ok(first.forced.has('iai-based'));
  const second = computeHighlight(graph, view, { ...state, chosenPath: 1 })!;
  t.same([...second.edges], ['rival-1']);
  t.equal(computeHighlight(graph, view, { ...state, chosenPath: 5 }), null, 'no such alternative');
});

t.test('tie and compare panels highlight their pairs and the ties between them', async (t) => {
  const tie = computeHighlight(graph, view, { ...INITIAL_STATE, tie: ['azerbaijan', 'israel'], panel: 'tie' })!;
  t.same([...tie.edges].sort(), ['arms-1', 'oil-1', 'partner-1']);
  const compare = computeHighlight(graph, view, {
    ...INITIAL_STATE,
    compare: {
      pairs: [
        ['israel', 'azerbaijan'],
        ['israel', 'iran'],
      ],
    },
    panel: 'compare',
  })!;
  t.same([...compare.nodes].sort(), ['azerbaijan', 'iran', 'israel']);
  t.equal(compare.edges.size, 4);
  const actors = computeHighlight(graph, view, {
    ...INITIAL_STATE,
    compare: { actors: ['israel', 'nobody'] },
    panel: 'compare',
  })!;
  t.same([...actors.nodes], ['israel']);
});

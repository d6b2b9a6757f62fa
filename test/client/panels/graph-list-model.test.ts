// Tests for client/panels/graph-list-model.ts: the list view lists exactly the drawn actors, strongest first, with their partners.
import t from 'tap';
import { listDrawnActors } from '../../../client/panels/graph-list-model.js';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { computeView } from '../../../client/render/view-model.js';
import { DEFAULT_FILTERS } from '../../../client/state/types.js';
import { fixtureView } from '../render/fixture.js';

t.test('an empty view lists nobody', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  t.same(listDrawnActors(graph, { visibleEdges: new Set(), notYet: new Set(), strength: new Map() }), []);
});

t.test('the drawn actors, strongest first, each with its partners and tie counts', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const view = computeView(graph, DEFAULT_FILTERS, null);
  const listed = listDrawnActors(graph, view);
  // By hand: structural "based in" is hidden, so IAI and the loner are not drawn; Israel has 3 ties with Azerbaijan and 1 with Iran.
  t.same(
    listed.map((a) => a.id),
    ['israel', 'azerbaijan', 'iran'],
  );
  t.same(listed[0]!.partners, [
    { id: 'azerbaijan', name: 'AZERBAIJAN', ties: 3 },
    { id: 'iran', name: 'IRAN', ties: 1 },
  ]);
  t.equal(listed[0]!.ties, 4);
  t.same(
    listed[2]!.partners.map((p) => p.id),
    ['israel'],
  );
});

t.test('follows the filters and the as-of year the canvas obeys', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const hostileOff = listDrawnActors(
    graph,
    computeView(graph, { ...DEFAULT_FILTERS, valences: ['cooperative', 'mixed', 'neutral'] }, null),
  );
  t.notOk(
    hostileOff.some((a) => a.id === 'iran'),
    'hostile unticked: Iran (only a rivalry) is not listed',
  );
  const early = listDrawnActors(graph, computeView(graph, DEFAULT_FILTERS, '1990'));
  t.notOk(
    early.some((a) => a.id === 'azerbaijan'),
    'as of 1990 Azerbaijan (from 1991) is not listed',
  );
});

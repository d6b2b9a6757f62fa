// Tests for client/panels/try-suggestions.ts: suggestions come from the data shown, never from the bundled article.
import t from 'tap';
import { trySuggestions } from '../../../client/panels/try-suggestions.js';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { computeView } from '../../../client/render/view-model.js';
import { DEFAULT_FILTERS } from '../../../client/state/types.js';
import { fixtureView } from '../render/fixture.js';

t.test('nothing drawn: nothing suggested', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  t.same(trySuggestions(graph, { visibleEdges: new Set() }), {
    busiest: null,
    strongestPair: null,
    compare: null,
    year: null,
  });
});

t.test('busiest actor, strongest pair, a comparison and a year of the fixture, worked by hand', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const tips = trySuggestions(graph, computeView(graph, DEFAULT_FILTERS, null));
  // Israel: arms-1, oil-1, partner-1 (Azerbaijan) and rival-1 (Iran) = 4 ties (based-in is structural, hidden).
  t.same(tips.busiest, { id: 'israel', name: 'ISRAEL', ties: 4 });
  // Azerbaijan–Israel: 1 − (1 − .9·.8)(1 − .7·.8)(1 − .8·.8) = 1 − .28·.44·.36 = 0.955648; Iran–Israel: .81.
  t.equal(tips.strongestPair?.label, 'AZERBAIJAN – ISRAEL');
  t.ok(Math.abs(tips.strongestPair!.score - 0.955648) < 1e-9);
  t.same(tips.compare?.pairs, [
    ['israel', 'azerbaijan'],
    ['israel', 'iran'],
  ]);
  t.equal(tips.year, '2012', 'the median of 1995 and 2012 (upper middle)');
});

t.test('as of a year, only what is drawn then counts', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const tips = trySuggestions(graph, computeView(graph, DEFAULT_FILTERS, '1990'));
  t.equal(tips.strongestPair?.label, 'IRAN – ISRAEL', 'Azerbaijan did not exist in 1990');
  t.equal(tips.compare, null, 'Israel has one partner then');
});

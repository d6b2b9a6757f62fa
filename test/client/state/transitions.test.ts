// Tests of the explorer's state transitions (pure functions, no DOM).
import t from 'tap';
import {
  expandActor,
  forgetExpansion,
  askPath,
  choosePath,
  closePanel,
  focusActor,
  hoverActor,
  openTie,
  resetFilters,
  setAsOf,
  setCompare,
  setFilters,
  setResult,
  toggleKind,
  toggleValence,
} from '../../../client/state/transitions.js';
import {
  DEFAULT_FILTERS,
  INITIAL_STATE,
  MAX_EXPANDED,
  MAX_K,
  type PathQueryState,
} from '../../../client/state/types.js';

const query: PathQueryState = {
  from: 'united-states',
  to: 'aeronautics-defense-systems',
  mode: 'strongest',
  k: 3,
  kinds: [],
  valence: [],
};

t.test('openTie refuses a pair of one actor with itself or an empty id', async (t) => {
  t.equal(openTie(INITIAL_STATE, 'israel', 'israel'), INITIAL_STATE);
  t.equal(openTie(INITIAL_STATE, '', 'israel'), INITIAL_STATE);
  const next = openTie(INITIAL_STATE, 'israel', 'azerbaijan');
  t.same(next.tie, ['israel', 'azerbaijan']);
  t.equal(next.panel, 'tie');
});

t.test('setAsOf ignores anything but a four-digit year', async (t) => {
  t.equal(setAsOf(INITIAL_STATE, '91'), INITIAL_STATE);
  t.equal(setAsOf(INITIAL_STATE, '1991-05'), INITIAL_STATE);
  t.equal(setAsOf(INITIAL_STATE, '1991').asOf, '1991');
  t.equal(setAsOf(setAsOf(INITIAL_STATE, '1991'), null).asOf, null);
});

t.test('setCompare refuses fewer than two pairs or actors', async (t) => {
  t.equal(setCompare(INITIAL_STATE, { pairs: [['israel', 'azerbaijan']] }), INITIAL_STATE);
  t.equal(setCompare(INITIAL_STATE, { actors: ['israel'] }), INITIAL_STATE);
  const next = setCompare(INITIAL_STATE, { actors: ['israel', 'turkey'] });
  t.equal(next.panel, 'compare');
  t.same(next.compare, { actors: ['israel', 'turkey'] });
});

t.test('setFilters clamps thresholds into 0..1 and treats NaN as 0', async (t) => {
  t.equal(setFilters(INITIAL_STATE, { minStrength: 3 }).filters.minStrength, 1);
  t.equal(setFilters(INITIAL_STATE, { minConfidence: -1 }).filters.minConfidence, 0);
  t.equal(setFilters(INITIAL_STATE, { minStrength: Number.NaN }).filters.minStrength, 0);
  t.equal(setFilters(INITIAL_STATE, { minStrength: 0.4 }).filters.minStrength, 0.4);
});

t.test('focusActor opens the actor panel; null closes only the actor panel', async (t) => {
  const focused = focusActor(INITIAL_STATE, 'israel');
  t.equal(focused.focus, 'israel');
  t.equal(focused.panel, 'actor');
  t.equal(focusActor(focused, null).panel, null);
  const withPath = focusActor(askPath(INITIAL_STATE, query), null);
  t.equal(withPath.panel, 'path', 'clearing the focus leaves another panel open');
});

t.test('hoverActor returns the same state when nothing changes', async (t) => {
  t.equal(hoverActor(INITIAL_STATE, null), INITIAL_STATE);
  t.equal(hoverActor(INITIAL_STATE, 'iran').hovered, 'iran');
});

t.test('toggleKind and toggleValence keep vocabulary order and no duplicates', async (t) => {
  let state = toggleKind(INITIAL_STATE, 'rivalry', false);
  state = toggleKind(state, 'arms-transfer', false);
  state = toggleKind(state, 'arms-transfer', false);
  t.same(state.filters.hiddenKinds, ['arms-transfer', 'rivalry']);
  t.same(toggleKind(state, 'rivalry', true).filters.hiddenKinds, ['arms-transfer']);
  state = toggleValence(INITIAL_STATE, 'hostile', false);
  t.same(state.filters.valences, ['cooperative', 'mixed', 'neutral']);
  t.same(toggleValence(state, 'hostile', true).filters.valences, DEFAULT_FILTERS.valences);
  t.equal(resetFilters(state).filters, DEFAULT_FILTERS);
});

t.test('askPath clamps k and starts at the first alternative', async (t) => {
  t.equal(askPath(INITIAL_STATE, { ...query, k: 0 }).path?.k, 1);
  t.equal(askPath(INITIAL_STATE, { ...query, k: 99 }).path?.k, MAX_K);
  t.equal(askPath(INITIAL_STATE, { ...query, k: Number.NaN }).path?.k, 1);
  const state = askPath({ ...INITIAL_STATE, chosenPath: 2 }, query);
  t.equal(state.chosenPath, 0);
  t.equal(state.panel, 'path');
});

t.test('choosePath wraps around the number of paths and ignores an empty result', async (t) => {
  t.equal(choosePath(INITIAL_STATE, 1, 0), INITIAL_STATE);
  t.equal(choosePath(INITIAL_STATE, Number.NaN, 3), INITIAL_STATE);
  t.equal(choosePath(INITIAL_STATE, 3, 3).chosenPath, 0);
  t.equal(choosePath(INITIAL_STATE, -1, 3).chosenPath, 2);
  t.equal(choosePath(INITIAL_STATE, 1, 3).chosenPath, 1);
});

t.test('closePanel forgets the question of the panel it closes', async (t) => {
  t.equal(closePanel(focusActor(INITIAL_STATE, 'israel')).focus, null);
  t.equal(closePanel(openTie(INITIAL_STATE, 'a', 'b')).tie, null);
  const path = closePanel(askPath(INITIAL_STATE, query));
  t.equal(path.path, null);
  t.equal(path.results.paths.status, 'idle');
  t.equal(closePanel(setCompare(INITIAL_STATE, { actors: ['a', 'b'] })).compare, null);
  t.equal(closePanel(INITIAL_STATE).panel, null);
});

t.test('setResult drops an answer to a question that is no longer asked', async (t) => {
  const loading = setResult(INITIAL_STATE, 'tie', { status: 'loading', key: 'new' });
  t.equal(setResult(loading, 'tie', { status: 'error', key: 'old', message: 'late' }), loading);
  const failed = setResult(loading, 'tie', { status: 'error', key: 'new', message: 'boom' });
  t.same(failed.results.tie, { status: 'error', key: 'new', message: 'boom' });
  t.equal(failed.results.actor, INITIAL_STATE.results.actor, 'other results untouched');
});

t.test('expandActor ignores an empty or repeated id; forgetExpansion an unknown one', async (t) => {
  t.equal(expandActor(INITIAL_STATE, ''), INITIAL_STATE);
  const one = expandActor(INITIAL_STATE, 'israel');
  t.same(one.expanded, ['israel']);
  t.equal(expandActor(one, 'israel'), one, 'expanded once');
  t.equal(forgetExpansion(one, 'iran'), one);
  t.same(forgetExpansion(expandActor(one, 'iran'), 'israel').expanded, ['iran']);
});

t.test('expandActor keeps the latest MAX_EXPANDED expansions', async (t) => {
  let state = INITIAL_STATE;
  for (let i = 0; i <= MAX_EXPANDED; i++) state = expandActor(state, `a-${i}`);
  t.equal(state.expanded.length, MAX_EXPANDED);
  t.equal(state.expanded[0], 'a-1', 'the oldest is dropped');
  t.equal(state.expanded.at(-1), `a-${MAX_EXPANDED}`);
});

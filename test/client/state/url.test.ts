// Tests of URL ⇄ state: the example links, bad input dropped with a note, and round trips over random states.
import fc from 'fast-check';
import t from 'tap';
import { RELATION_KIND_IDS, VALENCES } from '../../../graph/model/vocabulary.js';
import { datasetQuery, derivedPanel, queryToState, stateToQuery } from '../../../client/state/url.js';
import {
  DEFAULT_FILTERS,
  INITIAL_STATE,
  MAX_EXPANDED,
  MAX_K,
  PANELS,
  PATH_MODES,
  type ExplorerState,
} from '../../../client/state/types.js';

t.test('queryToState drops malformed parts and names each one', async (t) => {
  const { state, problems } = queryToState(
    '?focus=Not%20An%20Id&tie=israel&from=israel&mode=fastest&asOf=20x1&compare=israel:azerbaijan&hide=teleport&valence=angry&minStrength=2&panel=nowhere&k=99',
  );
  t.equal(state.focus, null);
  t.equal(state.tie, null);
  t.equal(state.path, null, 'a path needs both ends');
  t.equal(state.asOf, null);
  t.equal(state.compare, null, 'one pair is not a comparison');
  t.same(state.filters, DEFAULT_FILTERS);
  t.equal(state.panel, null);
  for (const field of ['focus', 'tie', 'from and to', 'asOf', 'compare', 'hide', 'valence', 'minStrength', 'panel']) {
    t.ok(
      problems.some((p) => p.includes(field)),
      `a problem names ${field}`,
    );
  }
});

t.test('queryToState reads the issue example links', async (t) => {
  const focus = queryToState('?focus=israel').state;
  t.equal(focus.focus, 'israel');
  t.equal(focus.panel, 'actor');

  const path = queryToState('?from=united-states&to=aeronautics-defense-systems&mode=strongest').state;
  t.same(path.path, {
    from: 'united-states',
    to: 'aeronautics-defense-systems',
    mode: 'strongest',
    k: 3,
    kinds: [],
    valence: [],
  });
  t.equal(path.panel, 'path');

  const compare = queryToState('?compare=israel:azerbaijan,israel:armenia').state;
  t.same(compare.compare, {
    pairs: [
      ['israel', 'azerbaijan'],
      ['israel', 'armenia'],
    ],
  });
  t.equal(compare.panel, 'compare');

  const asOf = queryToState('?asOf=2012');
  t.equal(asOf.state.asOf, '2012');
  t.equal(asOf.state.panel, null);
  t.same(asOf.problems, []);
});

t.test('stateToQuery writes readable links and leaves defaults out', async (t) => {
  t.equal(stateToQuery(INITIAL_STATE), '');
  const state: ExplorerState = {
    ...INITIAL_STATE,
    compare: {
      pairs: [
        ['israel', 'azerbaijan'],
        ['israel', 'armenia'],
      ],
    },
    panel: 'compare',
  };
  t.equal(stateToQuery(state), 'compare=israel:azerbaijan,israel:armenia');
  t.equal(stateToQuery({ ...INITIAL_STATE, focus: 'israel', panel: 'actor' }), 'focus=israel');
  t.equal(
    stateToQuery({ ...INITIAL_STATE, focus: 'israel', panel: null }),
    'focus=israel&panel=none',
    'a closed panel is said out loud',
  );
});

t.test('the dataset: a bad id is dropped with a note; a good one survives the round trip', async (t) => {
  for (const bad of ['', '../etc', 'a b', '-lead', 'x'.repeat(129)]) {
    const { state, problems } = queryToState(`?dataset=${encodeURIComponent(bad)}`);
    t.equal(state.dataset, null, `"${bad}" is refused`);
    if (bad)
      t.ok(
        problems.some((p) => p.startsWith('dataset:')),
        `a problem names the dataset for "${bad}"`,
      );
  }
  const { state, problems } = queryToState('?dataset=synthetic-8k&focus=state-3');
  t.same(problems, []);
  t.equal(state.dataset, 'synthetic-8k');
  t.equal(stateToQuery(state), 'dataset=synthetic-8k&focus=state-3');
  t.equal(stateToQuery(INITIAL_STATE), '', 'the default dataset is left out');
});

t.test('expand: bad ids are dropped with a note, duplicates once, at most MAX_EXPANDED kept', async (t) => {
  const { state, problems } = queryToState('?expand=state-1,Bad%20Id,state-2,state-1');
  t.same(state.expanded, ['state-1', 'state-2']);
  t.match(problems, [/expand: "Bad Id" is not an actor id/]);
  const many = Array.from({ length: MAX_EXPANDED + 3 }, (_, i) => `a-${i}`);
  const capped = queryToState(`?expand=${many.join(',')}`);
  t.same(capped.state.expanded, many.slice(0, MAX_EXPANDED));
  t.match(capped.problems, [/expand: at most/]);
  t.equal(stateToQuery({ ...INITIAL_STATE, expanded: ['state-1', 'state-2'] }), 'expand=state-1,state-2');
});

t.test('datasetQuery opens a fresh view of another dataset', async (t) => {
  t.equal(datasetQuery(null), '', 'the default dataset: a bare address');
  t.equal(datasetQuery('besa-1723'), 'dataset=besa-1723');
  const back = queryToState(datasetQuery('synthetic.v2')).state;
  t.same(back, { ...INITIAL_STATE, dataset: 'synthetic.v2' }, 'nothing but the dataset');
});

t.test('derivedPanel prefers the most specific question', async (t) => {
  t.equal(
    derivedPanel({ compare: { actors: ['a', 'b'] }, path: null, tie: ['a', 'b'], focus: 'a', reader: null }),
    'compare',
  );
  t.equal(derivedPanel({ compare: null, path: null, tie: ['a', 'b'], focus: 'a', reader: null }), 'tie');
  t.equal(
    derivedPanel({
      compare: null,
      path: null,
      tie: null,
      focus: null,
      reader: { source: 's', span: null, relations: [], actors: [] },
    }),
    'reader',
  );
  t.equal(derivedPanel({ compare: null, path: null, tie: null, focus: null, reader: null }), null);
});

const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const unit = fc.integer({ min: 0, max: 20 }).map((n) => n / 20);
const arbitraryState: fc.Arbitrary<ExplorerState> = fc
  .record({
    dataset: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/), { nil: null }),
    focus: fc.option(id, { nil: null }),
    expanded: fc.uniqueArray(id, { maxLength: 5 }),
    tie: fc.option(
      fc.tuple(id, id).filter(([a, b]) => a !== b),
      { nil: null },
    ),
    path: fc.option(
      fc.record({
        from: id,
        to: id,
        mode: fc.constantFrom(...PATH_MODES),
        k: fc.integer({ min: 1, max: MAX_K }),
        kinds: subset(RELATION_KIND_IDS),
        valence: subset(VALENCES),
      }),
      { nil: null },
    ),
    chosenPath: fc.integer({ min: 0, max: MAX_K - 1 }),
    compare: fc.option(
      fc.oneof(
        fc.record({
          pairs: fc.array(
            fc.tuple(id, id).filter(([a, b]) => a !== b),
            { minLength: 2, maxLength: 4 },
          ),
        }),
        fc.record({ actors: fc.array(id, { minLength: 2, maxLength: 4 }) }),
      ),
      { nil: null },
    ),
    asOf: fc.option(fc.integer({ min: 1900, max: 2100 }).map(String), { nil: null }),
    panel: fc.option(fc.constantFrom(...PANELS), { nil: null }),
    reader: fc.option(
      fc.record({
        source: id,
        span: fc.option(
          fc.tuple(fc.nat(10_000), fc.integer({ min: 1, max: 500 })).map(([s, n]) => [s, s + n] as const),
          { nil: null },
        ),
        relations: fc.constant([]),
        actors: fc.constant([]),
      }),
      { nil: null },
    ),
    filters: fc.record({
      hiddenKinds: subset(RELATION_KIND_IDS),
      valences: subset(VALENCES),
      minStrength: unit,
      minConfidence: unit,
      showStructural: fc.boolean(),
      datedOnly: fc.boolean(),
    }),
  })
  .map((parts) => ({ ...INITIAL_STATE, ...parts, chosenPath: parts.path ? parts.chosenPath : 0 }) as ExplorerState);

t.test('queryToState(stateToQuery(state)) gives back every part of the state the URL carries', async (t) => {
  fc.assert(
    fc.property(arbitraryState, (state) => {
      const { state: back, problems } = queryToState(stateToQuery(state));
      t.same(problems, [], 'no problems reading our own URL');
      const carried = (s: ExplorerState) => ({
        dataset: s.dataset,
        focus: s.focus,
        expanded: s.expanded,
        tie: s.tie,
        path: s.path,
        chosenPath: s.chosenPath,
        compare: s.compare,
        reader: s.reader,
        asOf: s.asOf,
        panel: s.panel,
        filters: s.filters,
      });
      return JSON.stringify(carried(back)) === JSON.stringify(carried(state));
    }),
    { numRuns: 300 },
  );
});

t.test('rollup: ?rollup=state survives the round trip, a bad value is dropped with a note', async (t) => {
  const { state, problems } = queryToState('compare=israel:azerbaijan,israel:armenia&rollup=state');
  t.equal(state.rollup, true);
  t.same(problems, []);
  t.match(stateToQuery(state), /rollup=state/);
  t.notMatch(stateToQuery({ ...state, rollup: false }), /rollup/, 'off is the default and left out');
  const bad = queryToState('rollup=firm');
  t.equal(bad.state.rollup, false);
  t.match(bad.problems.join(' '), /rollup: "firm"/);
});

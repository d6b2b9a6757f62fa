// `?revision=` in the address: read, written, round-tripped with the rest of the view, bad values dropped with a note.
import t from 'tap';
import { queryToState, stateToQuery, datasetQuery } from '../../../client/state/url.js';
import { INITIAL_STATE } from '../../../client/state/types.js';

t.test('a bad revision is dropped and named', async (t) => {
  for (const bad of ['0', '-3', 'abc', '1.5', '1e3', '1234567890']) {
    const { state, problems } = queryToState(`revision=${bad}`);
    t.equal(state.revision, null, bad);
    t.match(problems, [/^revision: .* is not a revision number/], bad);
  }
  t.equal(queryToState('').state.revision, null, 'no revision: now');
});

t.test('a revision survives the round trip beside the as-of year, which is another axis', async (t) => {
  const { state, problems } = queryToState('focus=turkey&asOf=2012&revision=7');
  t.same(problems, []);
  t.equal(state.revision, 7);
  t.equal(state.asOf, '2012');
  const query = stateToQuery(state);
  t.match(query, /revision=7/);
  t.match(query, /asOf=2012/);
  t.equal(queryToState(query).state.revision, 7);
  t.notMatch(stateToQuery({ ...state, revision: null }), /revision/, 'now leaves it out');
});

t.test('another dataset opens at now', async (t) => {
  t.notMatch(datasetQuery('other'), /revision/);
  t.equal(INITIAL_STATE.revision, null);
});

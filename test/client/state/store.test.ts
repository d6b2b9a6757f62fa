// Tests of the store: no notification for a no-op, unsubscribe, and nested dispatches seen in order by every listener.
import t from 'tap';
import { createStore } from '../../../client/state/store.js';
import { focusActor, hoverActor, setAsOf } from '../../../client/state/transitions.js';
import { INITIAL_STATE, type ExplorerState } from '../../../client/state/types.js';

t.test('a transition that changes nothing notifies nobody; unsubscribe stops notifications', async (t) => {
  const store = createStore(INITIAL_STATE);
  let calls = 0;
  const off = store.subscribe(() => calls++);
  store.dispatch((s) => s);
  store.dispatch((s) => hoverActor(s, null));
  t.equal(calls, 0);
  store.dispatch((s) => setAsOf(s, '2012'));
  t.equal(calls, 1);
  off();
  store.dispatch((s) => setAsOf(s, '2013'));
  t.equal(calls, 1);
  t.equal(store.get().asOf, '2013');
});

t.test(
  'a dispatch inside a listener: every listener sees the newest state once, with the state it saw before',
  async (t) => {
    const store = createStore(INITIAL_STATE);
    const seen: Array<[string, ExplorerState, ExplorerState]> = [];
    store.subscribe((state, previous) => seen.push(['first', state, previous]));
    // The second listener answers a focus with an as-of change, as the effects answer a question with a result.
    store.subscribe((state, previous) => {
      seen.push(['second', state, previous]);
      if (state.focus && !state.asOf) store.dispatch((s) => setAsOf(s, '2016'));
    });
    store.subscribe((state, previous) => seen.push(['third', state, previous]));
    store.dispatch((s) => focusActor(s, 'israel'));
    const last = store.get();
    t.equal(last.asOf, '2016');
    t.equal(last.focus, 'israel');
    const third = seen.filter(([name]) => name === 'third');
    t.equal(third.length, 1, 'the third listener is called once, not once per state');
    t.equal(third[0]![1], last, 'with the newest state');
    t.equal(third[0]![2], INITIAL_STATE, 'and the state it saw before, so it sees the focus change');
    const first = seen.filter(([name]) => name === 'first');
    t.same(
      first.map(([, s, p]) => [s.focus, s.asOf, p.asOf]),
      [
        ['israel', null, null],
        ['israel', '2016', null],
      ],
      'the first saw both, in order',
    );
  },
);

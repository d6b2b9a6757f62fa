// The as-of slider: a year from the earliest to the latest date in the data, or "all dates" at the right end.
import type { DisplayGraph } from '../render/display-graph.js';
import type { Store } from '../state/store.js';
import { setAsOf, setFilters } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import { h } from './dom.js';

/** The first and last year any relation or actor date names; undefined when the data has no dates. */
export function yearRange(graph: DisplayGraph): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  const see = (date: string | undefined) => {
    if (!date) return;
    const year = Number(date.slice(0, 4));
    if (year < first) first = year;
    if (year > last) last = year;
  };
  graph.forEachEdge((_edge, relation) => {
    see(relation.dates?.start);
    see(relation.dates?.end);
    see(relation.dates?.point);
  });
  return Number.isFinite(first) ? { first, last } : undefined;
}

/** Time between two years while playing: long enough to see what changed. */
export const PLAY_STEP_MS = 900;

/** Play / pause: steps the as-of year from the first (or the one shown) to "all dates", one year per PLAY_STEP_MS. */
function playButton(
  store: Store,
  first: number,
  all: number,
): { element: HTMLButtonElement; sync(state: ExplorerState): void } {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'play',
      'aria-pressed': 'false',
      'aria-label': 'Play the years',
      title: 'Play the years one by one',
    },
    '▶',
  );
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-label', 'Play the years');
    button.textContent = '▶';
  };
  const step = () => {
    const current = store.get().asOf;
    const next = current === null ? first : Number(current) + 1;
    if (next >= all) {
      store.dispatch((s) => setAsOf(s, null));
      stop();
    } else store.dispatch((s) => setAsOf(s, String(next)));
  };
  button.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    button.setAttribute('aria-pressed', 'true');
    button.setAttribute('aria-label', 'Pause');
    button.textContent = '❚❚';
    step();
    timer = setInterval(step, PLAY_STEP_MS);
  });
  return { element: button, sync: () => {} };
}

/** Builds the slider into `root`; returns a function that brings it in line with a state. */
export function mountTimeSlider(root: HTMLElement, store: Store, graph: DisplayGraph): (state: ExplorerState) => void {
  const range = yearRange(graph);
  if (!range) {
    root.replaceChildren();
    return () => {};
  }
  const all = range.last + 1; // the right end stands for "every date"
  const input = h('input', {
    id: 'as-of',
    type: 'range',
    min: range.first,
    max: all,
    step: 1,
    value: all,
    'aria-describedby': 'as-of-value',
  });
  const output = h('output', { id: 'as-of-value', for: 'as-of' }, 'all dates');
  input.addEventListener('input', () => {
    const year = Number(input.value);
    store.dispatch((s) => setAsOf(s, year >= all ? null : String(year)));
  });
  const dated = h('input', {
    id: 'dated-only',
    type: 'checkbox',
    onchange: () => store.dispatch((s) => setFilters(s, { datedOnly: dated.checked })),
  });
  const datedRow = h(
    'span',
    { class: 'check inline', title: 'Undated ties otherwise count from the day both their actors exist' },
    dated,
    h('label', { for: 'dated-only' }, 'dated ties only'),
  );
  const play = playButton(store, range.first, all);
  root.replaceChildren(
    h('label', { for: 'as-of', class: 'field-label' }, 'As of'),
    play.element,
    input,
    output,
    datedRow,
  );
  return (state) => {
    play.sync(state);
    input.value = String(state.asOf ? Number(state.asOf) : all);
    output.textContent = state.asOf ?? 'all dates';
    input.setAttribute('aria-valuetext', state.asOf ? `as of ${state.asOf}` : 'all dates');
    dated.checked = state.filters.datedOnly;
    dated.disabled = !state.asOf;
  };
}

// The side panel: hosts the actor, tie, path and compare panels (one at a time) or, when none is open, a short guide with examples.
import type { AppContext } from '../app/context.js';
import { closePanel, focusActor, openPanel, openTie, setAsOf, setCompare } from '../state/transitions.js';
import type { ExplorerState, PanelId, Remote } from '../state/types.js';
import { actorPanel, type PanelMemory } from './actor-panel.js';
import { comparePanel } from './compare-panel.js';
import { editingGuide } from '../editing/editing-guide.js';
import { h } from './dom.js';
import type { PanelView } from './panel-view.js';
import { pathPanel } from './path-panel.js';
import { installCopyQuote } from './copy-quote.js';
import { annotateFigures } from './figure-notes.js';
import { numbersHelp } from './numbers-help.js';
import { canvasHelp } from './touch-wording.js';
import { trySuggestions } from './try-suggestions.js';
import { installReadInSource } from '../reader/reader-link.js';
import { readerPanel } from '../reader/reader-panel.js';
import { panelFocus } from './panel-focus.js';
import { tieCardView } from './tie-card.js';

/** Mounts the side panel into `root`; returns the function that follows the state. */
export function mountSidePanel(
  root: HTMLElement,
  context: AppContext,
  presentKinds: ReadonlySet<string>,
): (state: ExplorerState, previous: ExplorerState | null) => void {
  const { store } = context;
  let path: PanelView | null = null;
  let compare: PanelView | null = null;
  let reader: PanelView | null = null;
  const body = h('div', { class: 'panel-body' });
  const numbersLink = h(
    'p',
    { class: 'numbers-link' },
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => store.dispatch((s) => openPanel(s, 'about')) },
      'How these numbers are made',
    ),
  );
  const close = h(
    'button',
    {
      type: 'button',
      class: 'close',
      'aria-label': 'Close panel',
      title: 'Close (Esc)',
      onclick: () => store.dispatch(closePanel),
    },
    '×',
  );
  root.replaceChildren(close, body, numbersLink);
  installReadInSource(root, store);
  installCopyQuote(root);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !store.get().panel || document.querySelector('dialog[open]')) return;
    if (event.target instanceof HTMLInputElement && event.target.getAttribute('aria-expanded') === 'true') return; // Esc closes the suggestions first
    store.dispatch(closePanel);
  });
  const focus = panelFocus(root, body);
  let memory: PanelMemory = { kind: null };

  return (state, previous) => {
    focus.before(state, previous);
    render(state, previous);
    numbersLink.hidden = !state.panel || state.panel === 'about' || state.panel === 'reader';
    annotateFigures(body);
    focus.after(state);
  };

  function render(state: ExplorerState, previous: ExplorerState | null): void {
    const panel = state.panel;
    close.hidden = panel === null;
    root.dataset.panel = panel ?? 'guide';
    if (panel === 'path') {
      path ??= pathPanel(context, presentKinds);
      if (previous?.panel !== 'path') body.replaceChildren(path.element);
      path.update(state);
    } else if (panel === 'compare') {
      compare ??= comparePanel(context);
      if (previous?.panel !== 'compare') body.replaceChildren(compare.element);
      compare.update(state);
    } else if (panel === 'reader') {
      reader ??= readerPanel(context);
      if (previous?.panel !== 'reader') body.replaceChildren(reader.element);
      reader.update(state);
    } else if (panel === 'actor') {
      if (
        previous?.panel !== 'actor' ||
        previous.results.actor !== state.results.actor ||
        previous.filters !== state.filters
      ) {
        if (previous?.focus !== state.focus) memory = { kind: null };
        const scroll = root.scrollTop;
        body.replaceChildren(
          remoteView(
            state.results.actor,
            (data) => actorPanel(context, data.summary, data.relations, state, memory),
            'Loading the actor…',
          ),
        );
        if (previous?.panel === 'actor' && previous.focus === state.focus) root.scrollTop = scroll; // a filter change keeps the reader's place
      }
    } else if (panel === 'tie') {
      if (previous?.panel !== 'tie' || previous.results.tie !== state.results.tie) {
        body.replaceChildren(
          remoteView(
            state.results.tie,
            (card) => h('div', { class: 'tie-panel' }, h('h2', {}, 'Tie card'), tieCardView(card, context.sources)),
            'Loading the tie card…',
          ),
        );
        if (state.results.tie.status === 'ok' && state.tieRelation) startAt(body, state.tieRelation);
      }
    } else if (panel === 'about') {
      if (previous?.panel !== 'about') body.replaceChildren(numbersHelp());
    } else if (previous === null || previous.panel !== panel) {
      body.replaceChildren(guide(context, panel));
    }
  }
}

/** Opens the tie card at one relation (the edge clicked): unfolded, marked, scrolled to, and where the keyboard lands. */
function startAt(body: HTMLElement, relation: string): void {
  const card = body.querySelector<HTMLElement>(`.relation[data-relation="${CSS.escape(relation)}"]`);
  if (!card) return;
  const details = card.closest('details');
  if (details) details.open = true;
  card.classList.add('start-here');
  card.dataset.startHere = '';
  card.tabIndex = -1;
  requestAnimationFrame(() => card.scrollIntoView({ block: 'start' }));
}

function remoteView<T>(remote: Remote<T>, render: (data: T) => HTMLElement, loading: string): HTMLElement {
  if (remote.status === 'ok') return render(remote.data);
  if (remote.status === 'error') return h('p', { class: 'error', role: 'alert' }, remote.message);
  return h('p', { class: 'loading' }, loading);
}

/** What a first-time visitor sees: what the picture says, and one-click examples. */
function guide(context: AppContext, _panel: PanelId | null): HTMLElement {
  const { store } = context;
  const example = (label: string, action: () => void) =>
    h('li', {}, h('button', { type: 'button', class: 'link', onclick: action }, label));
  const tips = trySuggestions(context.graph, context.renderer.view());
  return h(
    'div',
    { class: 'guide' },
    h('h2', {}, context.graph.getAttribute('title') || 'The actor graph'),
    h(
      'p',
      {},
      'Each dot is an actor (state, firm, body…), each line a relation the source states, blue when cooperative, vermillion when hostile. Thick bundles are pairs bound by many ties.',
    ),
    h('p', { class: 'canvas-help' }, canvasHelp()),
    h('h3', {}, 'Try'),
    h(
      'ul',
      { class: 'examples' },
      // Computed from what is drawn, so every suggestion leads somewhere on any dataset.
      tips.busiest
        ? example(
            `${tips.busiest.name} and its partners (${tips.busiest.ties} tie${tips.busiest.ties === 1 ? '' : 's'})`,
            () => store.dispatch((s) => focusActor(s, tips.busiest!.id)),
          )
        : null,
      tips.strongestPair
        ? example(`The strongest tie: ${tips.strongestPair.label}`, () =>
            store.dispatch((s) => openTie(s, tips.strongestPair!.a, tips.strongestPair!.b)),
          )
        : null,
      tips.compare
        ? example(`Compare ${tips.compare.label}`, () =>
            store.dispatch((s) => setCompare(s, { pairs: tips.compare!.pairs })),
          )
        : null,
      tips.year ? example(`The picture as of ${tips.year}`, () => store.dispatch((s) => setAsOf(s, tips.year))) : null,
      example('Find a path between any two actors', () => store.dispatch((s) => openPanel(s, 'path'))),
    ),
    editingGuide(),
  );
}

// The reader panel: a source beside the graph, every quoted passage tinted by its ties; hover lists them, click focuses them on the graph.
import type { SourceCoverage, SourceText } from '../../graph/sources/results.js';
import type { AppContext } from '../app/context.js';
import type { ExplorerState } from '../state/types.js';
import { describeError } from '../api/http.js';
import { h, uid } from '../panels/dom.js';
import { citation, percent } from '../panels/format.js';
import type { PanelView } from '../panels/panel-view.js';
import { fetchCoverage, fetchMentions, fetchSourceText, forgetSource } from './reader-api.js';
import { mountSelectionTools } from './selection-tools.js';
import { mountCandidates } from './candidates-view.js';
import { onWrite, touchesSource } from '../editing/write-events.js';
import { mentionCard } from './reader-mentions.js';
import type { Mention } from '../../graph/sources/mentions.js';
import { renderDocument, spansOfMark } from './reader-document.js';
import { innermost } from './reader-segments.js';
import { focusPassage, formatRange, supportsOf, type ReaderState } from '../state/reader-state.js';
import { placeTooltip, showTooltip } from './reader-tooltip.js';

/** Builds the reader panel; it loads each source's text (and, on demand, its coverage) once. */
export function readerPanel(context: AppContext): PanelView {
  const { store } = context;
  const title = h('h2', { id: uid('reader-title') }, 'Source');
  const meta = h('p', { class: 'muted small reader-meta' });
  const coverageId = uid('coverage');
  const coverageBox = h('input', { id: coverageId, type: 'checkbox', name: 'coverage' });
  const figure = h('span', { class: 'coverage-figure', 'aria-live': 'polite' });
  const tools = h(
    'div',
    { class: 'reader-tools' },
    h('span', { class: 'check inline' }, coverageBox, h('label', { for: coverageId }, 'Mark uncited sentences')),
    figure,
  );
  const doc = h('div', { class: 'reader-document', lang: 'en', 'aria-labelledby': title.id });
  const tooltip = h('div', { class: 'reader-tooltip', role: 'tooltip', hidden: true, id: uid('reader-tooltip') });
  const selection = mountSelectionTools(doc, () =>
    text && text.id === requested ? { id: text.id, text: text.data.text, mentions: mentions?.list ?? [] } : null,
  );
  const candidates = mountCandidates();
  const element = h(
    'div',
    { class: 'reader-panel' },
    title,
    meta,
    h('div', { class: 'reader-sticky' }, tools, selection, readerLegend()),
    candidates.element,
    doc,
    tooltip,
  );

  let text: { id: string; data: SourceText } | null = null;
  let mentions: { id: string; list: Mention[] } | null = null;
  let coverage: SourceCoverage | null = null;
  let requested = '';
  let shown = '';

  const load = (id: string) => {
    requested = id;
    text = null;
    mentions = null;
    coverage = null;
    shown = '';
    coverageBox.checked = false;
    figure.textContent = '';
    doc.replaceChildren(h('p', { class: 'loading' }, 'Loading the source…'));
    loadMentions(id);
    candidates.show(id);
    fetchSourceText(id).then(
      (data) => {
        if (requested !== id) return;
        text = { id, data };
        update(store.get());
      },
      (error: unknown) => {
        if (requested === id)
          doc.replaceChildren(
            h('p', { class: 'error', role: 'alert' }, `Could not load source "${id}": ${describeError(error)}`),
          );
      },
    );
  };

  // Mentions come apart from the text (found on the server); the document is drawn again with them when they arrive.
  const loadMentions = (id: string) => {
    fetchMentions(id).then(
      (answer) => {
        if (requested !== id) return;
        mentions = { id, list: answer.mentions };
        update(store.get());
      },
      () => undefined, // without mentions the reader still reads; nothing to tell the user beyond their absence
    );
  };

  // Scroll to the marked passage when it was opened from outside (a link, the URL): such a reader has no focus yet.
  // A click inside the document already focuses, so the text the analyst is reading does not jump.
  let scrolledFor: ReaderState | null = null;
  const scrollToMark = (reader: ReaderState) => {
    if (!reader.span || reader === scrolledFor || reader.relations.length > 0 || reader.actors.length > 0) return;
    scrolledFor = reader;
    doc.querySelector('.marked')?.scrollIntoView({ block: 'center' });
  };

  const update = (state: ExplorerState) => {
    const reader = state.reader;
    if (!reader) return;
    if (reader.source !== requested) load(reader.source);
    if (!text || text.id !== reader.source) return;
    const { data } = text;
    if (needsFocus(reader, data)) {
      // A passage opened from a link or the URL: focus what rests on it once the spans are known (after this notification).
      const span = reader.span!;
      const { relations, actors } = supportsOf(data.spans, span);
      queueMicrotask(() => store.dispatch((s) => focusPassage(s, span, relations, actors)));
    }
    const marks = mentions?.id === reader.source ? mentions.list : [];
    const key = `${reader.source}|${reader.span ? formatRange(reader.span) : ''}|${coverageBox.checked && coverage ? 'coverage' : ''}|${marks.length}`;
    if (key === shown) return scrollToMark(reader);
    shown = key;
    title.textContent = data.source.title;
    meta.textContent = `${citation(data.source.id, context.sources)} · ${data.spans.length} quoted passage${data.spans.length === 1 ? '' : 's'}`;
    const online = safeUrl(data.source.url);
    if (online) meta.append(' · ', h('a', { href: online, rel: 'noopener noreferrer', target: '_blank' }, 'original'));
    doc.replaceChildren(
      renderDocument(data, reader.span, coverageBox.checked && coverage ? coverage.uncited : [], marks),
    );
    scrollToMark(reader);
  };

  coverageBox.addEventListener('change', () => {
    const id = requested;
    if (!coverageBox.checked) return update(store.get());
    if (coverage) return update(store.get());
    figure.textContent = 'Counting sentences…';
    fetchCoverage(id).then(
      (answer) => {
        if (requested !== id) return;
        coverage = answer;
        figure.textContent = `${answer.cited} of ${answer.sentences} sentences cited (${percent(answer.share)}); ${answer.uncited.length} unmodelled`;
        update(store.get());
      },
      (error: unknown) => (figure.textContent = `Coverage unavailable: ${describeError(error)}`),
    );
  });

  const markAt = (target: EventTarget | null) =>
    target instanceof Element ? target.closest('mark[data-spans]') : null;
  const activate = (mark: Element) => {
    if (!text) return;
    const spans = text.data.spans;
    const inner = innermost(spansOfMark(mark, spans));
    if (!inner) return;
    const current = store.get().reader?.span;
    const range =
      current && current[0] === inner.start && current[1] === inner.end ? null : ([inner.start, inner.end] as const);
    const supports = range ? supportsOf(spans, range) : { relations: [], actors: [] };
    store.dispatch((s) => focusPassage(s, range, supports.relations, supports.actors));
  };
  doc.addEventListener('click', (event) => {
    const mark = markAt(event.target);
    if (mark) activate(mark);
  });
  doc.addEventListener('keydown', (event) => {
    const mark = markAt(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activate(mark);
    }
  });
  const kindOf = (id: string) => (context.graph.hasNode(id) ? context.graph.getNodeAttribute(id, 'kind') : undefined);
  const hover = (event: Event) => {
    const mark = markAt(event.target);
    const mention = event.target instanceof Element ? event.target.closest('.mention[data-mention]') : null;
    const found = mention && mentions ? mentions.list[Number(mention.getAttribute('data-mention'))] : undefined;
    if (mark && text) showTooltip(tooltip, mark, spansOfMark(mark, text.data.spans));
    else if (mention && found) {
      placeTooltip(tooltip, mention, mentionCard(found, kindOf));
      mention.setAttribute('aria-describedby', tooltip.id);
    } else tooltip.hidden = true;
  };
  doc.addEventListener('mouseover', hover);
  doc.addEventListener('focusin', hover);
  doc.addEventListener('mouseleave', () => (tooltip.hidden = true));
  doc.addEventListener('focusout', () => (tooltip.hidden = true));
  // The card is placed in the viewport: any scroll would leave it pointing at the wrong line.
  document.addEventListener('scroll', () => (tooltip.hidden = true), { capture: true, passive: true });

  // A write that changes what rests on the open source (a relation citing it, a new actor's mentions): read it again.
  onWrite((event) => {
    if (!requested || !touchesSource(event, requested)) return;
    forgetSource(requested);
    requested = '';
    if (element.isConnected) update(store.get());
  });

  return { element, update };
}

/** The address if it is http(s) (the schema allows no other; checked again so no `javascript:` link is ever made). */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** True when the marked passage's ties are not yet focused (it was opened from a link or the URL). */
function needsFocus(reader: ReaderState, data: SourceText): boolean {
  if (!reader.span || reader.relations.length > 0 || reader.actors.length > 0) return false;
  const { relations, actors } = supportsOf(data.spans, reader.span);
  return relations.length > 0 || actors.length > 0;
}

/** What the tints mean: the graph's valence colours, stripes for mixed passages, grey for an actor's own evidence. */
function readerLegend(): HTMLElement {
  const tones = ['cooperative', 'hostile', 'mixed', 'neutral', 'several', 'actor'] as const;
  const labels: Record<(typeof tones)[number], string> = {
    cooperative: 'cooperative',
    hostile: 'hostile',
    mixed: 'mixed',
    neutral: 'neutral',
    several: 'ties of several valences',
    actor: 'about an actor',
  };
  return h(
    'ul',
    { class: 'reader-legend', 'aria-label': 'Highlight colours' },
    tones.map((tone) =>
      h('li', {}, h('mark', { class: `quote tone-${tone} legend-mark`, 'aria-hidden': 'true' }, ' '), labels[tone]),
    ),
  );
}

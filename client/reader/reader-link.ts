// "Read in source": a button beside each evidence quote that opens the reader at that passage, with one delegated click handler.
import type { Evidence } from '../../graph/model/schema.js';
import type { Store } from '../state/store.js';
import { fetchSourceText } from './reader-api.js';
import { h } from '../panels/dom.js';
import { openReader, type TextRange } from '../state/reader-state.js';

/** The button for one piece of evidence; it only carries data, so cards stay free of the store. */
export function readInSourceButton(evidence: Evidence): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link read-in-source',
      'data-read-source': evidence.source,
      'data-read-start': evidence.start,
      'data-read-quote': evidence.quote,
      title: 'Open the source beside the graph, at this passage',
    },
    'Read in source',
  );
}

/** Where a quote sits: its offset if the evidence gives one, else its first quoted span (or first occurrence) in the text. */
export async function locateQuote(source: string, quote: string, start: number | undefined): Promise<TextRange | null> {
  if (start !== undefined) return [start, start + quote.length];
  const { text, spans } = await fetchSourceText(source);
  const span = spans.find((candidate) => candidate.quote === quote);
  if (span) return [span.start, span.end];
  const at = text.indexOf(quote);
  return at === -1 ? null : [at, at + quote.length];
}

/** Handles clicks on every "Read in source" button inside `root`, now and later. */
export function installReadInSource(root: HTMLElement, store: Store): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-read-source]');
    if (!button) return;
    const source = button.dataset.readSource!;
    const quote = button.dataset.readQuote ?? '';
    const start = button.dataset.readStart === undefined ? undefined : Number(button.dataset.readStart);
    const open = (range: TextRange | null) => store.dispatch((s) => openReader(s, source, range));
    if (start !== undefined && Number.isInteger(start)) open([start, start + quote.length]);
    else void locateQuote(source, quote, undefined).then(open, () => open(null));
  });
}

// "Copy as stored": copies a quote exactly as the dataset stores it (markup and escapes included), beside the quote shown as the source reads.
import type { Evidence } from '../../graph/model/schema.js';
import { h } from './dom.js';

/** The button for one piece of evidence; it carries the stored quote, one delegated handler copies it. */
export function copyQuoteButton(evidence: Evidence): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link copy-quote',
      'data-copy-quote': evidence.quote,
      title: 'Copy the quote exactly as the dataset stores it (its offsets point at this text)',
    },
    'Copy as stored',
  );
}

/** Handles every "Copy as stored" button inside `root`; the button says whether the copy worked. */
export function installCopyQuote(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-quote]');
    if (!button) return;
    const say = (text: string) => {
      button.textContent = text;
      setTimeout(() => (button.textContent = 'Copy as stored'), 1500);
    };
    navigator.clipboard.writeText(button.dataset.copyQuote ?? '').then(
      () => say('Copied'),
      () => say('Copy failed'),
    );
  });
}

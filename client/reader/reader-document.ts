// The reader's document: the source text with each quoted run in a <mark> tinted by its ties' valence, the marked passage and uncited sentences.
import type { QuoteSpan, Sentence, SourceText } from '../../graph/sources/results.js';
import { STRUCTURAL_COLOR, VALENCE_COLORS } from '../render/palette.js';
import { h } from '../panels/dom.js';
import { innermost, segmentText, segmentTone, type Tone } from './reader-segments.js';
import { formatRange, type TextRange } from '../state/reader-state.js';
import { markupRanges, readableSlice } from '../panels/source-markup.js';
import type { Mention } from '../../graph/sources/mentions.js';
import { mentionNodes, splitByMentions } from './reader-mentions.js';

/** Colour of each tone: the graph's valence palette, so a passage and its edge look alike. */
const TONE_COLORS: Readonly<Record<Exclude<Tone, 'several'>, string>> = {
  ...VALENCE_COLORS,
  structural: STRUCTURAL_COLOR,
  actor: '#7A7A8C',
};

/** The spans covering a mark, read back from its `data-spans` indices. */
export function spansOfMark(mark: Element, spans: readonly QuoteSpan[]): QuoteSpan[] {
  return (mark.getAttribute('data-spans') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((i) => spans[Number(i)])
    .filter((span): span is QuoteSpan => span !== undefined);
}

/** Renders the text (from its first visible character) with its quoted runs, the marked range, the uncited sentences and the actors' mentions, if given. */
export function renderDocument(
  data: SourceText,
  marked: TextRange | null,
  uncited: readonly Sentence[],
  mentions: readonly Mention[] = [],
): DocumentFragment {
  const { text, spans } = data;
  const from = text.length - text.trimStart().length;
  const fragment = document.createDocumentFragment();
  // Markup is dropped segment by segment, so every span keeps its offsets into the stored text.
  const markup = markupRanges(text);
  for (const segment of segmentText(text.length, spans, marked, uncited, from)) {
    const content = readableSlice(text, segment.start, segment.end, markup);
    if (!content) continue;
    const pieces = (focusable: boolean) =>
      mentionNodes(
        splitByMentions(segment.start, segment.end, mentions),
        mentions,
        (start, end) => readableSlice(text, start, end, markup),
        focusable,
      );
    if (segment.spans.length > 0) {
      const covering = segment.spans.map((i) => spans[i]!);
      const inner = innermost(covering)!;
      const tone = segmentTone(covering);
      const mark = h(
        'mark',
        {
          class: `quote tone-${tone}${segment.marked ? ' marked' : ''}`,
          'data-spans': segment.spans.join(' '),
          'data-range': formatRange([inner.start, inner.end]),
          'data-depth': Math.min(covering.length, 3),
          tabindex: 0,
          role: 'button',
          // The name starts with the visible words (WCAG 2.5.3 label in name), then says what the run supports.
          'aria-label': `${content} (quoted passage supporting ${describe(covering)})`,
        },
        pieces(false),
      );
      paint(mark, tone, covering);
      fragment.append(mark);
    } else if (segment.uncited || segment.marked) {
      fragment.append(
        h(
          'span',
          { class: `${segment.uncited ? 'uncited' : ''}${segment.marked ? ' marked' : ''}`.trim() },
          pieces(true),
        ),
      );
    } else {
      fragment.append(...pieces(true));
    }
  }
  return fragment;
}

/** Sets the run's tint through the CSSOM (allowed under a strict CSP); ties of several valences get stripes of each. */
function paint(mark: HTMLElement, tone: Tone, covering: readonly QuoteSpan[]): void {
  if (tone !== 'several') {
    mark.style.setProperty('--tint', TONE_COLORS[tone]);
    return;
  }
  const colors = [
    ...new Set(covering.flatMap((span) => span.relations.map((relation) => VALENCE_COLORS[relation.valence]))),
  ];
  mark.style.setProperty('--tint', colors[0]!);
  const stripes = colors.map((color, i) => `${color}38 ${i * 6}px ${(i + 1) * 6}px`).join(', ');
  mark.style.backgroundImage = `repeating-linear-gradient(135deg, ${stripes})`;
}

function describe(spans: readonly QuoteSpan[]): string {
  const relations = new Set(spans.flatMap((span) => span.relations.map((relation) => relation.id)));
  const actors = new Set(spans.flatMap((span) => span.actors.map((actor) => actor.id)));
  const parts = [
    relations.size ? `${relations.size} tie${relations.size === 1 ? '' : 's'}` : '',
    actors.size ? `${actors.size} actor${actors.size === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' and ');
}

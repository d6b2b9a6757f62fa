// The reader's state and its named actions: which source is open, the marked passage, and the ties it focuses (pure, no DOM).
import type { QuoteSpan } from '../../graph/sources/results.js';
import type { DisplayGraph } from '../render/display-graph.js';
import type { Highlight } from '../render/highlight.js';
import type { ExplorerState } from './types.js';

/** A character range [start, end) of a source text. */
export type TextRange = readonly [number, number];

/** The open source, the passage marked in it (null: none), and the relations and actors that passage is evidence for. */
export interface ReaderState {
  source: string;
  span: TextRange | null;
  relations: readonly string[];
  actors: readonly string[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "120-245" → [120, 245]; null for anything else (end must follow start). */
export function parseRange(text: string | null): TextRange | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(text ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? [start, end] : null;
}

/** [120, 245] → "120-245". */
export function formatRange(range: TextRange): string {
  return `${range[0]}-${range[1]}`;
}

/** The reader a query string asks for (`source`, `span`), with a note for each part not understood. */
export function readerFromQuery(q: URLSearchParams, problems: string[]): ReaderState | null {
  const source = q.get('source');
  const spanText = q.get('span');
  if (!source) {
    if (spanText) problems.push('span: needs a source');
    return null;
  }
  if (!ID.test(source)) {
    problems.push(`source: "${source}" is not a source id`);
    return null;
  }
  const span = parseRange(spanText);
  if (spanText && !span) problems.push(`span: "${spanText}" is not a range start-end`);
  return { source, span, relations: [], actors: [] };
}

/** Writes the reader's `source` and `span` into a query string. */
export function readerToQuery(q: URLSearchParams, reader: ReaderState | null): void {
  if (!reader) return;
  q.set('source', reader.source);
  if (reader.span) q.set('span', formatRange(reader.span));
}

/** Opens the reader on a source, marking `span` (the ties it focuses are filled in once the text has loaded). */
export function openReader(state: ExplorerState, source: string, span: TextRange | null = null): ExplorerState {
  if (!ID.test(source)) return state;
  return { ...state, panel: 'reader', hovered: null, reader: { source, span, relations: [], actors: [] } };
}

/** Marks a passage of the open source and focuses the relations and actors resting on it. */
export function focusPassage(
  state: ExplorerState,
  span: TextRange | null,
  relations: readonly string[],
  actors: readonly string[],
): ExplorerState {
  const reader = state.reader;
  if (!reader) return state;
  if (sameRange(reader.span, span) && sameList(reader.relations, relations) && sameList(reader.actors, actors))
    return state;
  return { ...state, reader: { ...reader, span, relations: [...relations], actors: [...actors] } };
}

/** The relations and actors of every span that contains `range` (so a passage inside a longer quote focuses both). */
export function supportsOf(spans: readonly QuoteSpan[], range: TextRange): { relations: string[]; actors: string[] } {
  const relations = new Set<string>();
  const actors = new Set<string>();
  for (const span of spans) {
    if (span.start > range[0]) break; // spans come in document order
    if (span.end < range[1]) continue;
    for (const relation of span.relations) relations.add(relation.id);
    for (const actor of span.actors) actors.add(actor.id);
  }
  return { relations: [...relations], actors: [...actors] };
}

/** What the graph highlights while the reader focuses a passage: its ties, their ends and its actors; null when nothing. */
export function readerHighlight(graph: DisplayGraph, state: ExplorerState): Highlight | null {
  const reader = state.reader;
  if (!reader || (reader.relations.length === 0 && reader.actors.length === 0)) return null;
  const edges = new Set(reader.relations.filter((id) => graph.hasEdge(id)));
  const nodes = new Set(reader.actors.filter((id) => graph.hasNode(id)));
  for (const edge of edges) for (const end of graph.extremities(edge)) nodes.add(end);
  // Forced: a passage may rest on a structural tie the default filters hide; the reader shows it anyway.
  return { nodes, edges, primary: null, forced: edges };
}

function sameRange(a: TextRange | null, b: TextRange | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

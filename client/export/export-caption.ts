// What an exported picture says about itself: title, as-of date, active filters and source line, as lines and as one caption.
import { RELATION_KINDS, VALENCES } from '../../graph/model/vocabulary.js';
import type { Source } from '../../graph/model/schema.js';
import type { ExplorerState } from '../state/types.js';

/** The caption of an export: drawn on the picture and written into its metadata. */
export interface ExportCaption {
  title: string;
  when: string;
  filters: string;
  source: string;
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** The caption for the view on screen; `sources` are the dataset's sources. */
export function exportCaption(
  state: Pick<ExplorerState, 'asOf' | 'filters'>,
  title: string,
  sources: readonly Source[],
): ExportCaption {
  const { filters } = state;
  const parts: string[] = [];
  if (filters.valences.length < VALENCES.length) parts.push(`valences: ${filters.valences.join(', ') || 'none'}`);
  if (filters.hiddenKinds.length)
    parts.push(`hidden kinds: ${filters.hiddenKinds.map((kind) => RELATION_KINDS[kind]?.label ?? kind).join(', ')}`);
  if (filters.minStrength > 0) parts.push(`strength ≥ ${pct(filters.minStrength)}`);
  if (filters.minConfidence > 0) parts.push(`confidence ≥ ${pct(filters.minConfidence)}`);
  parts.push(filters.showStructural ? 'structural ties shown' : 'structural ties hidden');
  const when = state.asOf
    ? `As of ${state.asOf}${filters.datedOnly ? ' (dated ties only)' : ' (faded lines: undated ties)'}`
    : 'All dates';
  const cited = sources.map((s) =>
    [s.author, `“${s.title}”`, s.publisher, s.published].filter((p) => p && p.trim()).join(', '),
  );
  return {
    title,
    when,
    filters: `Filters: ${parts.join('; ')}`,
    source: `Source: ${cited.join(' · ') || 'the dataset'}`,
  };
}

/** The caption as one text (the PNG's Description, the SVG's <desc>). */
export function captionText(caption: ExportCaption): string {
  return `${caption.title}. ${caption.when}. ${caption.filters}. ${caption.source}. Made with Actor Graph Explorer.`;
}

// CSV node, edge and source lists of a dataset, written in batches so a large export never builds one huge string.
import Papa from 'papaparse';
import type { Dataset } from '../../model/schema.js';
import { EDGE_FIELD_NAMES, NODE_FIELD_NAMES, SOURCE_FIELD_NAMES, type FlatRecord } from '../fields.js';
import { flattenActor, flattenRelation } from '../flatten.js';

/** The parts a dataset's CSV export has: one file each. */
export const CSV_PARTS = ['nodes', 'edges', 'sources'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

const BATCH = 5_000;

/** One CSV part of the dataset as text chunks: the header, then batches of rows (RFC 4180 quoting, `\n` line ends). */
export function* csvChunks(dataset: Dataset, part: CsvPart): Generator<string> {
  const { fields, count, batch } = csvPart(dataset, part);
  yield `${Papa.unparse([fields], { newline: '\n' })}\n`;
  for (let at = 0; at < count; at += BATCH) {
    const rows = batch(at, at + BATCH).map((record) => fields.map((field) => cell(record[field])));
    yield `${Papa.unparse(rows, { newline: '\n' })}\n`;
  }
}

/** A part's columns and its records, flattened one batch at a time so a million relations are never all flat at once. */
function csvPart(
  dataset: Dataset,
  part: CsvPart,
): { fields: readonly string[]; count: number; batch: (from: number, to: number) => FlatRecord[] } {
  const lazy = <T>(fields: readonly string[], items: readonly T[], flatten: (item: T) => FlatRecord) => ({
    fields,
    count: items.length,
    batch: (from: number, to: number) => items.slice(from, to).map(flatten),
  });
  if (part === 'nodes') return lazy(NODE_FIELD_NAMES, dataset.actors, flattenActor);
  if (part === 'edges') return lazy(EDGE_FIELD_NAMES, dataset.relations, flattenRelation);
  return lazy(SOURCE_FIELD_NAMES, dataset.sources, (source) => ({ ...source }));
}

/** A cell's text: empty for an absent value. */
function cell(value: FlatRecord[string]): string {
  return value === undefined ? '' : String(value);
}

// Export entry point: a dataset in any supported format as text chunks, with its media type and file name.
import type { Dataset } from '../../model/schema.js';
import { QueryError } from '../../errors.js';
import { CSV_PARTS, csvChunks, type CsvPart } from '../csv/write-csv.js';
import { gexfChunks } from '../gexf/write-gexf.js';
import { graphologyChunks } from '../graphology/write-graphology.js';
import { graphmlChunks } from '../graphml/write-graphml.js';
import { canonicalChunks } from '../write-dataset-file.js';

/** Formats the exporter writes; `json` is the canonical dataset file. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'graphology'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export ready to stream: text chunks, media type, and a file name for Content-Disposition. */
export interface ExportOutput {
  chunks: Iterable<string>;
  contentType: string;
  fileName: string;
}

/** The dataset in `format` (CSV: one `part`, nodes, edges or sources). */
export function exportDataset(dataset: Dataset, format: ExportFormat, part: CsvPart = 'edges'): ExportOutput {
  if (format === 'csv' && !CSV_PARTS.includes(part))
    throw new QueryError('part', `unknown CSV part ${JSON.stringify(part)}; known: ${CSV_PARTS.join(', ')}`);
  switch (format) {
    case 'gexf':
      return {
        chunks: gexfChunks(dataset),
        contentType: 'application/gexf+xml; charset=utf-8',
        fileName: `${dataset.id}.gexf`,
      };
    case 'graphml':
      return {
        chunks: graphmlChunks(dataset),
        contentType: 'application/graphml+xml; charset=utf-8',
        fileName: `${dataset.id}.graphml`,
      };
    case 'csv':
      return {
        chunks: csvChunks(dataset, part),
        contentType: 'text/csv; charset=utf-8',
        fileName: `${dataset.id}-${part}.csv`,
      };
    case 'graphology':
      return {
        chunks: graphologyChunks(dataset),
        contentType: 'application/json; charset=utf-8',
        fileName: `${dataset.id}.graphology.json`,
      };
    case 'json':
      // Chunked: formatDataset's single string passes V8's length limit near a million relations.
      return {
        chunks: canonicalChunks(dataset),
        contentType: 'application/json; charset=utf-8',
        fileName: `${dataset.id}.json`,
      };
    default:
      // Callers outside TypeScript (a CLI argument, a future route) get a typed refusal, not `undefined`.
      throw new QueryError(
        'format',
        `unknown export format ${JSON.stringify(format)}; known: ${EXPORT_FORMATS.join(', ')}`,
      );
  }
}

/** An export as one string (tests, small datasets). */
export function exportText(dataset: Dataset, format: ExportFormat, part?: CsvPart): string {
  return [...exportDataset(dataset, format, part).chunks].join('');
}

// Streams a CSV file through papaparse row by row (bounded memory), tracking each row's line in the file.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import Papa from 'papaparse';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';

/** Progress of a large read: bytes read so far of the file's size, and rows seen. */
export type ProgressReporter = (file: string, bytesRead: number, totalBytes: number, rows: number) => void;

/** What to do with the header and with each data row; `origin` carries the row's first line (from 1). */
export interface CsvHandlers {
  header(columns: string[], origin: Origin): void;
  row(values: Record<string, string>, origin: Origin): void;
  progress?: ProgressReporter;
}

/** Rows between progress reports. */
const PROGRESS_EVERY = 50_000;

/**
 * Reads `file`, calling `header` once and `row` per data row (blank lines skipped). Rows are handed over as they
 * are parsed, never collected, so memory stays bounded by the chunk size. Throws ImportError listing bad quoting and
 * rows with the wrong number of fields, each with its line.
 */
export async function readCsv(file: string, handlers: CsvHandlers): Promise<void> {
  const totalBytes = await stat(file)
    .then((info) => info.size)
    .catch((error: Error) => {
      throw new ImportError([
        new ImportIssue({ file }, '', `cannot read the file: ${error.message}`, 'MALFORMED_FILE'),
      ]);
    });
  const stream = createReadStream(file, { encoding: 'utf8' });
  const issues: ImportIssue[] = [];
  let columns: string[] | undefined;
  let line = 1;
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    Papa.parse<string[]>(stream, {
      header: false,
      skipEmptyLines: false, // blank lines are counted here, so line numbers stay right
      step: (result) => {
        const cells = result.data;
        const origin: Origin = { file, line };
        line += 1 + countLineBreaks(cells, result.meta.linebreak);
        for (const error of result.errors) {
          if (error.type === 'Delimiter') continue; // a one-column file has no delimiter to detect: not an error
          // An unterminated quote swallows the rest of the file into the row's last cell: that cell's column is the culprit.
          const field = error.code === 'MissingQuotes' ? (columns?.[cells.length - 1] ?? `#${cells.length}`) : '';
          issues.push(new ImportIssue(origin, field, `bad CSV: ${error.message}`, 'MALFORMED_FILE'));
        }
        if (cells.length === 1 && cells[0] === '') return;
        if (columns === undefined) {
          columns = cells.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
          issues.push(...headerIssues(columns, origin));
          handlers.header(columns, origin);
          return;
        }
        if (cells.length !== columns.length) {
          issues.push(
            new ImportIssue(origin, '', `${cells.length} fields, but the header has ${columns.length}`, 'INVALID_ROW'),
          );
          return;
        }
        const values: Record<string, string> = {};
        for (let i = 0; i < cells.length; i++) values[columns[i]!] = cells[i]!;
        handlers.row(values, origin);
        rows += 1;
        if (handlers.progress && rows % PROGRESS_EVERY === 0)
          handlers.progress(file, stream.bytesRead, totalBytes, rows);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  }).catch((error: unknown) => {
    if (error instanceof ImportError) throw error;
    throw new ImportError([
      new ImportIssue({ file }, '', `cannot read the file: ${(error as Error).message}`, 'MALFORMED_FILE'),
    ]);
  });
  if (columns === undefined)
    issues.push(new ImportIssue({ file, line: 1 }, '', 'the file is empty: a header row is needed', 'MALFORMED_FILE'));
  handlers.progress?.(file, totalBytes, totalBytes, rows);
  if (issues.length > 0) throw new ImportError(issues);
}

/** Line breaks inside a row's quoted fields: each one moves the next row's line on by one. */
function countLineBreaks(cells: string[], linebreak: string): number {
  const mark = linebreak.includes('\n') ? '\n' : '\r';
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf(mark); at !== -1; at = cell.indexOf(mark, at + 1)) count++;
  }
  return count;
}

function headerIssues(columns: string[], origin: Origin): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '')
      issues.push(new ImportIssue(origin, `#${index + 1}`, `column ${index + 1} has no name`, 'MISSING_COLUMN'));
    else if (seen.has(column))
      issues.push(new ImportIssue(origin, column, 'the column is named twice in the header', 'MALFORMED_FILE'));
    seen.add(column);
  });
  return issues;
}

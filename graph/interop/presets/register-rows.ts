// A register file read whole as the source text, row by row with its line and character offset, so each row can be quoted.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { ImportError, ImportIssue } from '../import-issues.js';

/** One data row: its 1-based line, the offset of its first character in the text, the row as written, and its cells. */
export interface RegisterRow {
  line: number;
  start: number;
  raw: string;
  cells: string[];
}

/** A register file as text, with what a source record of it needs. */
export interface RegisterText {
  file: string;
  text: string;
  /** The file's modification day, as the source's `published` date (the day the user downloaded the register). */
  day: string;
  /** The text's path as the dataset will hold it, beside the dataset (`sources/<file name>.txt`). */
  path: string;
}

/** Reads a register file; a missing or unreadable file is refused like any import. */
export async function readRegister(file: string): Promise<RegisterText> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { file, text, day: info.mtime.toISOString().slice(0, 10), path: `sources/${basename(file)}.txt` };
  } catch (error) {
    throw new ImportError([
      new ImportIssue({ file }, '', `cannot read the file: ${(error as Error).message}`, 'MALFORMED_FILE'),
    ]);
  }
}

/**
 * The text's non-blank lines as rows, split on `delimiter` (tab-separated files split plainly; CSV lines through
 * papaparse, so quoted commas stay in their cell). One row per line: the registers these presets read write no line
 * breaks inside cells. The offset counts UTF-16 code units, as the loader's quote check does.
 */
export function* registerRows(text: string, delimiter: ',' | '\t'): Generator<RegisterRow> {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end).replace(/\r$/, '');
    if (raw.trim() !== '') {
      const cells =
        delimiter === '\t' ? raw.split('\t') : (Papa.parse<string[]>(raw, { delimiter: ',' }).data[0] ?? []);
      yield { line, start, raw, cells: cells.map((cell) => cell.trim()) };
    }
    start = end + 1;
    line++;
  }
}

/** The row as the evidence quote of its relation: the line verbatim, pinned at its offset. */
export function rowEvidence(
  sourceId: string,
  row: RegisterRow,
): Array<{ source: string; quote: string; start: number }> {
  return [{ source: sourceId, quote: row.raw, start: row.start }];
}

/** Cells by (lower-cased) header name: the first column of each name wins. */
export function byHeader(header: readonly string[], cells: readonly string[]): (name: string) => string {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return (name) => cells[index.get(name.toLowerCase()) ?? -1]?.trim() ?? '';
}

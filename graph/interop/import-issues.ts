// Why an import is refused: each issue located by file, line (CSV, XML) or element, and field; one error carries them all.
import { GraphError } from '../errors.js';
import type { ImportReport } from './import-report.js';

/** Where a record came from: its file, its line (from 1) where the format tells, else the element it is. */
export interface Origin {
  file: string;
  line?: number;
  /** `node "israel"`, `edge "e12"`, `relations[3]`: named where there is no line. */
  element?: string;
}

/** Stable codes of import refusals; issues found by the dataset checks keep the loader's codes (UNKNOWN_KIND, OUT_OF_RANGE...). */
export type ImportIssueCode =
  'MALFORMED_FILE' | 'MISSING_COLUMN' | 'INVALID_ROW' | 'INVALID_VALUE' | 'BAD_MAPPING' | 'DUPLICATE_ELEMENT' | string;

/** One thing wrong with an input file: where, which field (the column or attribute as named in the file), and why. */
export class ImportIssue {
  constructor(
    readonly origin: Origin,
    /** The column, attribute or option as the input names it; '' for the whole file. */
    readonly field: string,
    readonly reason: string,
    readonly code: ImportIssueCode = 'INVALID_VALUE',
  ) {}

  get file(): string {
    return this.origin.file;
  }

  get line(): number | undefined {
    return this.origin.line;
  }

  /** `file:line element field "x": reason`, the file:line form terminals and editors link to. */
  toString(): string {
    const where = this.origin.line === undefined ? this.origin.file : `${this.origin.file}:${this.origin.line}`;
    const detail = [this.origin.element, this.field ? `field "${this.field}"` : undefined].filter(Boolean).join(' ');
    return `${where}${detail ? ` ${detail}` : ''}: ${this.reason}`;
  }
}

/** Most issues listed in an error message; the `issues` array holds all of them. */
const LISTED = 50;

/** An import refused with every issue found; nothing was written. */
export class ImportError extends GraphError {
  readonly code = 'INVALID_IMPORT';
  /** What the import had done when it was refused (set by `importDataset`), for the report of a refused run. */
  report?: ImportReport;
  constructor(readonly issues: ImportIssue[]) {
    const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    const more = issues.length > LISTED ? `\n  ... and ${issues.length - LISTED} more` : '';
    super(
      `import refused, ${count}; nothing was written:\n${issues
        .slice(0, LISTED)
        .map((issue) => `  ${issue.toString()}`)
        .join('\n')}${more}`,
    );
  }
}

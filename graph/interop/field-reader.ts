// Reads one side's fields from input records: resolves each field to its column once, then yields values or defaults.
import type { SideMapping } from './mapping.js';
import { columnFor } from './mapping.js';
import { isMissing } from './cells.js';
import { ImportIssue, type Origin } from './import-issues.js';

/** Columns that are bookkeeping of a format rather than data (graphology's and Cytoscape's internal keys). */
const IGNORED = new Set(['SUID', 'shared_name', 'selected']);

/** The fields of one side (nodes or edges) as read from one input whose columns are known. */
export class FieldReader {
  readonly #columns = new Map<string, string>();
  readonly #prefix: string;
  /** Input columns no field reads: kept on each record as `attributes`, so nothing the file says is lost. */
  readonly #extra: string[];
  /** Records each default filled, by field. */
  readonly filled = new Map<string, number>();

  constructor(
    private readonly side: SideMapping,
    fields: readonly string[],
    columns: readonly string[],
    isNode: boolean,
  ) {
    this.#prefix = isNode ? 'node.' : '';
    for (const field of fields) {
      const column = columnFor(side, field, columns, isNode);
      if (column !== undefined) this.#columns.set(field, column);
    }
    const read = new Set(this.#columns.values());
    this.#extra = columns.filter((column) => !read.has(column) && !IGNORED.has(column));
  }

  /** Counts, for each default, whether it fills a gap in this record (called once per record). */
  countDefaults(values: Record<string, unknown>): void {
    for (const field of Object.keys(this.side.defaults)) {
      const column = this.#columns.get(field);
      if (column === undefined || isMissing(values[column])) this.filled.set(field, (this.filled.get(field) ?? 0) + 1);
    }
  }

  /** The record's values in columns no field reads (scalars; lists and objects as JSON text), or undefined if none. */
  extras(values: Record<string, unknown>): Record<string, string | number | boolean> | undefined {
    let extras: Record<string, string | number | boolean> | undefined;
    for (const column of this.#extra) {
      const value = values[column];
      if (isMissing(value)) continue;
      extras ??= {};
      extras[column] =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : JSON.stringify(value);
    }
    return extras;
  }

  /** Issues for mapped columns the input lacks, and for `required` fields with neither a column nor a default. */
  columnIssues(origin: Origin, required: readonly string[]): ImportIssue[] {
    const issues: ImportIssue[] = [];
    for (const [field, column] of Object.entries(this.side.columns)) {
      if (!this.#columns.has(field))
        issues.push(
          new ImportIssue(
            origin,
            column,
            `the mapping reads field "${field}" from column "${column}", which the file does not have`,
            'MISSING_COLUMN',
          ),
        );
    }
    for (const field of required) {
      if (
        !this.#columns.has(field) &&
        this.side.columns[field] === undefined &&
        this.side.defaults[field] === undefined
      ) {
        issues.push(
          new ImportIssue(
            origin,
            field,
            `no column gives required field "${field}" (map one with --map ${this.#prefix}${field}=COLUMN or give a --default ${this.#prefix}${field}=VALUE)`,
            'MISSING_COLUMN',
          ),
        );
      }
    }
    return issues;
  }

  /** True if some column feeds `field`. */
  has(field: string): boolean {
    return this.#columns.has(field);
  }

  /** The field's value in `values`, else its default, else undefined (empty cells count as missing). */
  get(values: Record<string, unknown>, field: string): unknown {
    const column = this.#columns.get(field);
    const value = column === undefined ? undefined : values[column];
    return isMissing(value) ? this.side.defaults[field] : value;
  }

  /** The name the input uses for `field` (its column), for issues; the field name where no column feeds it. */
  column(field: string): string {
    return this.#columns.get(field) ?? field;
  }
}

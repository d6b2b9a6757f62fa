// The report of one import: records in and out by type, defaults and mappings applied with counts, warnings by class.
import { Type, type Static } from 'typebox';
import type { Origin } from './import-issues.js';

/** Examples kept per warning class; the count covers all of them. */
const EXAMPLES = 5;

const Counts = Type.Record(Type.String(), Type.Integer());

/** One class of warning: what it means, how many records it hit, and the first few with their file positions. */
export const WarningClass = Type.Object({
  code: Type.String({ examples: ['SELF_LOOP'] }),
  message: Type.String(),
  count: Type.Integer(),
  examples: Type.Array(
    Type.Object({
      file: Type.String(),
      line: Type.Optional(Type.Integer()),
      element: Type.Optional(Type.String()),
      detail: Type.String(),
    }),
  ),
});
export type WarningClass = Static<typeof WarningClass>;

/** The report as written by `--report FILE.json`, printed, and answered by `POST /api/import`. */
export const ImportReportJson = Type.Object({
  format: Type.String(),
  preset: Type.Optional(Type.String()),
  files: Type.Array(Type.String()),
  dryRun: Type.Boolean(),
  written: Type.Optional(Type.String({ description: 'where the dataset was written' })),
  records: Type.Object(
    { in: Counts, out: Counts },
    { description: 'records read by type, and records in the dataset' },
  ),
  defaults: Type.Object({ nodes: Counts, edges: Counts }, { description: 'records each default filled, by field' }),
  mappings: Type.Array(Type.Object({ what: Type.String(), count: Type.Integer() })),
  warnings: Type.Array(WarningClass),
  refused: Type.Optional(Type.Object({ issues: Type.Integer(), first: Type.Array(Type.String()) })),
  extra: Type.Optional(
    Type.Record(Type.String(), Type.Unknown(), { description: "a preset's own summaries (units, events by year)" }),
  ),
});
export type ImportReportJson = Static<typeof ImportReportJson>;

/** Collects what an import did; the builder and readers add to it as they go. */
export class ImportReport {
  readonly records = { in: {} as Record<string, number>, out: {} as Record<string, number> };
  readonly defaults = { nodes: {} as Record<string, number>, edges: {} as Record<string, number> };
  readonly #mappings = new Map<string, number>();
  readonly #warnings = new Map<string, WarningClass>();
  /** Preset-specific summaries (events by year, units kept). */
  readonly extra: Record<string, unknown> = {};

  /** Counts one more input record of `type` (nodes, edges, sources, rows). */
  countIn(type: string, by = 1): void {
    this.records.in[type] = (this.records.in[type] ?? 0) + by;
  }

  /** Counts `by` records that a mapping (`what` says which) changed. */
  mapped(what: string, by = 1): void {
    if (by > 0) this.#mappings.set(what, (this.#mappings.get(what) ?? 0) + by);
  }

  /** Records a warning of class `code` at `origin`; the first examples are kept with `detail`. */
  warn(code: string, message: string, origin: Origin, detail: string): void {
    let entry = this.#warnings.get(code);
    if (!entry) this.#warnings.set(code, (entry = { code, message, count: 0, examples: [] }));
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push({ ...origin, detail });
  }

  /** How many warnings of `code` were recorded. */
  warnings(code: string): number {
    return this.#warnings.get(code)?.count ?? 0;
  }

  /** The report as JSON, with the run's own facts. */
  toJson(run: {
    format: string;
    preset?: string;
    files: string[];
    dryRun: boolean;
    written?: string;
    refused?: ImportReportJson['refused'];
  }): ImportReportJson {
    const json: ImportReportJson = {
      format: run.format,
      ...(run.preset ? { preset: run.preset } : {}),
      files: run.files,
      dryRun: run.dryRun,
      ...(run.written ? { written: run.written } : {}),
      records: this.records,
      defaults: this.defaults,
      mappings: [...this.#mappings].map(([what, count]) => ({ what, count })),
      warnings: [...this.#warnings.values()],
    };
    if (run.refused) json.refused = run.refused;
    if (Object.keys(this.extra).length > 0) json.extra = this.extra;
    return json;
  }
}

/** The report as the terminal shows it: one line per count, warnings with their first examples. */
export function formatReport(report: ImportReportJson): string {
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, n]) => `${n.toLocaleString('en')} ${key}`)
      .join(', ') || 'none';
  const lines = [
    `import report (${report.format}${report.preset ? `, preset ${report.preset}` : ''}${report.dryRun ? ', dry run: nothing written' : ''})`,
  ];
  lines.push(`  in:  ${counts(report.records.in)}`, `  out: ${counts(report.records.out)}`);
  for (const side of ['nodes', 'edges'] as const) {
    for (const [field, n] of Object.entries(report.defaults[side]))
      lines.push(`  default ${side === 'nodes' ? 'node.' : ''}${field} filled ${n.toLocaleString('en')} records`);
  }
  for (const { what, count } of report.mappings) lines.push(`  mapped: ${what}: ${count.toLocaleString('en')}`);
  for (const warning of report.warnings) {
    lines.push(`  warning ${warning.code} ×${warning.count.toLocaleString('en')}: ${warning.message}`);
    for (const example of warning.examples) {
      const where = example.line === undefined ? example.file : `${example.file}:${example.line}`;
      lines.push(`    ${where}${example.element ? ` ${example.element}` : ''}: ${example.detail}`);
    }
  }
  for (const [key, value] of Object.entries(report.extra ?? {})) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  if (report.refused) lines.push(`  refused: ${report.refused.issues} issue${report.refused.issues === 1 ? '' : 's'}`);
  return lines.join('\n');
}

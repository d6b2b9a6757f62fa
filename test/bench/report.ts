// The benchmark report: one markdown section per size, printed and merged into test/bench/results.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Summary } from './stats.js';

/** One measured query kind. */
export interface Row {
  query: string;
  traversal: string;
  summary: Summary;
  /** Median of the graphology baseline this row compares with, if any. */
  baselineMedian?: number;
}

/** Everything measured at one size. */
export interface SizeReport {
  label: string;
  facts: Array<[string, string]>;
  rows: Row[];
}

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));

/** The markdown section of one size. */
export function sizeSection(report: SizeReport): string {
  const lines = [`### ${report.label}`, '', ...report.facts.map(([k, v]) => `- ${k}: ${v}`), ''];
  lines.push(
    '| query | traversal | n | median ms | p99 ms | mean CPU ms | median speed-up |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const row of report.rows) {
    const speedup = row.baselineMedian === undefined ? '' : `${(row.baselineMedian / row.summary.median).toFixed(0)}×`;
    lines.push(
      `| ${row.query} | ${row.traversal} | ${row.summary.count} | ${ms(row.summary.median)} | ${ms(row.summary.p99)} | ${row.summary.cpuMean === undefined ? '' : ms(row.summary.cpuMean)} | ${speedup} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Replaces (or appends) each size's section in the results file, keeping sections of sizes not run this time. */
export function mergeResults(file: string, header: string, sections: Map<string, string>): string {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = new Map<string, string>();
  for (const match of old.matchAll(/<!-- size:(\S+) -->\n([\s\S]*?)<!-- \/size:\1 -->/g))
    kept.set(match[1]!, match[2]!);
  for (const [label, text] of sections) kept.set(label, text);
  const order = ['1k/5k', '100k/1M', '1M/5M'];
  const labels = [...kept.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const body = labels.map((label) => `<!-- size:${label} -->\n${kept.get(label)}<!-- /size:${label} -->`).join('\n\n');
  const text = `${header}\n\n${body}\n`;
  writeFileSync(file, text);
  return text;
}

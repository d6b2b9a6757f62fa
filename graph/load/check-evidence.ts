// Semantic checks on evidence: source texts that can be read, declared sources, and quotes verbatim in their text.
import type { Evidence } from '../model/schema.js';
import type { DatasetParts } from './dataset-parts.js';
import { type DatasetIssue, MissingSourceText, QuoteNotFound, UnknownSource } from './dataset-issues.js';
import { atSliceEnd, type Sliced } from '../shared/slices.js';

/** Reads every valid source's text through `readText`; a text it cannot give is a MissingSourceText issue. */
export function readSourceTexts(
  parts: DatasetParts,
  readText: (sourcePath: string) => string | undefined,
): { texts: Map<string, string>; issues: DatasetIssue[] } {
  const texts = new Map<string, string>();
  const issues: DatasetIssue[] = [];
  for (const { index, item: source } of parts.sources) {
    const text = readText(source.path);
    if (text === undefined) {
      issues.push(
        new MissingSourceText(
          parts.file,
          `/sources/${index}/path`,
          `cannot read the text of source "${source.id}" at "${source.path}"`,
        ),
      );
    } else if (!texts.has(source.id)) {
      texts.set(source.id, text);
    }
  }
  return { texts, issues };
}

/** Evidence citing undeclared sources, and quotes that are not exact substrings of their source (or not at `start`). */
export function* evidenceIssues(parts: DatasetParts, texts: Map<string, string>): Sliced<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  const declared = new Set(parts.ids.sources.map(({ item }) => item));
  const check = (evidence: Evidence, path: string): void => {
    if (!declared.has(evidence.source)) {
      issues.push(
        new UnknownSource(parts.file, `${path}/source`, `source "${evidence.source}" is not a declared source`),
      );
      return;
    }
    const text = texts.get(evidence.source);
    if (text === undefined) return; // already reported as MissingSourceText or as a broken source
    // A quote pinned where it is needs no search: a register quoting each of a million rows would otherwise scan
    // the text from the top for every one of them.
    if (evidence.start !== undefined && text.startsWith(evidence.quote, evidence.start)) return;
    const found = text.indexOf(evidence.quote);
    if (found === -1) {
      issues.push(
        new QuoteNotFound(
          parts.file,
          `${path}/quote`,
          `quote ${excerpt(evidence.quote)} is not verbatim in source "${evidence.source}"`,
        ),
      );
    } else if (evidence.start !== undefined && !text.startsWith(evidence.quote, evidence.start)) {
      issues.push(
        new QuoteNotFound(
          parts.file,
          `${path}/start`,
          `the quote is not at offset ${evidence.start} of "${evidence.source}" (it first occurs at ${found})`,
        ),
      );
    }
  };
  for (const { index, item: relation } of parts.relations) {
    relation.evidence.forEach((evidence, i) => check(evidence, `/relations/${index}/evidence/${i}`));
    if (atSliceEnd(index)) yield;
  }
  for (const { index, item: actor } of parts.actors) {
    actor.evidence?.forEach((evidence, i) => check(evidence, `/actors/${index}/evidence/${i}`));
    if (atSliceEnd(index)) yield;
  }
  return issues;
}

function excerpt(quote: string): string {
  return JSON.stringify(quote.length > 60 ? `${quote.slice(0, 57)}...` : quote);
}

// Helpers for loader tests: the valid mini fixture, corrupted one thing at a time, and the issues its load reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../../graph/load/load-dataset.js';
import { DatasetLoadError, type DatasetIssue } from '../../../graph/load/dataset-issues.js';

export const MINI_FOLDER = 'test/fixtures/mini';
export const MINI_FILE = join(MINI_FOLDER, 'dataset.json');
export const MINI_TEXT = readFileSync(join(MINI_FOLDER, 'source.txt'), 'utf8');

/** A JSON document as plain nested records, for corrupting. */
export type Doc = Record<string, any>;

/** A fresh copy of the valid fixture document. */
export function miniDocument(): Doc {
  return JSON.parse(readFileSync(MINI_FILE, 'utf8')) as Doc;
}

/** Index of the element with this id in one of the document's sections; throws if absent so a test cannot pass vacuously. */
export function indexOf(doc: Doc, section: 'sources' | 'actors' | 'relations', id: string): number {
  const index = (doc[section] as Array<{ id: string }>).findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`fixture has no ${section} "${id}"`);
  return index;
}

/** Reads the fixture's source text by its dataset-relative path. */
export function readMiniText(sourcePath: string): string | undefined {
  return sourcePath === 'source.txt' ? MINI_TEXT : undefined;
}

/** The issues the loader reports for a document (or raw JSON text); empty if it loads. */
export function issuesOf(doc: Doc | string, file = 'mini.json', readText = readMiniText): DatasetIssue[] {
  const json = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
  try {
    parseDataset(json, file, readText);
    return [];
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.issues;
    throw error;
  }
}

/** Loads the fixture after applying `corrupt` to it, and returns the issues. */
export function corrupted(corrupt: (doc: Doc) => void, readText = readMiniText): DatasetIssue[] {
  const doc = miniDocument();
  corrupt(doc);
  return issuesOf(doc, 'mini.json', readText);
}

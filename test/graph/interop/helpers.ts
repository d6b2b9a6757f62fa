// Shared helpers for the interop tests: fixture paths, a source-text reader, temp folders, and running an import to its issues.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Test } from 'tap';
import { importDataset, type ImportRequest } from '../../../graph/interop/formats/import-dataset.js';
import { ImportError, type ImportIssue } from '../../../graph/interop/import-issues.js';
import { applyMappingFile, emptyMapping, type Mapping } from '../../../graph/interop/mapping.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTICLE = join(ROOT, 'graph/data/besa-1723.json');
export const MINI = join(ROOT, 'test/fixtures/mini/dataset.json');
export const ANALYST = join(ROOT, 'test/fixtures/interop/analyst');

/** Reads source texts relative to `folder`, as the loader does relative to the dataset file. */
export function textsIn(folder: string): (path: string) => string | undefined {
  return (path) => {
    try {
      return readFileSync(resolve(folder, path), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** A temp folder removed after the test; `write` puts a file in it and returns its path. */
export function tempFolder(t: Test): { folder: string; write: (name: string, text: string) => string } {
  const folder = mkdtempSync(join(tmpdir(), 'interop-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  return { folder, write: (name, text) => (writeFileSync(join(folder, name), text), join(folder, name)) };
}

/** The analyst fixture's mapping file, parsed. */
export function analystMapping(): Mapping {
  return applyMappingFile(
    emptyMapping(),
    JSON.parse(readFileSync(join(ANALYST, 'mapping.json'), 'utf8')),
    'mapping.json',
  );
}

/** Runs an import expected to fail and returns its issues (fails the test if it succeeds or throws something else). */
export async function importIssues(
  t: Test,
  request: Partial<ImportRequest> & Pick<ImportRequest, 'format' | 'file'>,
): Promise<ImportIssue[]> {
  try {
    await importDataset({ mapping: emptyMapping(), readText: textsIn(dirname(request.file)), ...request });
  } catch (error) {
    t.type(error, ImportError, 'refused with an ImportError');
    return (error as ImportError).issues;
  }
  t.fail('the import was expected to be refused');
  return [];
}

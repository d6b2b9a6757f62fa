// Runs a folder's test files in this one process: tap, the TS loader and the shared modules load once, not once per file.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedProcessFiles } from '../test-groups.js';

/**
 * Imports every shared-process test file under `folder` in order; each file's `t.test` calls queue on tap's one root
 * test, so the counts and failures are tap's as usual. A file reading `--only`-style filters still works.
 */
export async function runGroup(folder: string): Promise<void> {
  for (const file of sharedProcessFiles(folder)) await import(pathToFileURL(resolve(file)).href);
}

// `npm run lint:data [file...]`: loads each dataset (bundled ones by default) and lists the measurement model's warnings; exit 1 if any.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDatasetFile } from '../load/load-dataset.js';
import { lintDataset } from './lint-dataset.js';

/** Lints the files (default: every dataset in graph/data); returns the process exit code. */
export async function lintDataFiles(files: string[], log: (line: string) => void = console.log): Promise<number> {
  if (files.length === 0)
    files.push(
      ...readdirSync('graph/data')
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join('graph/data', name)),
    );
  let warned = 0;
  for (const file of files) {
    const { dataset } = await loadDatasetFile(file);
    const warnings = lintDataset(dataset);
    for (const warning of warnings) log(`${file}: ${warning.relation}: ${warning.rule}: ${warning.message}`);
    log(`${file}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
    warned += warnings.length;
  }
  return warned > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await lintDataFiles(process.argv.slice(2));
}

// `npm run format:data [-- --check] [file...]`: validates dataset files and rewrites them canonically, or lists those that are not.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatDataset } from './canonical-json.js';
import { loadDatasetFile } from './load-dataset.js';

const DATA_FOLDER = 'graph/data';

/** Formats (or, with `--check`, only checks) the given files; returns the process exit code. */
export async function formatDatasetFiles(args: string[], log: (line: string) => void = console.log): Promise<number> {
  const check = args.includes('--check');
  const files = args.filter((arg) => arg !== '--check');
  if (files.length === 0)
    files.push(
      ...readdirSync(DATA_FOLDER)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(DATA_FOLDER, name)),
    );
  let failed = 0;
  for (const file of files) {
    try {
      const { dataset } = await loadDatasetFile(file);
      const canonical = formatDataset(dataset);
      if (canonical === (await readFile(file, 'utf8'))) continue;
      if (check) {
        log(`${file}: not in canonical form (run npm run format:data)`);
        failed += 1;
      } else {
        await writeFile(file, canonical);
        log(`${file}: formatted`);
      }
    } catch (error) {
      // A file that does not validate is never rewritten: its issues are listed instead.
      log(error instanceof Error ? error.message : String(error));
      failed += 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await formatDatasetFiles(process.argv.slice(2));
}

// `npm run export`: the canonical, git-friendly dataset file written from the store (DATABASE_URL, else DATA_DIR); `--from-file` keeps the file → file export of graph/interop.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { runExport } from '../../graph/interop/cli/export-cli.js';
import { DEFAULT_SETTINGS, settingsFromEnv } from '../config.js';
import { describeLoadError } from '../dataset-store.js';
import { exportStoredDataset } from './dataset-file.js';
import { openStoreDatabase } from './database.js';

const USAGE = `usage: npm run export -- [--dataset ID] --out FILE.json
  writes the canonical dataset file (what npm run format:data writes) and its source texts beside it, from the store
  (DATABASE_URL, else the embedded one in DATA_DIR, default ./.data); --dataset defaults to the first stored dataset.
       npm run export -- --from-file --format gexf|graphml|csv|json|graphology [--part …] [--data DATASET.json] [--out FILE]
  converts a dataset file instead (no store needed).`;

/** Runs the export command; returns the exit code (0 written, 1 refused, 2 usage). */
export async function runExportCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.error,
): Promise<number> {
  if (argv.includes('--from-file'))
    return runExport(
      argv.filter((arg) => arg !== '--from-file'),
      log,
    );
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { out: { type: 'string' }, dataset: { type: 'string' } } }));
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    log(USAGE);
    return 2;
  }
  const fromEnv = settingsFromEnv(env);
  let connection;
  try {
    connection = await openStoreDatabase({
      dataDir: fromEnv.dataDir ?? DEFAULT_SETTINGS.dataDir,
      ...(fromEnv.databaseUrl ? { databaseUrl: fromEnv.databaseUrl } : {}),
    });
    log(await exportStoredDataset(connection.db, values.dataset, values.out));
    return 0;
  } catch (error) {
    for (const line of describeLoadError(error)) log(line);
    return 1;
  } finally {
    await connection?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runExportCli(process.argv.slice(2));
}

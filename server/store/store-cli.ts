// `npm run store -- import|export|backup|restore …`: datasets into and out of the store (DATA_DIR or DATABASE_URL, as the server).
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import { describeLoadError } from '../dataset-store.js';
import { DEFAULT_SETTINGS, settingsFromEnv } from '../config.js';
import { backupStore, restoreStore } from './backup.js';
import { importDataset, storedDatasetIds } from './dataset-records.js';
import { openStoreDatabase } from './database.js';
import { exportStoredDataset } from './dataset-file.js';

const USAGE = `usage: npm run store -- <command>   (the store of DATABASE_URL, else the embedded one in DATA_DIR, default ./.data)
  import FILE.json                  load a dataset file into the store (validated in full; refused if its id is taken)
  export [--dataset ID] --out FILE.json   write the canonical dataset file (and its source texts beside it) from the store
  backup --out FILE.jsonl          dump every table (change log included), consistent, as JSON lines
  restore FILE.jsonl               load a backup into an empty store, all or nothing
  list                              the datasets in the store with their revision`;

/** Runs one store command; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runStoreCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.error,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, dataset: { type: 'string' } },
    });
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, file] = parsed.positionals;
  const { out, dataset } = parsed.values;
  const usable =
    (command === 'import' && file) ||
    (command === 'export' && out) ||
    (command === 'backup' && out) ||
    (command === 'restore' && file) ||
    command === 'list';
  if (!usable) {
    log(USAGE);
    return 2;
  }
  const fromEnv = settingsFromEnv(env);
  const connection = await openStoreDatabase({
    dataDir: fromEnv.dataDir ?? DEFAULT_SETTINGS.dataDir,
    ...(fromEnv.databaseUrl ? { databaseUrl: fromEnv.databaseUrl } : {}),
  });
  try {
    const { db } = connection;
    if (command === 'import') {
      const { dataset: loaded, texts } = await loadDatasetFile(file!);
      if ((await storedDatasetIds(db)).includes(loaded.id))
        throw new Error(
          `dataset "${loaded.id}" is already in the store; edit it through the API, or restore a backup into an empty store`,
        );
      await importDataset(db, loaded, texts);
      log(
        `${file}: dataset "${loaded.id}" stored (${loaded.actors.length} actors, ${loaded.relations.length} relations) at revision 1`,
      );
    } else if (command === 'export') {
      log(await exportStoredDataset(db, dataset, out!));
    } else if (command === 'backup') {
      const counts = await backupStore(db, out!);
      log(
        `${out}: ${Object.entries(counts)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ')}`,
      );
    } else if (command === 'restore') {
      const counts = await restoreStore(db, file!);
      log(
        `${file}: restored ${Object.entries(counts)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ')}`,
      );
    } else {
      for (const id of await storedDatasetIds(db)) {
        const head = await db
          .selectFrom('datasets')
          .select(['revision', 'title'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        log(`${id}\trevision ${head.revision}\t${head.title}`);
      }
    }
    return 0;
  } catch (error) {
    for (const line of describeLoadError(error)) log(line);
    return 1;
  } finally {
    await connection.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runStoreCli(process.argv.slice(2));
}

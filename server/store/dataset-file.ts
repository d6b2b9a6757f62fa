// A stored dataset written as the canonical, git-friendly JSON file with each source's text beside it (what the loader reads back).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { writeCanonicalFile } from '../../graph/interop/write-dataset-file.js';
import { readDataset, storedDatasetIds, type StoredDataset } from './dataset-records.js';
import type { StoreDatabase } from './tables.js';

/** Writes `stored` to `file` (temporary file, then rename) and each source's text at its `path` relative to it; returns the files written. */
export async function writeStoredDataset(stored: StoredDataset, file: string): Promise<string[]> {
  const target = resolve(file);
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const source of stored.dataset.sources) {
    const textFile = resolve(folder, source.path);
    // A stored path is data: it must not write outside the export's folder.
    const inside = relative(folder, textFile);
    if (inside.startsWith('..') || isAbsolute(inside))
      throw new Error(`source "${source.id}": path ${JSON.stringify(source.path)} leaves the export folder`);
    await mkdir(dirname(textFile), { recursive: true });
    await writeFile(textFile, stored.texts.get(source.id) ?? '');
    written.push(textFile);
  }
  await writeCanonicalFile(stored.dataset, target);
  return [target, ...written];
}

/** Writes dataset `id` (default: the first stored) from `db` to `file` as writeStoredDataset does; returns the line to log. */
export async function exportStoredDataset(
  db: Kysely<StoreDatabase>,
  id: string | undefined,
  file: string,
): Promise<string> {
  const chosen = id ?? (await storedDatasetIds(db))[0];
  const stored = chosen === undefined ? undefined : await readDataset(db, chosen);
  if (!stored) throw new Error(`no dataset ${JSON.stringify(chosen ?? '')} in the store`);
  const files = await writeStoredDataset(stored, file);
  const { dataset } = stored;
  return `${file}: dataset "${dataset.id}" at revision ${stored.revision} (${dataset.actors.length} actors, ${dataset.relations.length} relations, ${files.length - 1} source text(s))`;
}

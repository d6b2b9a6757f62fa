// Writes an imported dataset in canonical form, streamed in batches, to a temporary file renamed into place at the end.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatDataset } from '../load/canonical-json.js';
import type { Dataset } from '../model/schema.js';
import type { AssembledDataset } from './assemble-dataset.js';

const BATCH = 10_000;

/**
 * The canonical text of `dataset` (exactly `formatDataset`'s) as chunks: formatDataset builds one string, which for a
 * million relations passes V8's string limit, so sections are formatted by it a batch at a time and spliced in.
 */
export function* canonicalChunks(dataset: Dataset, batch = BATCH): Generator<string> {
  const skeleton = formatDataset({ ...dataset, actors: [], relations: [] });
  const [head, tail] = skeleton.split('"actors": [],\n  "relations": []');
  if (tail === undefined) throw new Error('canonical layout changed: "actors" must precede "relations"'); // guarded by a test
  yield `${head}"actors": `;
  yield* section(dataset, 'actors', batch);
  yield ',\n  "relations": ';
  yield* section(dataset, 'relations', batch);
  yield tail;
}

function* section(dataset: Dataset, name: 'actors' | 'relations', batch: number): Generator<string> {
  const items = [...dataset[name]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[\n';
  for (let at = 0; at < items.length; at += batch) {
    const shell: Dataset = {
      schemaVersion: dataset.schemaVersion,
      id: dataset.id,
      title: dataset.title,
      sources: [],
      actors: [],
      relations: [],
    };
    (shell[name] as unknown[]) = items.slice(at, at + batch);
    const text = formatDataset(shell);
    const open = `"${name}": [\n`;
    const body = text.slice(text.indexOf(open) + open.length, text.lastIndexOf('\n  ]'));
    yield at > 0 ? `,\n${body}` : body;
  }
  yield '\n  ]';
}

/**
 * Writes the dataset to `file` and the source texts the import made (placeholder, a preset's register) beside it; a crash midway leaves
 * no half-written dataset (temporary file, then rename).
 */
export async function writeImportedDataset(result: AssembledDataset, file: string): Promise<void> {
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  for (const file of [...(result.placeholder ? [result.placeholder] : []), ...(result.sourceFiles ?? [])]) {
    const textFile = resolve(dirname(target), file.path);
    await mkdir(dirname(textFile), { recursive: true });
    await writeFile(textFile, file.text);
  }
  await writeCanonicalFile(result.dataset, target);
}

/** Writes `dataset` in the canonical form to `target` through a temporary file and a rename: never half a file. */
export async function writeCanonicalFile(dataset: Dataset, target: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary);
  try {
    for (const chunk of canonicalChunks(dataset)) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    await rename(temporary, target);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

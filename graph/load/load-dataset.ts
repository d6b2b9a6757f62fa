// The loader: reads a dataset file and its source texts, refuses it with every issue found, or builds its graph.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ActorGraph } from '../model/actor-graph.js';
import type { Dataset } from '../model/schema.js';
import { actorGraphSteps } from './build-graph.js';
import { evidenceIssues, readSourceTexts } from './check-evidence.js';
import { actorReferenceIssues, duplicateIdIssues } from './check-references.js';
import { dateIssues, kindIssues } from './check-relations.js';
import { datasetPartsSteps, type DatasetParts } from './dataset-parts.js';
import { DatasetLoadError, type DatasetIssue, SchemaViolation, UnreadableDataset } from './dataset-issues.js';
import { parseJson } from './parse-json.js';
import { parseLargeJsonFile } from './parse-large-json.js';
import { matchesDatasetSchemaSteps, schemaIssueSteps } from './schema-issues.js';
import { shareRepeatedStrings, stringSharer } from './share-strings.js';
import { runInSlices, runNow, type Sliced } from '../shared/slices.js';

/** A dataset that passed every check, its graph, and the full text of each source by source id. */
export interface LoadedDataset {
  file: string;
  dataset: Dataset;
  graph: ActorGraph;
  texts: Map<string, string>;
  /** Content hash of the document as read (its bytes, or its text): equal files give equal hashes, cheaply. */
  hash: string;
}

/**
 * Validates a dataset document and builds its graph; throws one DatasetLoadError listing every issue.
 * `readText` gives a source's text from its `path` as written in the dataset, or undefined if unreadable.
 */
export function parseDataset(
  json: string,
  file: string,
  readText: (sourcePath: string) => string | undefined,
): LoadedDataset {
  const parsed = parseJson(json, file);
  if ('value' in parsed) shareRepeatedStrings(parsed.value);
  return buildDataset(parsed, file, contentHash(json), readText);
}

/**
 * Runs every check of `parseDataset` on an already parsed document (importers build one in memory and
 * must not pay for a JSON round trip); throws one DatasetLoadError listing every issue.
 */
export function checkDataset(
  root: unknown,
  file: string,
  readText: (sourcePath: string) => string | undefined,
): { dataset: Dataset; texts: Map<string, string> } {
  return runNow(checkSteps(root, file, readText));
}

/** checkDataset in slices (slices.ts): every pass pauses every few thousand elements. */
function* checkSteps(
  root: unknown,
  file: string,
  readText: (sourcePath: string) => string | undefined,
): Sliced<{ dataset: Dataset; texts: Map<string, string> }> {
  const valid = yield* matchesDatasetSchemaSteps(root);
  const issues: DatasetIssue[] = valid ? [] : yield* schemaIssueSteps(root, file);
  // Semantic checks run on every element the schema accepts, so one pass reports as much as it can.
  const parts = yield* datasetPartsSteps(root, file, valid);
  const { texts, issues: textIssues } = readSourceTexts(parts, readText);
  const passes = [
    duplicateIdIssues,
    actorReferenceIssues,
    kindIssues,
    dateIssues,
    (all: DatasetParts) => evidenceIssues(all, texts),
  ];
  for (const issue of textIssues) issues.push(issue);
  for (const pass of passes) {
    // Appended one by one, not spread into push(): a broken million-relation file has more issues than a call has arguments.
    for (const issue of yield* pass(parts)) issues.push(issue);
  }
  if (!valid && issues.length === 0)
    issues.push(new SchemaViolation(file, '', 'the document does not match the dataset schema'));
  if (issues.length > 0) throw new DatasetLoadError(file, issues);
  return { dataset: root as Dataset, texts }; // the schema accepted it: `valid` is true here
}

/** Reads, validates and builds a dataset file; source paths resolve against the dataset file's folder. */
export async function loadDatasetFile(file: string): Promise<LoadedDataset> {
  const folder = dirname(resolve(file));
  // A missing dataset file is refused like any other bad dataset, not as a bare ENOENT.
  const { hash, parsed } = await readDocument(file);
  // In slices: a server reloading a large file goes on answering from its current data meanwhile.
  return runInSlices(
    datasetSteps(parsed, file, hash, (sourcePath) => {
      try {
        return readFileSync(resolve(folder, sourcePath), 'utf8');
      } catch {
        return undefined;
      }
    }),
  );
}

/**
 * The hash and parsed value of a dataset file, parsed a batch of elements at a time (parse-large-json.ts); a
 * document that cannot be split is read and parsed whole, which also locates its syntax error. Never
 * `readFile(file, 'utf8')` for the whole document: its text stays alive as long as the parsed strings (measured on
 * the 498 MB benchmark file: 1,004 MB of heap after parsing, against 505 MB from the bytes' own text).
 */
async function readDocument(file: string): Promise<{ hash: string; parsed: ReturnType<typeof parseJson> }> {
  const unreadable = (error: unknown): never => {
    throw new DatasetLoadError(file, [
      new UnreadableDataset(file, `cannot read the dataset file: ${(error as Error).message}`),
    ]);
  };
  // Strings are shared batch by batch (share-strings.ts: the dropped copies die young), cutting the resident
  // memory of the 1M-relation benchmark server by about 300 MB against sharing once the whole document is parsed.
  const { hash, value } = await parseLargeJsonFile(file, { eachPiece: stringSharer() }).catch(unreadable);
  if (value !== undefined) return { hash, parsed: { value } };
  const parsed = parseJson((await readFile(file).catch(unreadable)).toString('utf8'), file);
  if ('value' in parsed) shareRepeatedStrings(parsed.value);
  return { hash, parsed };
}

/** Checks a parsed document and builds its graph, or throws DatasetLoadError (the JSON issue, or every check's). */
function buildDataset(
  parsed: ReturnType<typeof parseJson>,
  file: string,
  hash: string,
  readText: (sourcePath: string) => string | undefined,
): LoadedDataset {
  return runNow(datasetSteps(parsed, file, hash, readText));
}

/** buildDataset in slices: each check pass and every few thousand relations of the graph are a slice. */
function* datasetSteps(
  parsed: ReturnType<typeof parseJson>,
  file: string,
  hash: string,
  readText: (sourcePath: string) => string | undefined,
): Sliced<LoadedDataset> {
  if ('issue' in parsed) throw new DatasetLoadError(file, [parsed.issue]);
  const { dataset, texts } = yield* checkSteps(parsed.value, file, readText);
  yield;
  const graph = yield* actorGraphSteps(dataset);
  return { file, dataset, graph, texts, hash };
}

/** SHA-256 of a document's bytes or text, shortened: for ETags, health and telling one version of a file from another. */
export function contentHash(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

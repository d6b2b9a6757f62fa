// The loader: reads a dataset file and its source texts, refuses it with every issue found, or builds its graph.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ActorGraph } from '../model/actor-graph.js';
import type { Dataset } from '../model/schema.js';
import { buildActorGraph } from './build-graph.js';
import { evidenceIssues, readSourceTexts } from './check-evidence.js';
import { actorReferenceIssues, duplicateIdIssues } from './check-references.js';
import { dateIssues, kindIssues } from './check-relations.js';
import { datasetParts } from './dataset-parts.js';
import { DatasetLoadError, type DatasetIssue, SchemaViolation, UnreadableDataset } from './dataset-issues.js';
import { parseJson } from './parse-json.js';
import { matchesDatasetSchema, schemaIssues } from './schema-issues.js';

/** A dataset that passed every check, its graph, and the full text of each source by source id. */
export interface LoadedDataset {
  file: string;
  dataset: Dataset;
  graph: ActorGraph;
  texts: Map<string, string>;
}

/**
 * Validates a dataset document and builds its graph; throws one DatasetLoadError listing every issue.
 * `readText` gives a source's text from its `path` as written in the dataset, or undefined if unreadable.
 */
export function parseDataset(json: string, file: string, readText: (sourcePath: string) => string | undefined): LoadedDataset {
  const parsed = parseJson(json, file);
  if ('issue' in parsed) throw new DatasetLoadError(file, [parsed.issue]);
  const { dataset, texts } = checkDataset(parsed.value, file, readText);
  return { file, dataset, graph: buildActorGraph(dataset), texts };
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
  const valid = matchesDatasetSchema(root);
  const issues: DatasetIssue[] = valid ? [] : schemaIssues(root, file);
  // Semantic checks run on every element the schema accepts, so one pass reports as much as it can.
  const parts = datasetParts(root, file, valid);
  const { texts, issues: textIssues } = readSourceTexts(parts, readText);
  issues.push(
    ...duplicateIdIssues(parts),
    ...actorReferenceIssues(parts),
    ...kindIssues(parts),
    ...dateIssues(parts),
    ...textIssues,
    ...evidenceIssues(parts, texts),
  );
  if (!valid && issues.length === 0) issues.push(new SchemaViolation(file, '', 'the document does not match the dataset schema'));
  if (issues.length > 0) throw new DatasetLoadError(file, issues);
  return { dataset: root as Dataset, texts }; // the schema accepted it: `valid` is true here
}

/** Reads, validates and builds a dataset file; source paths resolve against the dataset file's folder. */
export async function loadDatasetFile(file: string): Promise<LoadedDataset> {
  const folder = dirname(resolve(file));
  // A missing dataset file is refused like any other bad dataset, not as a bare ENOENT.
  const json = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new DatasetLoadError(file, [new UnreadableDataset(file, `cannot read the dataset file: ${(error as Error).message}`)]);
  });
  return parseDataset(json, file, (sourcePath) => {
    try {
      return readFileSync(resolve(folder, sourcePath), 'utf8');
    } catch {
      return undefined;
    }
  });
}

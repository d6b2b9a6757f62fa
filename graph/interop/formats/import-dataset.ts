// Import entry point: reads CSV, GEXF, GraphML, graphology JSON or a dataset file into a validated dataset (or refuses it).
import { readFile } from 'node:fs/promises';
import { checkDataset } from '../../load/load-dataset.js';
import { DatasetLoadError } from '../../load/dataset-issues.js';
import { parseJson } from '../../load/parse-json.js';
import { DatasetBuilder, type AssembleOptions, type AssembledDataset } from '../assemble-dataset.js';
import { readCsv, type ProgressReporter } from '../csv/read-csv.js';
import { readGexf } from '../gexf/read-gexf.js';
import { readGraphology } from '../graphology/read-graphology.js';
import { readGraphml } from '../graphml/read-graphml.js';
import { isCytoscape, readCytoscape } from '../cytoscape/read-cytoscape.js';
import { readCowAlliances, readCowStates } from '../presets/cow.js';
import { readEvents } from '../presets/events.js';
import { readSipri } from '../presets/sipri.js';
import { ImportError, ImportIssue } from '../import-issues.js';

/** Formats the importer reads; `json` is the project's own dataset file. */
export const IMPORT_FORMATS = ['csv', 'gexf', 'graphml', 'graphology', 'cytoscape', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Presets for the field's own datasets: each reads its register with the meaning of its columns (presets/). */
export const IMPORT_PRESETS = ['sipri', 'cow-alliances', 'cow-states', 'events'] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];

/** What to import and how. */
export interface ImportRequest extends AssembleOptions {
  format: ImportFormat;
  /** The file to read: the edge list for CSV. */
  file: string;
  /** CSV only: the node list (optional: without it actors come from the edges) and the source list (optional). */
  nodes?: string;
  sources?: string;
  /** A source's text by its `path` as the dataset will hold it (relative to where the dataset is written). */
  readText: (sourcePath: string) => string | undefined;
  progress?: ProgressReporter;
  /** Read the file as this dataset's register instead of as a generic format (`nodes` is COW's state list for cow-alliances). */
  preset?: ImportPreset;
}

/** Reads and validates an import; throws ImportError (every issue with file, line or element, and field) if anything is wrong. */
export async function importDataset(request: ImportRequest): Promise<AssembledDataset> {
  const format = request.format === 'json' && !request.preset ? await sniffJson(request.file) : request.format;
  if (format === 'json') return importDatasetFile(request);
  const builder = new DatasetBuilder(request, request.file);
  try {
    if (request.preset) await readPreset(request, request.preset, builder);
    else if (format === 'csv') await readCsvParts(request, builder);
    else if (format === 'gexf') await readGexf(request.file, builder, request.progress);
    else if (format === 'graphml') await readGraphml(request.file, builder, request.progress);
    else if (format === 'cytoscape') readCytoscape(await readJsonValue(request.file), request.file, builder);
    else readGraphology(await readText(request.file), request.file, builder);
  } catch (error) {
    // A malformed file stops its reader; what the builder had already found (a missing column) is reported with it.
    if (!(error instanceof ImportError)) throw error;
    const refusal = builder.issues.length > 0 ? new ImportError([...builder.issues, ...error.issues]) : error;
    refusal.report = builder.report;
    throw refusal;
  }
  try {
    return builder.finish(request.readText);
  } catch (error) {
    if (error instanceof ImportError) error.report = builder.report;
    throw error;
  }
}

/**
 * CSV: sources first (so evidence can default to the only one), then nodes, then edges, each streamed. Without a
 * node list, actors are derived from the edges' ends (their kind must then come from `--default node.kind=...`).
 */
async function readCsvParts(request: ImportRequest, builder: DatasetBuilder): Promise<void> {
  if (request.sources !== undefined) {
    await readCsv(request.sources, {
      header: () => {},
      row: (values, origin) => builder.addSource(values, origin),
      progress: request.progress,
    });
  }
  if (request.nodes !== undefined) {
    await readCsv(request.nodes, {
      header: (columns, origin) => builder.beginNodes(columns, origin),
      row: (values, origin) => builder.addNode(values, origin),
      progress: request.progress,
    });
  }
  await readCsv(request.file, {
    header: (columns, origin) => builder.beginEdges(columns, origin),
    row: (values, origin) => builder.addEdge(values, origin),
    progress: request.progress,
  });
  if (request.nodes === undefined)
    builder.deriveNodesFromEdges({ file: request.file, line: 1, element: 'no node list' });
}

/** The project's own format: the loader's checks, issues located by JSON path (the file is already in our shape). */
async function importDatasetFile(request: ImportRequest): Promise<AssembledDataset> {
  const parsed = parseJson(await readText(request.file), request.file);
  if ('issue' in parsed)
    throw new ImportError([
      new ImportIssue({ file: request.file, line: parsed.issue.line }, '', parsed.issue.reason, 'MALFORMED_FILE'),
    ]);
  try {
    return checkDataset(parsed.value, request.file, request.readText);
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) throw error;
    throw new ImportError(
      error.issues.map(
        (issue) => new ImportIssue({ file: request.file, element: issue.path || '/' }, '', issue.reason, issue.code),
      ),
    );
  }
}

async function readPreset(request: ImportRequest, preset: ImportPreset, builder: DatasetBuilder): Promise<void> {
  if (preset === 'sipri') await readSipri(request.file, builder);
  else if (preset === 'cow-alliances') await readCowAlliances(request.file, builder, request.nodes);
  else if (preset === 'cow-states') await readCowStates(request.file, builder);
  else await readEvents(request.file, builder);
}

/** Which JSON a `.json` file is: a dataset (`schemaVersion`), Cytoscape.js (`elements`) or graphology (`nodes`). */
async function sniffJson(file: string): Promise<ImportFormat> {
  const value = await readJsonValue(file).catch(() => undefined); // unparsable: the dataset path reports where
  if (value === null || typeof value !== 'object' || 'schemaVersion' in value) return 'json';
  if (isCytoscape(value)) return 'cytoscape';
  return 'nodes' in value && 'edges' in value ? 'graphology' : 'json';
}

async function readJsonValue(file: string): Promise<unknown> {
  const parsed = parseJson(await readText(file), file);
  if ('issue' in parsed)
    throw new ImportError([
      new ImportIssue({ file, line: parsed.issue.line }, '', parsed.issue.reason, 'MALFORMED_FILE'),
    ]);
  return parsed.value;
}

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: Error) => {
    throw new ImportError([new ImportIssue({ file }, '', `cannot read the file: ${error.message}`, 'MALFORMED_FILE')]);
  });
}

// `npm run import -- FILE --out DATASET.json [options]`: reads CSV, GEXF, GraphML or graphology JSON, writes a dataset only if all of it validates.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { previousIdsOf, type PreviousIds } from '../foreign-ids.js';
import { formatReport, type ImportReportJson } from '../import-report.js';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ImportError, ImportIssue } from '../import-issues.js';
import {
  IMPORT_FORMATS,
  IMPORT_PRESETS,
  importDataset,
  type ImportFormat,
  type ImportPreset,
} from '../formats/import-dataset.js';
import { applyMapOption, applyMappingFile, emptyMapping } from '../mapping.js';
import { writeImportedDataset } from '../write-dataset-file.js';
import { progressPrinter } from './progress.js';

const USAGE = `usage: npm run import -- FILE --out DATASET.json [--format ${IMPORT_FORMATS.join('|')}]
  CSV:      FILE is the edge list; --nodes NODES.csv (else actors come from the edges: --default node.kind=KIND),
            --sources SOURCES.csv, --id (default: from --out), --title, --description
  mapping:  --map kind=Type,valence=Sign,node.name=Label   --mapping MAPPING.json   --default confidence=0.7,node.kind=firm
  evidence: relations need a quote; --placeholder-source ID lets those without one cite a flagged placeholder source
  presets:  --preset ${IMPORT_PRESETS.join('|')} reads the field's datasets with their meaning (cow-alliances: --nodes states2016.csv)
  report:   printed for every run; --report REPORT.json writes it too; --dry-run checks and reports, writes no dataset
  ids:      foreign ids become slugs (the original kept in externalIds); an earlier import's ids are reused from
            --previous DATASET.json (default: the --out file, if it exists)
  Source paths in the data are relative to the --out file, as in every dataset; their texts must be there already.`;

/** Runs the import command; returns the exit code (0 written, 1 refused, 2 usage). */
export async function runImport(argv: string[], log: (line: string) => void = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        nodes: { type: 'string' },
        sources: { type: 'string' },
        map: { type: 'string', multiple: true },
        mapping: { type: 'string' },
        default: { type: 'string', multiple: true },
        id: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        'placeholder-source': { type: 'string' },
        report: { type: 'string' },
        'dry-run': { type: 'boolean' },
        previous: { type: 'string' },
        preset: { type: 'string' },
      },
    });
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  const preset = values.preset as ImportPreset | undefined;
  const format = (values.format ?? (preset ? 'csv' : file ? formatOf(file) : undefined)) as ImportFormat | undefined;
  if (
    !file ||
    !values.out ||
    !format ||
    !IMPORT_FORMATS.includes(format) ||
    (preset !== undefined && !IMPORT_PRESETS.includes(preset))
  ) {
    log(USAGE);
    return 2;
  }
  const folder = dirname(resolve(values.out));
  const dryRun = values['dry-run'] === true;
  const run = {
    format,
    ...(preset ? { preset } : {}),
    files: [file, values.nodes, values.sources].filter((name): name is string => name !== undefined),
    dryRun,
  };
  let report: ImportReportJson | undefined;
  try {
    const mapping = emptyMapping();
    if (values.mapping) applyMappingFile(mapping, await readJson(values.mapping), values.mapping);
    for (const option of values.map ?? []) applyMapOption(mapping, option, '--map');
    for (const option of values.default ?? []) applyMapOption(mapping, option, '--default');
    const previousIds = await readPreviousIds(values.previous ?? values.out, values.previous !== undefined);
    const result = await importDataset({
      format,
      file,
      nodes: values.nodes,
      sources: values.sources,
      mapping,
      placeholderSource: values['placeholder-source'],
      previousIds,
      preset,
      meta: { id: values.id, title: values.title, description: values.description },
      defaultId: idFromFileName(values.out),
      readText: (path) => {
        try {
          return readFileSync(resolve(folder, path), 'utf8');
        } catch {
          return undefined;
        }
      },
      progress: progressPrinter(log),
    });
    if (!dryRun) await writeImportedDataset(result, values.out);
    report = result.report?.toJson({ ...run, ...(dryRun ? {} : { written: values.out }) });
    if (report) log(formatReport(report));
    const { actors, relations } = result.dataset;
    const placeholder = result.placeholder ? ` (some cite the placeholder source ${result.placeholder.path})` : '';
    log(
      `${dryRun ? `dry run, not written: ${values.out} would hold` : `${values.out}:`} ${actors.length} actors, ${relations.length} relations${placeholder}`,
    );
    return (await writeReport(values.report, report, log)) ? 0 : 1;
  } catch (error) {
    // Refusals list their issues; anything else (an unwritable --out) is one line, never a stack trace.
    if (error instanceof ImportError) {
      report = error.report?.toJson({
        ...run,
        refused: { issues: error.issues.length, first: error.issues.slice(0, 20).map(String) },
      });
      if (report) log(formatReport(report));
      await writeReport(values.report, report, log);
    }
    log(error instanceof ImportError ? error.message : `cannot import into ${values.out}: ${(error as Error).message}`);
    return 1;
  }
}

/** Writes the report as JSON where `--report` says; false (said on the log) if it cannot be written. */
async function writeReport(
  file: string | undefined,
  report: ImportReportJson | undefined,
  log: (line: string) => void,
): Promise<boolean> {
  if (file === undefined || report === undefined) return true;
  try {
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    return true;
  } catch (error) {
    log(`cannot write the report ${file}: ${(error as Error).message}`);
    return false;
  }
}

/** The external ids of an earlier import (the `--previous` file, or the output about to be replaced); none if absent. */
async function readPreviousIds(file: string, required: boolean): Promise<PreviousIds | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!required) return undefined;
    throw new ImportError([
      new ImportIssue({ file: '--previous' }, '', `cannot read ${file}: ${(error as Error).message}`, 'BAD_MAPPING'),
    ]);
  }
  try {
    const dataset = JSON.parse(text) as { actors?: unknown; relations?: unknown };
    if (!Array.isArray(dataset.actors) || !Array.isArray(dataset.relations))
      throw new Error('not a dataset (no actors and relations)');
    return previousIdsOf(dataset as Parameters<typeof previousIdsOf>[0]);
  } catch (error) {
    throw new ImportError([
      new ImportIssue({ file }, '', `cannot reuse the ids of ${file}: ${(error as Error).message}`, 'BAD_MAPPING'),
    ]);
  }
}

/** The format a file name suggests: by extension; `.graphology.json` is graphology's serialisation, other `.json` a dataset. */
function formatOf(file: string): ImportFormat | undefined {
  if (file.endsWith('.graphology.json')) return 'graphology';
  if (/\.(cyjs|cytoscape\.json)$/i.test(file)) return 'cytoscape';
  if (/\.(xml|gml)$/i.test(file)) return undefined;
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return IMPORT_FORMATS.find((format) => format === extension);
}

/** A dataset id from the output file's name (`My Data.json` → `my-data`), for CSV, which has no id of its own. */
function idFromFileName(file: string): string {
  return (
    basename(file)
      .replace(/\.json$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'imported'
  );
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new ImportError([
      new ImportIssue({ file }, '', `cannot read the mapping file: ${(error as Error).message}`, 'BAD_MAPPING'),
    ]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImport(process.argv.slice(2));
}

// `npm run import -- FILE --out DATASET.json [options]`: reads CSV, GEXF, GraphML or graphology JSON, writes a dataset only if all of it validates.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ImportError, ImportIssue } from '../import-issues.js';
import { IMPORT_FORMATS, importDataset, type ImportFormat } from '../import-dataset.js';
import { applyMapOption, applyMappingFile, emptyMapping } from '../mapping.js';
import { writeImportedDataset } from '../write-dataset-file.js';
import { progressPrinter } from './progress.js';

const USAGE = `usage: npm run import -- FILE --out DATASET.json [--format ${IMPORT_FORMATS.join('|')}]
  CSV:      FILE is the edge list; --nodes NODES.csv (else actors come from the edges: --default node.kind=KIND),
            --sources SOURCES.csv, --id (default: from --out), --title, --description
  mapping:  --map kind=Type,valence=Sign,node.name=Label   --mapping MAPPING.json   --default confidence=0.7,node.kind=firm
  evidence: relations need a quote; --placeholder-source ID lets those without one cite a flagged placeholder source
  Source paths in the data are relative to the --out file, as in every dataset; their texts must be there already.`;

/** Runs the import command; returns the exit code (0 written, 1 refused, 2 usage). */
export async function runImport(argv: string[], log: (line: string) => void = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        out: { type: 'string' }, format: { type: 'string' }, nodes: { type: 'string' }, sources: { type: 'string' },
        map: { type: 'string', multiple: true }, mapping: { type: 'string' }, default: { type: 'string', multiple: true },
        id: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' }, 'placeholder-source': { type: 'string' },
      },
    });
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  const format = (values.format ?? (file ? formatOf(file) : undefined)) as ImportFormat | undefined;
  if (!file || !values.out || !format || !IMPORT_FORMATS.includes(format)) {
    log(USAGE);
    return 2;
  }
  const folder = dirname(resolve(values.out));
  try {
    const mapping = emptyMapping();
    if (values.mapping) applyMappingFile(mapping, await readJson(values.mapping), values.mapping);
    for (const option of values.map ?? []) applyMapOption(mapping, option, '--map');
    for (const option of values.default ?? []) applyMapOption(mapping, option, '--default');
    const result = await importDataset({
      format, file, nodes: values.nodes, sources: values.sources, mapping, placeholderSource: values['placeholder-source'],
      meta: { id: values.id ?? (format === 'csv' ? idFromFileName(values.out) : undefined), title: values.title, description: values.description },
      readText: (path) => {
        try {
          return readFileSync(resolve(folder, path), 'utf8');
        } catch {
          return undefined;
        }
      },
      progress: progressPrinter(log),
    });
    await writeImportedDataset(result, values.out);
    const { actors, relations } = result.dataset;
    log(`${values.out}: ${actors.length} actors, ${relations.length} relations${result.placeholder ? ` (some cite the placeholder source ${result.placeholder.path})` : ''}`);
    return 0;
  } catch (error) {
    // Refusals list their issues; anything else (an unwritable --out) is one line, never a stack trace.
    log(error instanceof ImportError ? error.message : `cannot import into ${values.out}: ${(error as Error).message}`);
    return 1;
  }
}

/** The format a file name suggests: by extension; `.graphology.json` is graphology's serialisation, other `.json` a dataset. */
function formatOf(file: string): ImportFormat | undefined {
  if (file.endsWith('.graphology.json')) return 'graphology';
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return IMPORT_FORMATS.find((format) => format === extension);
}

/** A dataset id from the output file's name (`My Data.json` → `my-data`), for CSV, which has no id of its own. */
function idFromFileName(file: string): string {
  return basename(file).replace(/\.json$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'imported';
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new ImportError([new ImportIssue({ file }, '', `cannot read the mapping file: ${(error as Error).message}`, 'BAD_MAPPING')]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImport(process.argv.slice(2));
}

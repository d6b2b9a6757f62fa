// `npm run export -- --from-file --format gexf|graphml|csv|json|graphology [--part nodes|edges|sources] [--data DATASET.json] [--out FILE]`.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadDatasetFile } from '../../load/load-dataset.js';
import { DatasetLoadError } from '../../load/dataset-issues.js';
import { CSV_PARTS, type CsvPart } from '../csv/write-csv.js';
import { EXPORT_FORMATS, exportDataset, type ExportFormat } from '../formats/export-dataset.js';

const DEFAULT_DATA = 'graph/data/besa-1723.json';
const USAGE = `usage: npm run export -- --from-file --format ${EXPORT_FORMATS.join('|')} [--part ${CSV_PARTS.join('|')}] [--data DATASET.json] [--out FILE]
  Writes to stdout without --out. The dataset is validated first (default ${DEFAULT_DATA}).`;

/** Runs the export command; returns the exit code (0 written, 1 bad dataset, 2 usage). */
export async function runExport(
  argv: string[],
  log: (line: string) => void = console.error,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        part: { type: 'string' },
        data: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = values.format as ExportFormat;
  const part = (values.part ?? 'edges') as CsvPart;
  if (
    !EXPORT_FORMATS.includes(format) ||
    !CSV_PARTS.includes(part) ||
    (values.part !== undefined && format !== 'csv')
  ) {
    log(USAGE);
    return 2;
  }
  try {
    const { dataset } = await loadDatasetFile(values.data ?? DEFAULT_DATA);
    const output = exportDataset(dataset, format, part);
    if (!values.out) {
      for (const chunk of output.chunks) if (!stdout.write(chunk)) await once(stdout, 'drain');
      return 0;
    }
    await pipeline(Readable.from(output.chunks, { objectMode: false }), createWriteStream(values.out));
    log(
      `${values.out}: ${format}${format === 'csv' ? ` (${part})` : ''}, ${dataset.actors.length} actors, ${dataset.relations.length} relations`,
    );
    return 0;
  } catch (error) {
    // A refused dataset lists its issues; a file that cannot be written says why, without a stack trace.
    log(error instanceof DatasetLoadError ? error.message : `cannot write ${values.out}: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runExport(process.argv.slice(2));
}

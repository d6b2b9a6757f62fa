// `npm run generate -- --actors N --relations M --out FILE [--seed S]`: writes a synthetic dataset file and its source text beside it.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { writeImportedDataset } from '../interop/write-dataset-file.js';
import { generateDataset } from './scale-free.js';

const USAGE =
  'usage: npm run generate -- --actors N --relations M --out FILE [--seed S]\n  Writes a seeded scale-free dataset (and its source text, sources/synthetic.txt beside FILE) that the server can serve.';

function count(text: string | undefined, fallback?: number): number {
  if (text === undefined) return fallback ?? NaN;
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

/** Runs the generate command; returns the exit code (0 written, 1 not written, 2 usage). */
export async function runGenerate(argv: string[], log: (line: string) => void = console.error): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        actors: { type: 'string' },
        relations: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
      },
    }));
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const actors = count(values.actors);
  const relations = count(values.relations);
  const seed = count(values.seed, 1723);
  if (!values.out || !Number.isSafeInteger(actors) || !Number.isSafeInteger(relations) || !Number.isSafeInteger(seed)) {
    log(USAGE);
    return 2;
  }
  const started = Date.now();
  let generated;
  try {
    generated = generateDataset({ actors, relations, seed });
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { dataset, sourceText } = generated;
  try {
    // The source text goes at the path the dataset names, relative to the file: the loader checks every quote against it.
    await writeImportedDataset(
      { dataset, texts: new Map(), placeholder: { path: dataset.sources[0]!.path!, text: sourceText } },
      values.out,
    );
  } catch (error) {
    log(`cannot write ${values.out}: ${(error as Error).message}`);
    return 1;
  }
  log(
    `${values.out}: ${actors} actors, ${relations} relations (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runGenerate(process.argv.slice(2));
}

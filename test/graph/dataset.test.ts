// The shipped datasets: each loads without issues, quotes are verbatim, the article's key actors exist, and files are canonical.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { formatDataset } from '../../graph/load/canonical-json.js';
import { DatasetLoadError } from '../../graph/load/dataset-issues.js';
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import type { Dataset, Evidence } from '../../graph/model/schema.js';

const DATA_FOLDER = 'graph/data';
const ARTICLE_DATASET = join(DATA_FOLDER, 'besa-1723.json');
const files = existsSync(DATA_FOLDER)
  ? readdirSync(DATA_FOLDER)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(DATA_FOLDER, name))
  : [];

/** The ids issue 2 names, with the kind each must have. */
const REQUIRED_ACTORS: Record<string, string> = {
  israel: 'state',
  azerbaijan: 'state',
  armenia: 'state',
  iran: 'state',
  russia: 'state',
  turkey: 'state',
  'united-states': 'state',
  georgia: 'state',
  'israel-aerospace-industries': 'firm',
  'aeronautics-defense-systems': 'firm',
  'nagorno-karabakh': 'territory',
};

t.test('the data folder holds datasets, among them the article dataset', async (t) => {
  t.ok(files.length > 0, `${files.length} dataset files in ${DATA_FOLDER} (none means the product ships without data)`);
  t.ok(files.includes(ARTICLE_DATASET), `${ARTICLE_DATASET} exists`);
});

for (const file of files) {
  t.test(`${file} loads without issues`, async (t) => {
    const loaded = await loadDatasetFile(file).catch((error: unknown) => {
      // Print every issue so a failing run says what to fix.
      t.fail(error instanceof DatasetLoadError ? error.message : String(error));
      return undefined;
    });
    if (!loaded) return;
    t.equal(loaded.graph.order, loaded.dataset.actors.length);
    t.equal(loaded.graph.size, loaded.dataset.relations.length);
  });

  t.test(`${file}: every evidence quote is verbatim in its source text`, async (t) => {
    // Checked here without the loader, so a loader bug cannot hide a bad quote.
    const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    const texts = new Map(
      dataset.sources.map((source) => [source.id, readFileSync(join(dirname(file), source.path), 'utf8')]),
    );
    const evidence: Array<[string, Evidence]> = [
      ...dataset.relations.flatMap((relation) =>
        relation.evidence.map((item): [string, Evidence] => [relation.id, item]),
      ),
      ...dataset.actors.flatMap((actor) => (actor.evidence ?? []).map((item): [string, Evidence] => [actor.id, item])),
    ];
    t.ok(evidence.length >= dataset.relations.length, 'every relation has evidence');
    let bad = 0;
    for (const [owner, { source, quote, start }] of evidence) {
      const text = texts.get(source) ?? '';
      const ok = text.includes(quote) && (start === undefined || text.slice(start, start + quote.length) === quote);
      if (!ok) {
        bad += 1;
        t.fail(`${owner}: quote not verbatim in ${source}: ${JSON.stringify(quote)}`);
      }
    }
    t.equal(bad, 0, `${evidence.length} quotes checked`);
  });

  t.test(`${file} is in canonical form (npm run format:data)`, async (t) => {
    const text = readFileSync(file, 'utf8');
    t.ok(formatDataset(JSON.parse(text) as Dataset) === text, 'byte-identical to formatDataset of its content');
  });
}

t.test('the article dataset holds the actors issue 2 names, with their kinds', async (t) => {
  if (!existsSync(ARTICLE_DATASET)) return void t.fail(`${ARTICLE_DATASET} is missing`);
  const dataset = JSON.parse(readFileSync(ARTICLE_DATASET, 'utf8')) as Dataset;
  const kinds = new Map(dataset.actors.map((actor) => [actor.id, actor.kind as string]));
  for (const [id, kind] of Object.entries(REQUIRED_ACTORS)) t.equal(kinds.get(id), kind, id);
});

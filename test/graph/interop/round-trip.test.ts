// import(export(dataset)) equals the dataset, for every format, on the article's dataset and on the small fixture.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { formatDataset } from '../../../graph/load/canonical-json.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { CSV_PARTS } from '../../../graph/interop/csv/write-csv.js';
import { EXPORT_FORMATS, exportDataset, exportText } from '../../../graph/interop/formats/export-dataset.js';
import { QueryError } from '../../../graph/errors.js';
import { importDataset } from '../../../graph/interop/formats/import-dataset.js';
import { emptyMapping } from '../../../graph/interop/mapping.js';
import { canonicalChunks } from '../../../graph/interop/write-dataset-file.js';
import type { Dataset } from '../../../graph/model/schema.js';
import { ARTICLE, MINI, tempFolder, textsIn } from './helpers.js';

/** Exports `dataset` in `format` into `folder` and imports it back. */
async function roundTrip(
  dataset: Dataset,
  format: (typeof EXPORT_FORMATS)[number],
  folder: string,
  sourceFolder: string,
): Promise<Dataset> {
  const base = { mapping: emptyMapping(), readText: textsIn(sourceFolder) };
  if (format === 'csv') {
    for (const part of CSV_PARTS) writeFileSync(join(folder, `${part}.csv`), exportText(dataset, 'csv', part));
    const meta = { id: dataset.id, title: dataset.title, description: dataset.description };
    return (
      await importDataset({
        ...base,
        format,
        file: join(folder, 'edges.csv'),
        nodes: join(folder, 'nodes.csv'),
        sources: join(folder, 'sources.csv'),
        meta,
      })
    ).dataset;
  }
  const file = join(folder, `export.${format}`);
  writeFileSync(file, exportText(dataset, format));
  return (await importDataset({ ...base, format, file })).dataset;
}

t.test('an unknown format or CSV part is a QueryError naming the parameter', async (t) => {
  const { dataset } = await loadDatasetFile(MINI);
  t.throws(() => exportDataset(dataset, 'pdf' as never), QueryError);
  const error = t.throws(() => exportDataset(dataset, 'csv', 'everything' as never)) as unknown as QueryError;
  t.equal(error.field, 'part');
});

for (const [name, file] of [
  ['article', ARTICLE],
  ['mini fixture', MINI],
] as const) {
  t.test(`round trip of the ${name} dataset`, async (t) => {
    const { dataset } = await loadDatasetFile(file);
    const { folder } = tempFolder(t);
    for (const format of EXPORT_FORMATS) {
      const back = await roundTrip(dataset, format, folder, dirname(file));
      t.same(back, dataset, `${format}: same dataset`);
      t.equal(formatDataset(back), formatDataset(dataset), `${format}: same canonical text`);
    }
  });
}

t.test("the streamed canonical writer gives formatDataset's text exactly, across batch boundaries", async (t) => {
  const { dataset } = await loadDatasetFile(ARTICLE);
  const reversed = { ...dataset, actors: [...dataset.actors].reverse(), relations: [...dataset.relations].reverse() };
  for (const batch of [1, 7, 10_000])
    t.equal([...canonicalChunks(reversed, batch)].join(''), formatDataset(dataset), `batch ${batch}`);
  const empty = { ...dataset, actors: [], relations: [] };
  t.equal([...canonicalChunks(empty)].join(''), formatDataset(empty), 'empty sections');
});

t.test('lists survive in every format: several evidence items, amounts with bounds, aliases with a pipe', async (t) => {
  const { dataset } = await loadDatasetFile(MINI);
  const relation = dataset.relations[0]!;
  const tricky: Dataset = {
    ...dataset,
    actors: dataset.actors.map((actor, i) =>
      i === 0 ? { ...actor, aliases: ['A|B', ' spaced '], note: 'line one\nline "two"\r\n\tend' } : actor,
    ),
    relations: [
      {
        ...relation,
        amounts: [
          { value: 5, currency: 'USD', bound: 'at-least', priceYear: 2020 },
          { value: 3, unit: 'batteries' },
        ],
        evidence: [...relation.evidence, ...relation.evidence],
      },
      ...dataset.relations.slice(1),
    ],
  };
  const { folder } = tempFolder(t);
  for (const format of EXPORT_FORMATS) t.same(await roundTrip(tricky, format, folder, dirname(MINI)), tricky, format);
});

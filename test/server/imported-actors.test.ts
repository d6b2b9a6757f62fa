// An imported dataset through the API: actors found by the id they had in the other tool's file, with position and attributes.
import { join, resolve } from 'node:path';
import t from 'tap';
import { importDataset } from '../../graph/interop/formats/import-dataset.js';
import { applyMapOption, emptyMapping } from '../../graph/interop/mapping.js';
import { writeImportedDataset } from '../../graph/interop/write-dataset-file.js';
import { tempFolder } from '../graph/interop/helpers.js';
import { getJson, testApp } from './helpers.js';

const LES_MISERABLES = resolve(import.meta.dirname, '../fixtures/interop/tools/gephi-lesmiserables.gexf');

t.test(
  '/api/actors?q= finds an imported actor by its external id; the actor keeps its position and attributes',
  async (t) => {
    const { folder } = tempFolder(t);
    const mapping = applyMapOption(emptyMapping(), 'node.kind=person,kind=friendly-relations', '--default');
    const result = await importDataset({
      format: 'gexf',
      file: LES_MISERABLES,
      mapping,
      placeholderSource: 'unsourced',
      defaultId: 'lesmis',
      readText: () => undefined,
    });
    const file = join(folder, 'lesmis.json');
    await writeImportedDataset(result, file);
    const app = await testApp(t, { dataFile: file });

    const found = await getJson(app, '/api/actors?q=11.0');
    t.equal(found.status, 200);
    t.match(found.body?.items[0], {
      actor: { id: 'valjean', externalIds: ['11.0'] },
      match: { field: 'externalId', text: '11.0' },
    });
    const byName = await getJson(app, '/api/actors?q=valjean');
    t.equal(byName.body?.items[0].match?.field, 'name', 'the name still ranks as the name');

    const actor = await getJson(app, '/api/actors/valjean');
    t.equal(actor.status, 200);
    // Answers round numbers to 6 decimals (server/round-numbers.ts): the file's 6.8120565 reads 6.812057.
    t.match(actor.body?.actor, {
      externalIds: ['11.0'],
      position: { x: -87.93029, y: 6.812057, size: 100, color: '#990066' },
    });
    const relation = await getJson(app, '/api/relations/13');
    t.match(relation.body, { source: 'valjean', target: 'myriel', attributes: { weight: 5 } });
  },
);

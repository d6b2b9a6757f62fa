// Browser test: a dataset imported from Gephi with viz positions is drawn where Gephi put it, no layout run, and the caption says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';
import { importDataset } from '../../graph/interop/formats/import-dataset.js';
import { applyMapOption, emptyMapping } from '../../graph/interop/mapping.js';
import { writeImportedDataset } from '../../graph/interop/write-dataset-file.js';
import { openExplorer, pageErrors, startBrowserSession } from './browser.js';

const dir = mkdtempSync(join(tmpdir(), 'explorer-positions-'));
const file = join(dir, 'lesmis.json');
const mapping = applyMapOption(emptyMapping(), 'node.kind=person,kind=friendly-relations', '--default');
const imported = await importDataset({
  format: 'gexf',
  file: resolve('test/fixtures/interop/tools/gephi-lesmiserables.gexf'),
  mapping,
  placeholderSource: 'unsourced',
  defaultId: 'lesmis',
  readText: () => undefined,
});
await writeImportedDataset(imported, file);

const session = await startBrowserSession(t, { dataFile: file });
if (!session) rmSync(dir, { recursive: true, force: true });
else {
  t.teardown(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });
  t.test('the explorer starts from the positions in the file instead of a fresh layout, and says so', async (t) => {
    const page = await openExplorer(session, '/');
    const outcome = await page.evaluate(() => window.__explorer!.layoutOutcome);
    t.match(outcome, { ran: 'file', iterations: 0 }, 'no layout ran');
    const valjean = await page.evaluate(() => {
      const { x, y } = window.__explorer!.graph.getNodeAttributes('valjean');
      return { x, y };
    });
    t.same(valjean, { x: -87.93029, y: 6.8120565 }, "Gephi's viz:position, as in the file");
    t.match(await page.locator('#summary').innerText(), /Positions from the imported file\./);
    t.same(pageErrors(page), []);
    await page.close();
  });
}

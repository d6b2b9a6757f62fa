// Browser test of the import dialog: a Gephi file dropped in, its format detected, a dry run's report, then imported and offered as a dataset.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';
import { openExplorer, pageErrors, startBrowserSession } from './browser.js';

const TOKEN = 'browser-test-token-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'explorer-import-'));
const session = await startBrowserSession(t, { adminToken: TOKEN, importDir: dir });
if (!session) rmSync(dir, { recursive: true, force: true });
else {
  t.teardown(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });
  t.test('a file is checked, refused with its issues, imported, and the picker offers it', async (t) => {
    const page = await openExplorer(session, '/');
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    t.ok(await dialog.isVisible(), 'the dialog opens');
    await page.setInputFiles('#import-file', resolve('test/fixtures/interop/tools/gephi-lesmiserables.gexf'));
    t.match(await page.locator('#import-chosen').innerText(), /gephi-lesmiserables\.gexf .*detected format: gexf/);
    await page.getByLabel('Editor token').fill(TOKEN);

    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.locator('#import-report .error').waitFor();
    t.match(
      await page.locator('#import-report').innerText(),
      /Refused \(422\)[^]*field "kind": no column gives required field "kind"/,
      'without kinds the issues are listed',
    );

    await page.getByLabel('Actor kind where the file has none').fill('person');
    await page.getByLabel('Relation kind where the file has none').fill('friendly-relations');
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.locator('#import-report >> text=Dry run').waitFor();
    const report = await page.locator('#import-report').innerText();
    t.match(report, /12 actors and 14 ties would be imported as “gephi-lesmiserables”\. Nothing was written\./);
    t.match(report, /Default node\.kind filled 12 records/);

    await page.getByRole('button', { name: 'Import as new dataset' }).click();
    await page.locator('#import-open').waitFor();
    t.match(
      await page.locator('#import-report').innerText(),
      /Imported as “gephi-lesmiserables”: 12 actors, 14 ties\./,
    );
    await page.locator('#import-open').click();
    await page.waitForURL(/\?dataset=gephi-lesmiserables$/);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 30_000 });
    t.equal(
      await page.getByRole('combobox', { name: 'Dataset' }).inputValue(),
      'gephi-lesmiserables',
      'the picker offers and shows it',
    );
    t.match(await page.locator('#summary').innerText(), /12 actors .* Positions from the imported file\./);
    t.same(pageErrors(page), []);
    await page.close();
  });
}

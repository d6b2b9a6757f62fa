// Browser test of "Add a source": an HTML file reduced to text (no script runs), metadata given, errors at their fields, the source created and opened in the reader; viewers see no button.
import { resolve } from 'node:path';
import t from 'tap';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { axeViolations } from '../a11y/axe.js';
import { ACCOUNTS, addAccounts, signedIn, signInThroughHeader, storeSettings } from './editing-session.js';

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSettings(t));
if (session) {
  await addAccounts(session);
  t.teardown(() => session.close());

  t.test('an editor reads an HTML file into a new source and it opens in the reader', async (t) => {
    const page = await openExplorer(session, '/');
    t.notOk(await page.locator('#open-add-source').isVisible(), 'a visitor sees no "Add a source…"');
    await signInThroughHeader(page, ACCOUNTS.editor);
    await page.getByRole('button', { name: 'Add a source…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await dialog.waitFor();
    await page.setInputFiles('#source-file', resolve('test/fixtures/editing/article.html'));
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#source-text')?.value ?? '') !== '');
    const text = await page.locator('#source-text').inputValue();
    t.equal(
      text,
      'Gas & Guns\n\nIsrael sold drones to Azerbaijan in 2016.\n\nIran protested\nthe sale.\n\nTurkey supports Azerbaijan.\n\nFirst point\n\nSecond point',
      'blocks become paragraphs; scripts, styles, templates and navigation are dropped',
    );
    t.equal(
      await page.locator('#source-title').inputValue(),
      'Gas & Guns: Baku’s New Friends',
      'the title from <title>',
    );
    t.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
      undefined,
      'no script ran',
    );

    // A date the schema refuses is said at its field, before any request.
    await dialog.getByLabel('Date published').fill('31/08/2020');
    await page.getByRole('button', { name: 'Add source' }).click();
    t.match(await page.locator('#source-published-error').innerText(), /YYYY, YYYY-MM or YYYY-MM-DD/);
    t.equal(await page.evaluate(() => document.activeElement?.id), 'source-published', 'focus goes to the field');

    // An id already used: the server's 409 is shown at the Id field.
    await dialog.getByLabel('Date published').fill('2021-03');
    t.equal(
      await page.locator('#source-id').inputValue(),
      'gas-guns-baku-s-new-friends-2021',
      'the id follows title and year',
    );
    await dialog.getByLabel('Id', { exact: true }).fill('besa-1723');
    await dialog.getByLabel('Address (URL)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.locator('#source-url-error:not(:empty)').waitFor();
    t.match(
      await page.locator('#source-url-error').innerText(),
      /pattern|http/i,
      'a javascript: address is refused at its field',
    );
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(serious, [], 'the dialog with its errors is axe-clean');
    await page.screenshot({ path: `${SCREENSHOTS}/add-source-errors.png` });
    await dialog.getByLabel('Address (URL)').fill('https://example.org/gas-and-guns');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.locator('#source-id-error:not(:empty)').waitFor();
    t.match(await page.locator('#source-id-error').innerText(), /already used/);
    t.match(await page.locator('#add-source-problem').innerText(), /id is taken/);

    await dialog.getByLabel('Id', { exact: true }).fill('gas-and-guns');
    await dialog.getByLabel('Author').fill('A. Writer');
    await dialog.getByLabel('Publisher').fill('<img src=x onerror="window.__pwned=true">');
    await page.getByRole('button', { name: 'Add source' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.reader-panel h2:has-text("Gas & Guns")').waitFor();
    t.match(await page.locator('.reader-meta').innerText(), /A\. Writer, “Gas & Guns: Baku’s New Friends”, <img src=x/);
    t.equal(await page.locator('.reader-meta a').getAttribute('href'), 'https://example.org/gas-and-guns');
    t.match(await page.locator('.reader-document').innerText(), /Israel sold drones to Azerbaijan in 2016\./);
    t.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
      undefined,
      'still nothing ran',
    );
    t.match(page.url(), /source=gas-and-guns/, 'the address opens it again');

    // Mentions: every known actor's name or alias is marked; focus shows the actor.
    await page.locator('.reader-document .mention').first().waitFor();
    t.same(await page.locator('.reader-document .mention').allInnerTexts(), [
      'Israel',
      'Azerbaijan',
      'Iran',
      'Turkey',
      'Azerbaijan',
    ]);
    await page.locator('.reader-document .mention', { hasText: 'Turkey' }).focus();
    const card = page.locator('.reader-tooltip');
    await card.waitFor();
    t.match(await card.innerText(), /Mentions: Turkey \(state\)/, 'focus shows the actor named by its alias');
    await page.screenshot({ path: `${SCREENSHOTS}/add-source-reader.png` });
    const stored = await page.evaluate(() => fetch('/api/sources/gas-and-guns/text').then((r) => r.json()));
    t.equal(stored.text, text, 'the server holds exactly the text shown');
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('a viewer sees no "Add a source…"', async (t) => {
    await session.context.clearCookies(); // the editor of the test before is still signed in
    const page = await signedIn(session, '/', ACCOUNTS.viewer);
    t.notOk(await page.locator('#open-add-source').isVisible());
    t.equal(await page.locator('#open-add-source').getAttribute('hidden'), '');
    await page.close();
  });
}

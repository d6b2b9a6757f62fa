// Safety through the forms: hostile strings and a 1 MB note typed into the edit and add-source forms are stored and shown as text; nothing runs; the page stays responsive.
import t from 'tap';
import { pageErrors, startBrowserSession } from '../browser.js';
import { addAccounts, signedIn } from '../editing/editing-session.js';
import { HOSTILE } from './hostile-records.js';
import { checkSafe, watchDialogs } from './safety-checks.js';
import { storeSessionSettings } from './store-session.js';

t.setTimeout(300_000);
const session = await startBrowserSession(t, await storeSessionSettings(t));
if (session) {
  t.teardown(() => session.close());
  await addAccounts(session, 'server-mini');
  const page = await signedIn(session, '/?focus=armenia');
  watchDialogs(page);
  const form = page.locator('dialog.record-edit');

  t.test(
    'hostile strings typed into the actor form are shown as text in the panel, the canvas and the history',
    async (t) => {
      await page.locator('.actor-panel .edit-controls .edit').click();
      await form.getByLabel('Name').fill(HOSTILE.img('form-name'));
      await form.getByLabel('Also known as').fill(`${HOSTILE.script('form-alias')}, ${HOSTILE.url('form-alias')}`);
      await form.getByLabel('Description').fill(HOSTILE.url('form-description'));
      await form.getByLabel('Note').fill(HOSTILE.img('form-note'));
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
      const panel = page.locator('.actor-panel');
      await panel.locator('h2').filter({ hasText: '<img src=x' }).waitFor();
      t.equal(await panel.locator('h2').innerText(), HOSTILE.img('form-name'));
      t.equal(
        await page.evaluate(() => window.__explorer!.graph.getNodeAttribute('armenia', 'name')),
        HOSTILE.img('form-name'),
        'the canvas label is the characters typed',
      );
      await panel.locator('.history-tab summary').click();
      await panel.locator('.change-entry tr[data-field="name"]').waitFor();
      t.equal(await panel.locator('.change-entry tr[data-field="name"] ins').innerText(), HOSTILE.img('form-name'));
      await checkSafe(t, page, 'actor form and panel');
    },
  );

  t.test('a 1 MB note is refused by size with the reason at the form, and the page stays responsive', async (t) => {
    await page.locator('.actor-panel .edit-controls .edit').click();
    const megabyte = `${HOSTILE.script('big-note')}${'x'.repeat(1_000_000)}`;
    const started = Date.now();
    await form.getByLabel('Note').fill(megabyte);
    await form.getByRole('button', { name: 'Save' }).click();
    const refusal = form.locator('.form-error');
    await refusal.waitFor();
    t.equal(await refusal.getAttribute('data-status'), '413');
    t.match(await refusal.innerText(), /too large: shorten it/);
    t.ok(Date.now() - started < 10_000, `typed, sent and refused in ${Date.now() - started} ms`);
    await checkSafe(t, page, '1 MB note in the form');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  // Once blocked for ~50 s: the candidates route (816a423) split the 1 MB text into sentences with Intl.Segmenter, which is
  // quadratic in V8 and held the server (and this process's Playwright client) so the click on "Add source" never returned.
  t.test('hostile metadata and a 1 MB pasted text through Add a source are shown as text in the reader', async (t) => {
    await page.getByRole('button', { name: 'Add a source…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await dialog.waitFor();
    const text = `${HOSTILE.img('pasted')} Armenia and Türkiye talk. ${HOSTILE.url('pasted')}\n${'Lorem ipsum dolor sit amet. '.repeat(36_000)}`;
    await page.locator('#source-text').fill(text);
    await page.locator('#source-title').fill(HOSTILE.img('form-title'));
    await page.locator('#source-author').fill(HOSTILE.script('form-author'));
    await page.locator('#source-publisher').fill(HOSTILE.url('form-publisher'));
    await page.locator('#source-published').fill('2021');
    await page.locator('#source-id').fill('hostile-paste');
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Add source' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    const saved = Date.now();
    await page
      .locator('.reader-document')
      .filter({ hasText: 'Armenia and Türkiye talk' })
      .waitFor({ timeout: 120_000 });
    t.comment(`the 1 MB source opened in the reader ${Date.now() - saved} ms after saving`);
    // Its mentions and candidates come next: the candidate list must arrive too, and the next click be answered at once.
    await page
      .locator('.candidates-box .candidates-figure')
      .filter({ hasText: '36001 sentences cited' })
      .waitFor({ state: 'attached' });
    // The quadratic split took ~50 s; 15 s was missed (16.4 s) at load 22 with four test processes side by side.
    t.ok(Date.now() - clicked < 30_000, `saved, opened and its candidates listed in ${Date.now() - clicked} ms`);
    const asked = Date.now();
    await page.locator('.reader-panel h2').click();
    t.ok(Date.now() - asked < 1_000, `the next click answered in ${Date.now() - asked} ms`);
    t.match(await page.locator('.reader-meta').innerText(), '<img src=x');
    await checkSafe(t, page, 'reader of the pasted source');
    await page.locator('#recent-changes summary').click();
    await page.locator('#recent-changes .change-entry[data-op="create"]').first().waitFor();
    t.match(await page.locator('#recent-changes .change-entry').first().innerText(), /Text[\s\S]*more characters\)/);
    await checkSafe(t, page, 'recent edits with the 1 MB text');
    t.same(pageErrors(page), []);
  });
}

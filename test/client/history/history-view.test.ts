// Browser test of the record's history: a relation's history tab with a readable diff, the recent edits list, and time travel by `?revision=`.
import t from 'tap';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { axeViolations } from '../a11y/axe.js';
import { adminWrite, NEW_RELATION, storeSessionSettings } from './store-session.js';

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSessionSettings(t));
if (session) {
  t.teardown(() => session.close());
  const id = NEW_RELATION.id;
  await adminWrite(session, 'POST', '/api/relations', NEW_RELATION); // revision 2
  await adminWrite(session, 'PUT', `/api/relations/${id}`, {
    ...NEW_RELATION,
    strength: 0.8,
    note: 'firmer now <b>bold?</b>',
  }); // revision 3

  t.test('the tie card has the relation’s history: who, when, and what changed field by field', async (t) => {
    const page = await openExplorer(session, '/?tie=azerbaijan:turkey');
    const card = page.locator(`.relation[data-relation="${id}"]`);
    await card.locator('.history-tab summary').click();
    const entries = card.locator('.change-entry');
    await entries.nth(1).waitFor();
    t.equal(await entries.count(), 2, 'create and edit');
    t.same(await entries.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.op)), [
      'update',
      'create',
    ]);
    const edit = entries.first();
    t.match(await edit.locator('.change-head').innerText(), /admin edited this relation[\s\S]*revision 3/);
    t.equal(await edit.locator('tr[data-field="strength"] del').innerText(), '0.6');
    t.equal(await edit.locator('tr[data-field="strength"] ins').innerText(), '0.8');
    t.equal(
      await edit.locator('tr[data-field="note"] ins').innerText(),
      'firmer now <b>bold?</b>',
      'markup in a note is shown as text',
    );
    t.equal(await edit.locator('tr[data-field="note"] ins b').count(), 0, 'and never parsed');
    t.equal(await edit.locator('tbody tr').count(), 2, 'only the fields that changed');
    await card.screenshot({ path: `${SCREENSHOTS}/history-tab.png` });
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('Recent edits lists the dataset’s changes and opens a changed record', async (t) => {
    const page = await openExplorer(session, '/');
    await page.locator('#recent-changes summary').click();
    const entries = page.locator('#recent-changes .change-entry');
    await entries.nth(2).waitFor();
    t.same(await entries.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.revision)), [
      '3',
      '2',
      '1',
    ]);
    t.match(await page.locator('#recent-changes .history-status').innerText(), /3 changes/);
    await entries.first().locator('.open-record').click();
    await page.locator(`#panel .relation[data-relation="${id}"]`).waitFor();
    t.match(page.url(), /tie=/, 'the tie card of the changed relation opened');
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('time travel pins every read to the revision, says so, turns editing off and comes back to now', async (t) => {
    const page = await openExplorer(session, '/?tie=azerbaijan:turkey');
    const card = page.locator(`.relation[data-relation="${id}"]`);
    await card.locator('.history-tab summary').click();
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) reads.push(request.url());
    });
    await card.locator('.change-entry[data-revision="2"] .travel-to').click();
    await page.waitForURL(/revision=2/);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true);
    const banner = page.locator('#travel-banner');
    await banner.waitFor();
    t.match(await banner.innerText(), /Time travel: the record at revision 2 of 3[\s\S]*Editing is off/);
    t.equal(await page.locator('body').getAttribute('data-travel'), '2');
    await page.locator('#travel-banner .travel-detail').filter({ hasText: 'by admin' }).waitFor();
    const shown = page.locator(`#panel .relation[data-relation="${id}"]`);
    await shown.waitFor();
    t.match(await shown.locator('.facts').innerText(), /60%/, 'the tie card answers as of revision 2: strength 0.6');
    const graphReads = reads.filter((url) => /\/api\/(graph|ties)/.test(url));
    t.ok(graphReads.length >= 2, `graph and tie card were read: ${graphReads.join(' ')}`);
    t.ok(
      graphReads.every((url) => url.includes('revision=2')),
      'every read carries revision=2',
    );
    await shown.locator('.history-tab summary').click();
    await shown.locator('.change-entry').nth(1).waitFor();
    t.equal(await shown.locator('.change-entry').count(), 2, 'the log lists every change, later ones too');
    const logReads = reads.filter((url) => url.includes('/api/history?') && url.includes('type=relation'));
    t.ok(logReads.length > 0 && logReads.every((url) => !url.includes('revision=')), 'the log itself is never pinned');
    t.match(await page.locator('.travel-menu summary').innerText(), /revision 2 of 3/);
    await page.locator('.travel-menu summary').click();
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(serious, [], 'banner, open control and history tab: no serious or critical axe violation');
    await page.locator('.travel-menu summary').click();
    await page.screenshot({ path: `${SCREENSHOTS}/time-travel.png` });

    await page.locator('#travel-banner .travel-now').click();
    await page.waitForURL((url) => !url.search.includes('revision'));
    await page.waitForFunction(() => window.__explorer?.layoutDone === true);
    t.ok(await page.locator('#travel-banner').isHidden(), 'no banner at now');
    t.match(await page.locator('.travel-menu summary').innerText(), /now/);
    await page.locator(`#panel .relation[data-relation="${id}"] .facts`).filter({ hasText: '80%' }).waitFor();
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('the header control travels to the first load, where the new relation does not exist', async (t) => {
    const page = await openExplorer(session, '/');
    await page.locator('.travel-menu summary').click();
    await page.getByRole('spinbutton', { name: 'Revision' }).fill('1');
    await page.locator('.travel-go').click();
    await page.waitForURL(/revision=1/);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true);
    t.equal(
      await page.evaluate((edge) => window.__explorer!.graph.hasEdge(edge), id),
      false,
      'the canvas draws revision 1',
    );
    await page.close();
    const later = await openExplorer(session, '/');
    t.ok(await later.evaluate((edge) => window.__explorer!.graph.hasEdge(edge), id), 'and now it is there');
    await later.close();
  });

  t.test('a revision the record does not have shows now, with a note', async (t) => {
    const page = await openExplorer(session, '/?revision=99');
    await page.locator('#status').filter({ hasText: 'revisions 1 to 3' }).waitFor();
    t.notMatch(page.url(), /revision=/);
    t.ok(await page.locator('#travel-banner').isHidden());
    await page.close();
  });
}

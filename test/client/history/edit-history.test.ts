// Browser test of editing from the panels: Edit and Delete for editors only (never while travelling), If-Match and the 412 explanation, field issues, revert.
import t from 'tap';
import type { Page } from 'playwright-core';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { axeViolations } from '../a11y/axe.js';
import { addAccounts, signedIn, signInThroughHeader } from '../editing/editing-session.js';
import { storeSessionSettings } from './store-session.js';

t.setTimeout(300_000);
const session = await startBrowserSession(t, await storeSessionSettings(t));
if (session) {
  t.teardown(() => session.close());
  await addAccounts(session, 'server-mini');
  const RELATION = 'turkey-supports-azerbaijan';
  const card = (page: Page) => page.locator(`#panel .relation[data-relation="${RELATION}"]`);
  const strength = (page: Page) =>
    page.evaluate((id) => window.__explorer!.graph.getEdgeAttribute(id, 'strength'), RELATION);

  const editor = await signedIn(session, '/?tie=azerbaijan:turkey');

  t.test(
    'an editor edits a relation: the form starts from the stored version, the canvas and card follow',
    async (t) => {
      await card(editor).locator('.edit-controls .edit').click();
      const dialog = editor.locator('dialog.record-edit');
      t.equal(await dialog.getByLabel('Strength (0–1)').inputValue(), '0.8', 'prefilled from the stored record');
      await dialog.getByLabel('Strength (0–1)').fill('0.55');
      await dialog.getByLabel('Note').fill('firmer <img src=x onerror="window.__xss=1">');
      await editor.screenshot({ path: `${SCREENSHOTS}/edit-relation.png` });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await editor.locator('#write-notice').filter({ hasText: 'Saved: revision 2' }).waitFor();
      t.equal(await strength(editor), 0.55, 'the drawn tie has the new strength');
      await card(editor).locator('.facts').filter({ hasText: '55%' }).waitFor();
      t.match(await card(editor).locator('.note').innerText(), '<img src=x');
      t.equal(await editor.evaluate(() => (window as { __xss?: unknown }).__xss ?? null), null);
    },
  );

  t.test('a bad value is refused with the issue beside its field, nothing saved', async (t) => {
    await card(editor).locator('.edit-controls .edit').click();
    const dialog = editor.locator('dialog.record-edit');
    await dialog.getByLabel('Strength (0–1)').fill('2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.locator('.form-error').waitFor();
    t.match(await dialog.locator('.form-error').innerText(), /Correct the fields marked/);
    t.ok(await dialog.locator('[data-field="strength"] .field-issue').isVisible(), 'the issue is beside Strength');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    t.equal(await strength(editor), 0.55, 'nothing changed');
  });

  t.test(
    'a stale edit from a second page gets the 412 explanation and can start again from their version',
    async (t) => {
      await card(editor).locator('.edit-controls .edit').click();
      const dialog = editor.locator('dialog.record-edit');
      await dialog.getByLabel('Strength (0–1)').waitFor();
      const other = await openExplorer(session, '/?tie=azerbaijan:turkey');
      await card(other).locator('.edit-controls .edit').click();
      await other.locator('dialog.record-edit').getByLabel('Strength (0–1)').fill('0.3');
      await other.locator('dialog.record-edit').getByRole('button', { name: 'Save' }).click();
      await other.locator('#write-notice').filter({ hasText: 'Saved' }).waitFor();
      await other.close();

      await dialog.getByLabel('Strength (0–1)').fill('0.9');
      await dialog.getByRole('button', { name: 'Save' }).click();
      const refusal = dialog.locator('.form-error');
      await refusal.waitFor();
      t.equal(await refusal.getAttribute('data-status'), '412');
      const said = await refusal.innerText();
      t.match(said, /Someone changed this since you opened it/);
      t.equal(
        said.match(/changed/g)?.length,
        2,
        'the reason is said once (and "what they changed" once), not repeated',
      );
      t.notMatch(said, /if-match/, 'no header name in the message');
      await editor.screenshot({ path: `${SCREENSHOTS}/edit-412.png` });
      const serious = (await axeViolations(editor)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      t.same(serious, [], 'the form with its refusal: no serious or critical axe violation');
      await dialog.getByRole('button', { name: 'Load their version and start again' }).click();
      await editor.locator('dialog.record-edit').getByLabel('Strength (0–1)').waitFor();
      const again = editor.locator('dialog.record-edit');
      t.equal(await again.getByLabel('Strength (0–1)').inputValue(), '0.3', 'their value is loaded');
      t.match(await again.locator('.carried').innerText(), /One field differs from what you typed/);
      const yours = again.locator('.edit-field[data-field="strength"] .yours');
      t.match(await yours.innerText(), /Yours: 0\.9/, 'the value typed is kept beside its field');
      await yours.getByRole('button', { name: 'Use mine' }).click();
      t.equal(await again.getByLabel('Strength (0–1)').inputValue(), '0.9', 'one click applies it again');
      await again.getByRole('button', { name: 'Cancel' }).click();
    },
  );

  t.test('revert from the history tab is a new change; reverting it again is explained', async (t) => {
    await editor.reload();
    await editor.waitForFunction(() => window.__explorer?.layoutDone === true);
    t.equal(await strength(editor), 0.3);
    await card(editor).locator('.history-tab summary').click();
    const latest = card(editor).locator('.change-entry').first();
    t.match(await latest.locator('.change-head').innerText(), /erin edited this relation/);
    await latest.getByRole('button', { name: /Revert revision 3/ }).click();
    await editor.locator('#write-notice').filter({ hasText: 'Reverted revision 3: that is revision 4' }).waitFor();
    t.equal(await strength(editor), 0.55, 'back to what revision 2 left');
    await editor.locator('#recent-changes summary').click();
    const first = editor.locator('#recent-changes .change-entry').first();
    await first.waitFor();
    t.match(await first.innerText(), /reverting revision 3/);
    await editor.locator('#recent-changes .change-entry[data-revision="3"] .revert').click();
    await editor
      .locator('#recent-changes .change-entry[data-revision="3"] .revert-outcome')
      .filter({ hasText: 'its records were changed after it' })
      .waitFor();
  });

  t.test('delete says what goes with it; the relation leaves the canvas and revert brings it back', async (t) => {
    await card(editor).locator('.edit-controls .delete').click();
    const dialog = editor.locator('dialog.record-edit');
    t.match(await dialog.innerText(), /Its quote goes with it; the sources and both actors stay/);
    await dialog.getByRole('button', { name: 'Delete the relation' }).click();
    await editor.locator('#write-notice').filter({ hasText: 'Deleted' }).waitFor();
    t.notOk(await editor.evaluate((id) => window.__explorer!.graph.hasEdge(id), RELATION), 'gone from the canvas');
    await editor.locator('#recent-changes .change-entry[data-op="delete"] .revert').first().click();
    await editor.locator('#write-notice').filter({ hasText: 'Reverted' }).waitFor();
    t.ok(await editor.evaluate((id) => window.__explorer!.graph.hasEdge(id), RELATION), 'back after the revert');
  });

  t.test('an actor still named by relations cannot be deleted; an actor edit renames it everywhere', async (t) => {
    await editor.goto(`${session.baseUrl}/?focus=armenia`);
    await editor.waitForFunction(() => window.__explorer?.layoutDone === true);
    const panel = editor.locator('.actor-panel');
    await panel.locator('.edit-controls .delete').click();
    const dialog = editor.locator('dialog.record-edit');
    t.match(await dialog.innerText(), /still named by 2 relations/);
    t.ok(await dialog.getByRole('button', { name: 'Delete the actor' }).isDisabled());
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await panel.locator('.edit-controls .edit').click();
    await editor.locator('dialog.record-edit').getByLabel('Name').fill('Republic of Armenia');
    await editor.locator('dialog.record-edit').getByRole('button', { name: 'Save' }).click();
    await editor.locator('.actor-panel h2').filter({ hasText: 'Republic of Armenia' }).waitFor();
    t.equal(
      await editor.evaluate(() => window.__explorer!.graph.getNodeAttribute('armenia', 'name')),
      'Republic of Armenia',
    );
    t.same(pageErrors(editor), []);
  });

  t.test('nothing is editable while travelling, and a viewer sees no edit control', async (t) => {
    await editor.goto(`${session.baseUrl}/?tie=azerbaijan:turkey&revision=1`);
    await editor.waitForFunction(() => window.__explorer?.layoutDone === true);
    await card(editor).waitFor();
    t.equal(await editor.locator('.edit-controls').count(), 0, 'no edit control on a past revision');
    await card(editor).locator('.history-tab summary').click();
    await card(editor).locator('.change-entry').first().waitFor();
    t.equal(await editor.locator('.revert').count(), 0, 'and no revert');

    await editor.locator('#sign-out').click();
    await editor.getByRole('button', { name: 'Sign in' }).waitFor();
    await editor.goto(`${session.baseUrl}/?tie=azerbaijan:turkey`);
    await editor.waitForFunction(() => window.__explorer?.layoutDone === true);
    t.equal(await editor.locator('.edit-controls:visible').count(), 0, 'signed out: no edit control');
    await signInThroughHeader(editor, 'victor');
    await card(editor).locator('.history-tab summary').click();
    await card(editor).locator('.change-entry').first().waitFor();
    t.equal(await editor.locator('.edit-controls:visible, .revert:visible').count(), 0, 'a viewer sees none');
    t.same(pageErrors(editor), []);
  });
}

// The whole flow in Chromium: sign in, add a source, a relation from its passage, on the canvas and in a strongest path, edit, history, revert, sign out; a viewer sees no edit control; a stale edit gets the 412 explanation.
import t from 'tap';
import type { Page } from 'playwright-core';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { ACCOUNTS, addAccounts, selectInReader, signedIn } from '../editing/editing-session.js';
import { storeSessionSettings } from './store-session.js';

t.setTimeout(300_000);
const TEXT = 'Talks in Geneva.\n\nTürkiye backs Armenia in the talks, the envoy said.\n\nNothing else was agreed.';
const QUOTE = 'Türkiye backs Armenia in the talks';
const RELATION = {
  id: 'turkey-backs-armenia',
  kind: 'friendly-relations',
  source: 'turkey',
  target: 'armenia',
  valence: 'cooperative',
  strength: 0.9,
  strengthBasis: 'rubric',
  strengthNote: 'stated backing',
  confidence: 0.8,
  stance: 'reported',
  evidence: [{ source: 'geneva-talks', quote: QUOTE }],
};

const session = await startBrowserSession(t, await storeSessionSettings(t));
if (session) {
  t.teardown(() => session.close());
  await addAccounts(session, 'server-mini');
  const ready = (page: Page) => page.waitForFunction(() => window.__explorer?.layoutDone === true);
  const drawnStrength = (page: Page) =>
    page.evaluate(
      (id) => (window.__explorer!.graph.hasEdge(id) ? window.__explorer!.graph.getEdgeAttribute(id, 'strength') : null),
      RELATION.id,
    );

  t.test('an editor turns a passage into a relation, edits it, reads its history, reverts, signs out', async (t) => {
    const page = await signedIn(session);

    // Add a source: pasted text with its metadata; it opens in the reader.
    await page.getByRole('button', { name: 'Add a source…' }).click();
    await page.locator('#source-text').fill(TEXT);
    await page.locator('#source-title').fill('Geneva talks');
    await page.locator('#source-author').fill('A. Envoy');
    await page.locator('#source-publisher').fill('Wire');
    await page.locator('#source-published').fill('2024');
    await page.locator('#source-id').fill('geneva-talks');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.reader-document').filter({ hasText: QUOTE }).waitFor();

    // Select the passage in the reader → New relation: the pair comes from its mentions.
    await selectInReader(page, QUOTE);
    await page.locator('#selection-relation:not([disabled])').click();
    await page.getByRole('dialog', { name: 'New relation' }).waitFor();
    t.equal(await page.locator('#relation-quote').innerText(), QUOTE);
    t.equal(await page.locator('#relation-source').inputValue(), 'turkey', 'proposed from the mentions');
    t.equal(await page.locator('#relation-target').inputValue(), 'armenia');
    await page.locator('#relation-kind').selectOption(RELATION.kind);
    await page.locator('#relation-strength').fill('0.9');
    await page.locator('#relation-strength-note').fill(RELATION.strengthNote);
    await page.locator('#relation-id').fill(RELATION.id);
    await page.getByRole('button', { name: 'Save relation' }).click();
    await page.getByRole('dialog', { name: 'New relation' }).waitFor({ state: 'hidden' });
    await page.waitForFunction((id) => window.__explorer!.graph.hasEdge(id), RELATION.id);
    await page.goto(`${session.baseUrl}/?from=turkey&to=armenia&mode=strongest`);
    await ready(page);

    t.equal(await drawnStrength(page), 0.9, 'the relation is on the canvas');
    const step = page.locator(`#panel .step[data-relation="${RELATION.id}"]`);
    await step.waitFor();
    t.match(await step.locator('blockquote').innerText(), QUOTE, 'and in the strongest path, with its quote');

    // Edit from the path's relation card.
    await step.locator('.edit-controls .edit').click();
    const form = page.locator('dialog.record-edit');
    await form.getByLabel('Strength (0–1)').fill('0.95');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('#write-notice').filter({ hasText: 'Saved' }).waitFor();
    t.equal(await drawnStrength(page), 0.95, 'the canvas follows the edit');

    // The history: create and edit, who and what.
    const card = page.locator(`#panel .relation[data-relation="${RELATION.id}"]`).first();
    await card.locator('.history-tab summary').click();
    const entries = card.locator('.change-entry');
    await entries.nth(1).waitFor();
    t.match(await entries.first().innerText(), /erin edited this relation[\s\S]*Strength\s*0\.9\s*0\.95/);
    t.match(await entries.nth(1).innerText(), /erin created this relation/);

    // Revert the edit: a new change; the canvas is back at 0.9.
    await entries.first().locator('.revert').click();
    await page.locator('#write-notice').filter({ hasText: 'Reverted' }).waitFor();
    t.equal(await drawnStrength(page), 0.9, 'reverted');
    await page.screenshot({ path: `${SCREENSHOTS}/full-flow.png` });

    await page.locator('#sign-out').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    t.equal(await page.locator('.edit-controls:visible, .revert:visible').count(), 0, 'signed out: no edit control');
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('the same views as a viewer show no edit control', async (t) => {
    await session.context.clearCookies();
    const page = await signedIn(session, `/?from=turkey&to=armenia&mode=strongest`, ACCOUNTS.viewer);
    const card = page.locator(`#panel .relation[data-relation="${RELATION.id}"]`).first();
    await card.waitFor();
    await card.locator('.history-tab summary').click();
    await card.locator('.change-entry').nth(2).waitFor();
    await page.goto(`${session.baseUrl}/?focus=turkey`);
    await ready(page);
    await page.locator('.actor-panel').waitFor();
    t.equal(await page.locator('.edit-controls:visible, .revert:visible').count(), 0, 'no Edit, Delete or Revert');
    t.notOk(await page.locator('#open-add-source').isVisible(), 'no Add a source');
    await page.locator('#sign-out').click();
    await page.close();
  });

  t.test('a stale edit from a second page gets the 412 explanation', async (t) => {
    await session.context.clearCookies();
    const first = await signedIn(session, '/?tie=armenia:turkey');
    const second = await openExplorer(session, '/?tie=armenia:turkey');
    const cardOf = (page: Page) => page.locator(`#panel .relation[data-relation="${RELATION.id}"]`);
    await cardOf(first).locator('.edit-controls .edit').click();
    await first.locator('dialog.record-edit').getByLabel('Confidence (0–1)').fill('0.5');
    await cardOf(second).locator('.edit-controls .edit').click();
    await second.locator('dialog.record-edit').getByLabel('Confidence (0–1)').fill('0.35');
    await second.locator('dialog.record-edit').getByRole('button', { name: 'Save' }).click();
    await second.locator('#write-notice').filter({ hasText: 'Saved' }).waitFor();
    await first.locator('dialog.record-edit').getByRole('button', { name: 'Save' }).click();
    const refusal = first.locator('dialog.record-edit .form-error');
    await refusal.waitFor();
    t.equal(await refusal.getAttribute('data-status'), '412');
    t.match(await refusal.innerText(), /Someone changed this since you opened it/);
    t.equal(
      (await session.app.inject({ url: `/api/relations/${RELATION.id}` })).json().confidence,
      0.35,
      'the first page lost nothing of the second page’s save',
    );
    await first.close();
    await second.close();
  });
}

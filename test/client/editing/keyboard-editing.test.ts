// Browser test of the editing forms by keyboard alone: every control labelled, focus kept in the modal, Esc closes and returns focus, errors land on their field and are announced, and a relation and an actor are made without the mouse.
import t from 'tap';
import type { Page } from 'playwright-core';
import { openExplorer, pageErrors, startBrowserSession } from '../browser.js';
import { ACCOUNTS, addAccounts, openNewSource, PASSWORD, storeSettings } from './editing-session.js';

const TEXT = 'Georgia sold arms to Armenia in 2019, officials said. Israel and Iran remain rivals.';

/** Presses Tab until the focused element matches `selector` (at most 120 times), as a keyboard user moves. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSettings(t));
if (session) {
  await addAccounts(session);
  t.teardown(() => session.close());

  t.test('sign in, a relation from a candidate and a new actor, keyboard only', async (t) => {
    const page = await openExplorer(session, '/');
    await tabTo(page, '#sign-in');
    await page.keyboard.press('Enter');
    t.equal(await activeId(page), 'sign-in-name', 'the dialog opens on the name');
    await page.keyboard.type(ACCOUNTS.editor);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('#account-name').waitFor();
    const source = { id: 'kb-note', title: 'Keyboard note', text: TEXT };
    t.equal(await openNewSource(session, page, source), 201);
    await page.locator('.candidates-box[open] summary:has-text("Candidates (2)")').waitFor();

    await tabTo(page, '.candidate .candidate-actions > button:first-child');
    await page.keyboard.press('Enter');
    const dialog = page.locator('#relation-dialog');
    await dialog.waitFor();
    t.equal(await activeId(page), 'relation-kind', 'both actors proposed: focus starts at the kind');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#relation-dialog :is(input, select, textarea)')]
        .filter((c) => !(c as HTMLInputElement).labels?.length && !c.getAttribute('aria-label'))
        .map((c) => c.id || c.outerHTML.slice(0, 60)),
    );
    t.same(unlabelled, [], 'every control of the form has a label');
    t.equal(await dialog.getAttribute('aria-labelledby'), 'relation-title', 'the dialog is named by its title');
    const outside: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      // Between the last control and the first, a modal lets focus pass through the browser's own UI (the body here).
      const where = await page.evaluate(() =>
        document.activeElement === document.body || document.activeElement?.closest('#relation-dialog')
          ? null
          : (document.activeElement?.id ?? document.activeElement?.tagName ?? '?'),
      );
      if (where !== null) outside.push(where);
    }
    t.same(outside, [], 'Tab reaches nothing of the page behind the modal');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    t.ok(
      await page.evaluate(() => document.activeElement?.textContent === 'Create relation'),
      'Esc closes and focus returns to the button that opened it',
    );

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // An empty reason: the error is said at its field, the field gets focus and names the error for screen readers.
    await tabTo(page, '#relation-strength-note');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await page.locator('#relation-strength-note-error:not(:empty)').waitFor();
    t.equal(await activeId(page), 'relation-strength-note', 'focus lands on the field in error');
    t.equal(await page.locator('#relation-strength-note').getAttribute('aria-invalid'), 'true');
    t.match(
      await page.locator('#relation-strength-note').getAttribute('aria-describedby'),
      /relation-strength-note-error/,
      'the error is read with the field',
    );
    t.equal(
      await page.locator('#relation-problem').innerText(),
      'Say in one line why this strength.',
      'and announced in the alert line',
    );
    await page.keyboard.type('moderate: the size is not stated');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => window.__explorer!.graph.hasEdge('georgia-armenia-arms-transfer-2019'));
    await page.locator('.candidates-box summary:has-text("Candidates (1)")').waitFor();
    t.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Create relation',
      'focus goes on to the next candidate',
    );

    // A new actor with nothing selected: the name is typed.
    await tabTo(page, '#selection-actor');
    await page.keyboard.press('Enter');
    await page.locator('#actor-dialog').waitFor();
    t.equal(await activeId(page), 'actor-name', 'no selection: the cursor waits in Name');
    await page.keyboard.type('Kakheti growers');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End'); // the last kind: group
    const kind = await page.locator('#actor-kind').inputValue();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__explorer!.graph.hasNode('kakheti-growers'));
    t.equal(
      await page.evaluate(() => window.__explorer!.graph.getNodeAttribute('kakheti-growers', 'kind')),
      kind,
      'the actor is made with the kind chosen by keyboard',
    );
    t.equal(await activeId(page), 'selection-actor', 'focus is back on New actor');
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('the edit dialog is named, Esc closes it and focus returns', async (t) => {
    const page = await openExplorer(session, '/?focus=georgia');
    await tabTo(page, '#panel .edit-controls .edit');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.record-edit');
    await dialog.waitFor();
    const named = await dialog.evaluate(
      (d) => document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent,
    );
    t.equal(named, 'Edit Georgia');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    t.ok(
      await page.evaluate(() => document.activeElement?.matches('#panel .edit-controls .edit')),
      'focus returns to Edit',
    );
    await page.close();
  });
}

// Browser test of the Accounts… dialog: an admin of * lists, adds, changes and takes roles, removes an account (keyboard, errors in the live line, names as text), but not their own admin role; editors do not see it.
import t from 'tap';
import { createAccount, listAccounts, type AccountsDb } from '../../../server/accounts/account-store.js';
import { axeViolations } from '../a11y/axe.js';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { ACCOUNTS, addAccounts, DATASET, PASSWORD, signInThroughHeader, storeSettings } from './editing-session.js';

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSettings(t));
if (session) {
  const db = session.app.storeConnection!.db as unknown as AccountsDb;
  await addAccounts(session);
  await createAccount(db, { name: 'root', password: PASSWORD, roles: [{ dataset: '*', role: 'admin' }] });
  t.teardown(() => session.close());
  const rolesOf = async (name: string) =>
    (await listAccounts(db)).find((account) => account.name === name)?.roles ?? null;

  t.test('an editor of one dataset has no Accounts… button', async (t) => {
    const page = await openExplorer(session, '/');
    await signInThroughHeader(page, ACCOUNTS.editor);
    t.equal(await page.locator('#open-accounts').count(), 0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.close();
  });

  t.test('an admin of * manages accounts from the header, with the keyboard', async (t) => {
    const page = await openExplorer(session, '/');
    await signInThroughHeader(page, 'root');
    await page.locator('#open-accounts').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Accounts' });
    await dialog.waitFor();
    await page.locator('#accounts-status:has-text("3 accounts.")').waitFor();
    t.equal(await page.evaluate(() => document.activeElement?.id), 'account-new-name', 'focus starts in the new name');
    t.same(await page.locator('#accounts-table tbody th').allInnerTexts(), ['erin', 'root (you)', 'victor']);
    const chips = async (name: string) =>
      (await page.locator(`[data-account="${name}"] .role-chip`).allInnerTexts()).map((text) =>
        text.replace(/\s+/g, ' '),
      );
    t.same(await chips(ACCOUNTS.editor), [`${DATASET} editor ×`], 'roles as chips: dataset, role, take-away');

    // A refusal is said in the live line and beside its field, with focus there.
    await page.keyboard.type('<img src=x onerror=alert(1)>');
    await page.keyboard.press('Tab');
    await page.keyboard.type('correct horse battery');
    await page.keyboard.press('Enter');
    await page.locator('#accounts-problem:not(:empty)').waitFor();
    t.match(await page.locator('#accounts-problem').innerText(), /^Not a possible name\. Lower-case letters/);
    t.match(await page.locator('#account-new-name-error').innerText(), /^Not a possible name\./);
    t.equal(await page.evaluate(() => document.activeElement?.id), 'account-new-name');
    t.equal(await page.locator('#accounts-dialog img').count(), 0, 'the typed name stays text');
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(serious, [], 'the dialog with its error is axe-clean');

    // Add ada as an editor of the dataset shown (its field starts there).
    await page.locator('#account-new-name').fill('ada');
    t.equal(await page.locator('#account-new-dataset').inputValue(), DATASET);
    await page.locator('#account-new-password').press('Enter');
    await page.locator('#accounts-status:has-text("Added ada: editor of besa-1723.")').waitFor();
    t.same(await rolesOf('ada'), [{ dataset: DATASET, role: 'editor' }], 'the server has the account');
    t.same(await page.locator('#accounts-table tbody th').allInnerTexts(), ['ada', 'erin', 'root (you)', 'victor']);
    t.equal(await page.evaluate(() => document.activeElement?.id), 'account-new-name', 'ready for the next one');

    // Change ada's role with the keyboard: giving a role on a dataset she has one on replaces it; focus comes back.
    await page.getByLabel(`New role for ada`, { exact: true }).focus();
    await page.getByLabel(`New role for ada`, { exact: true }).selectOption('viewer');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#accounts-status:has-text("ada is now viewer of besa-1723.")').waitFor();
    t.same(await rolesOf('ada'), [{ dataset: DATASET, role: 'viewer' }]);
    t.same(await chips('ada'), [`${DATASET} viewer ×`]);
    t.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-key')),
      'give ada',
      'focus back on Give role after the redraw',
    );

    // Give ada a role on every dataset, then take the dataset's role away.
    await page.getByLabel('Dataset of a new role for ada (an id, or * for every dataset)').fill('*');
    await page.getByLabel('New role for ada', { exact: true }).selectOption('editor');
    await page.getByLabel('Dataset of a new role for ada (an id, or * for every dataset)').press('Enter');
    await page.locator('#accounts-status:has-text("ada is now editor of *.")').waitFor();
    t.same(await rolesOf('ada'), [
      { dataset: '*', role: 'editor' },
      { dataset: DATASET, role: 'viewer' },
    ]);
    await page.getByRole('button', { name: `Take away ada's role on ${DATASET}` }).click();
    await page.locator(`#accounts-status:has-text("ada no longer has a role on ${DATASET}.")`).waitFor();
    t.same(await rolesOf('ada'), [{ dataset: '*', role: 'editor' }]);
    t.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-key')),
      'give ada',
      'focus on Give role after a take-away',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/accounts-dialog.png` });

    // Remove takes two presses; Esc in between calls it off and leaves the dialog open.
    const remove = page.locator('[data-key="remove ada"]');
    await remove.focus();
    await page.keyboard.press('Enter');
    t.match(await remove.innerText(), /Press again to remove ada/);
    await page.keyboard.press('Escape');
    t.ok(await dialog.isVisible(), 'Esc on an armed Remove keeps the dialog');
    t.equal(await remove.textContent(), 'Remove ada', 'Remove, its name there for screen readers');
    t.equal(await page.getByRole('button', { name: 'Remove ada', exact: true }).count(), 1);
    t.ok(await rolesOf('ada'), 'not removed');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.locator('#accounts-status:has-text("Removed ada")').waitFor();
    t.equal(await rolesOf('ada'), null, 'removed on the server');
    t.same(await page.locator('#accounts-table tbody th').allInnerTexts(), ['erin', 'root (you)', 'victor']);

    // Her own row offers neither her admin role on * nor her removal, and says why; the server refuses them anyway.
    t.same(await chips('root'), ['* (every dataset) admin'], 'no take-away on her own admin role');
    t.equal(await page.locator('[data-key="remove root"]').count(), 0, 'no Remove on her own row');
    t.match(
      await page.locator('[data-account="root"] .own-account-note').innerText(),
      /Another admin must remove you or your admin role on \*/,
    );
    t.match(await page.locator('[data-account="root"] th').innerText(), /root \(you\)/);
    await page.getByLabel('Dataset of a new role for root (an id, or * for every dataset)').fill('*');
    await page.getByLabel('New role for root', { exact: true }).selectOption('editor');
    await page.getByLabel('Dataset of a new role for root (an id, or * for every dataset)').press('Enter');
    await page.locator('#accounts-problem:not(:empty)').waitFor();
    t.match(
      await page.locator('#accounts-problem').innerText(),
      /your own admin role on every dataset \("\*"\): another admin of "\*" must do it\. Nothing was changed\./,
    );
    t.same(await rolesOf('root'), [{ dataset: '*', role: 'admin' }], 'still admin of *');
    t.same(
      (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      [],
      'the compact rows are axe-clean',
    );

    // Esc closes; focus returns to the button that opened it.
    await page.keyboard.press('Escape');
    t.notOk(await dialog.isVisible());
    t.equal(await page.evaluate(() => document.activeElement?.id), 'open-accounts');
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('the rows at phone width: name, chips and the give-a-role control wrap inside the dialog', async (t) => {
    const page = await openExplorer(session, '/', { width: 390, height: 844 });
    await page.locator('#open-accounts').waitFor(); // root is still signed in: the session's cookie outlives the page
    await page.locator('#open-accounts').click();
    await page.locator('#accounts-status:has-text("3 accounts.")').waitFor();
    const width = await page.evaluate(() => {
      const dialog = document.querySelector('#accounts-dialog')!;
      return { dialog: dialog.clientWidth, content: dialog.scrollWidth };
    });
    t.ok(width.content <= width.dialog, `no sideways scroll: ${width.content} in ${width.dialog} px`);
    await page.screenshot({ path: `${SCREENSHOTS}/accounts-dialog-phone.png` });
    t.same(pageErrors(page), []);
    await page.close();
  });
}

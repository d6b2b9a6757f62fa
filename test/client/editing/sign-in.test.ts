// Browser test of signing in and out in the header: errors in words with focus kept, keyboard only, axe-clean, and edit controls only for an editor.
import t from 'tap';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { axeViolations } from '../a11y/axe.js';
import { ACCOUNTS, addAccounts, signedIn, storeSettings } from './editing-session.js';

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSettings(t));
if (session) {
  await addAccounts(session);
  t.teardown(() => session.close());

  t.test(
    'a wrong password is said in words, focus stays in the password; then an editor signs in and out',
    async (t) => {
      const page = await openExplorer(session, '/');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      t.equal(await page.locator('body').getAttribute('data-can-edit'), 'false', 'a visitor cannot edit');
      // Keyboard only: focus the button, Enter opens the dialog with focus in Name.
      await page.getByRole('button', { name: 'Sign in' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Sign in' });
      await dialog.waitFor();
      t.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-name', 'focus starts in Name');
      t.notOk(await page.locator('#sign-in-problem').isVisible(), 'no empty error bar before anything is wrong');
      await page.keyboard.press('Enter');
      t.equal(await page.locator('#sign-in-problem').innerText(), 'Type your account name.');
      await page.keyboard.type(ACCOUNTS.editor);
      await page.keyboard.press('Tab');
      await page.keyboard.type('not the password');
      await page.keyboard.press('Enter');
      await page.locator('#sign-in-problem:has-text("Wrong name or password")').waitFor();
      t.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-password', 'focus kept on the password');
      t.equal(await page.locator('#sign-in-password').getAttribute('aria-invalid'), 'true');
      const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      t.same(serious, [], 'the dialog with its error is axe-clean');
      await page.screenshot({ path: `${SCREENSHOTS}/sign-in-error.png` });

      await page.keyboard.type('correct horse battery');
      await page.keyboard.press('Enter');
      await page.locator('#account-name').waitFor();
      t.equal(await page.locator('#account-name').innerText(), `${ACCOUNTS.editor} · editor`);
      t.notOk(await dialog.isVisible(), 'the dialog closed');
      t.equal(await page.evaluate(() => document.activeElement?.id), 'sign-out', 'focus lands on Sign out');
      t.equal(await page.locator('body').getAttribute('data-can-edit'), 'true');
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.topbar > :not([hidden])')].map((e) => {
          const box = e.getBoundingClientRect();
          return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
        }),
      );
      const firstBottom = Math.min(...boxes.map((b) => b.bottom));
      t.ok(
        boxes.every((b) => b.top < firstBottom),
        `the header stays one line at 1280 px (${JSON.stringify(boxes)})`,
      );
      await page.screenshot({ path: `${SCREENSHOTS}/signed-in.png` });

      await page.reload();
      await page.locator('#account-name').waitFor();
      t.equal(await page.locator('body').getAttribute('data-can-edit'), 'true', 'the session survives a reload');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      t.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in', 'focus lands on Sign in');
      t.equal(await page.locator('body').getAttribute('data-can-edit'), 'false');
      const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
      t.same(me, { account: null, via: 'anonymous', roles: [] }, 'the server ended the session');
      t.same(pageErrors(page), []);
      await page.close();
    },
  );

  t.test('a viewer is signed in but may not edit', async (t) => {
    const page = await signedIn(session, '/', ACCOUNTS.viewer);
    t.equal(await page.locator('#account-name').innerText(), `${ACCOUNTS.viewer} · viewer (read only)`);
    t.equal(await page.locator('body').getAttribute('data-can-edit'), 'false');
    t.same(pageErrors(page), []);
    await page.close();
  });
}

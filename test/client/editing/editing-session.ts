// Browser-test helper for editing: the real server over a fresh PGlite store (the bundled article), with an editor and a viewer account, and sign-in through the header.
import type { Page } from 'playwright-core';
import type { Test } from 'tap';
import { createAccount } from '../../../server/accounts/account-store.js';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { freshLocation } from '../../server/store/backends.js';
import type { Settings } from '../../../server/config.js';
import type { BrowserSession } from '../browser.js';

/** The dataset the store is seeded with (the bundled article). */
export const DATASET = 'besa-1723';
/** The password of every test account. */
export const PASSWORD = 'correct horse battery';
/** Accounts made for the tests: an editor and a viewer of DATASET. */
export const ACCOUNTS = { editor: 'erin', viewer: 'victor' } as const;

/** The settings of a server over a fresh PGlite store, seeded with the bundled article (pass to startBrowserSession). */
export async function storeSettings(t: Test): Promise<Partial<Settings>> {
  const where = await freshLocation(t, 'pglite');
  return { store: 'on', dataDir: where.dataDir, databaseUrl: '' };
}

/** Creates the editor and the viewer of DATASET in the session's store. */
export async function addAccounts(session: BrowserSession): Promise<void> {
  const db = session.app.storeConnection!.db as unknown as AccountsDb;
  await createAccount(db, { name: ACCOUNTS.editor, password: PASSWORD, roles: [{ dataset: DATASET, role: 'editor' }] });
  await createAccount(db, { name: ACCOUNTS.viewer, password: PASSWORD, roles: [{ dataset: DATASET, role: 'viewer' }] });
}

/** Signs `name` in through the header's dialog, with the keyboard, and waits until the header names the account. */
export async function signInThroughHeader(page: Page, name: string, password = PASSWORD): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#sign-in-name').fill(name);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('#sign-in-password').press('Enter');
  await page.locator('#account-name').waitFor();
}

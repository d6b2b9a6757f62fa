// Browser-test helper for editing: the real server over a fresh PGlite store (the bundled article), with an editor and a viewer account, and sign-in through the header.
import type { Page } from 'playwright-core';
import type { Test } from 'tap';
import { createAccount } from '../../../server/accounts/account-store.js';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { freshLocation } from '../../server/store/backends.js';
import type { Settings } from '../../../server/config.js';
import { openExplorer, type BrowserSession } from '../browser.js';

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

/** Creates the editor and the viewer of `dataset` (DATASET by default) in the session's store. */
export async function addAccounts(session: BrowserSession, dataset = DATASET): Promise<void> {
  const db = session.app.storeConnection!.db as unknown as AccountsDb;
  await createAccount(db, { name: ACCOUNTS.editor, password: PASSWORD, roles: [{ dataset, role: 'editor' }] });
  await createAccount(db, { name: ACCOUNTS.viewer, password: PASSWORD, roles: [{ dataset, role: 'viewer' }] });
}

/** Signs `name` in through the header's dialog, with the keyboard, and waits until the header names the account. */
export async function signInThroughHeader(page: Page, name: string, password = PASSWORD): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#sign-in-name').fill(name);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('#sign-in-password').press('Enter');
  await page.locator('#account-name').waitFor();
}

/** Opens the explorer at `path` and signs `name` (the editor by default) in through the header: most editing tests start here. */
export async function signedIn(session: BrowserSession, path = '/', name: string = ACCOUNTS.editor): Promise<Page> {
  const page = await openExplorer(session, path);
  await signInThroughHeader(page, name);
  return page;
}

/** A source of `text` posted by the signed-in `page` as the add-source dialog would, then opened in the reader; answers the POST's status. */
export async function openNewSource(
  session: BrowserSession,
  page: Page,
  source: { id: string; title: string; text: string },
): Promise<number> {
  const status = await page.evaluate(async (fields) => {
    const me = await (await fetch('/api/auth/me')).json();
    const response = await fetch('/api/sources', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ author: 'T', publisher: 'P', published: '2021', ...fields }),
    });
    return response.status;
  }, source);
  await page.goto(`${session.baseUrl}/?source=${source.id}`);
  await page.waitForFunction(() => window.__explorer?.layoutDone === true);
  return status;
}

/** Selects the first occurrence of `phrase` in the reader's document, as a user's drag would (across mention marks), and waits for "New relation". */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const doc = document.querySelector('.reader-document')!;
    const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const from = nodes
      .map((n) => n.data)
      .join('')
      .indexOf(wanted);
    if (from < 0) throw new Error(`"${wanted}" is not in the reader`);
    const place = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset outside the text');
    };
    const range = document.createRange();
    range.setStart(...place(from));
    range.setEnd(...place(from + wanted.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, phrase);
  await page.locator('#selection-relation:not([disabled])').waitFor();
}

// Browser test of the relation form's pickers in large mode: the select lists only what is drawn, so each side has a finder over every actor (the search API), used here by keyboard alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { runGenerate } from '../../../graph/generate/generate-cli.js';
import { createAccount, type AccountsDb } from '../../../server/accounts/account-store.js';
import { snap, startBrowserSession } from '../browser.js';
import { PASSWORD, selectInReader, signInThroughHeader, storeSettings } from './editing-session.js';

t.setTimeout(300_000);

// Just over large mode's 5,000 actors, with few relations so the store loads it quickly.
const dir = mkdtempSync(join(tmpdir(), 'explorer-large-pickers-'));
const file = join(dir, 'synthetic.json');
t.equal(await runGenerate(['--actors', '5200', '--relations', '6000', '--seed', '6', '--out', file], () => {}), 0);
const actors = (JSON.parse(readFileSync(file, 'utf8')) as { actors: Array<{ id: string; name: string }> }).actors;

const session = await startBrowserSession(t, { ...(await storeSettings(t)), dataFile: file, dataFiles: [file] });
if (!session) rmSync(dir, { recursive: true, force: true });
else {
  t.teardown(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const db = session.app.storeConnection!.db as unknown as AccountsDb;
  await createAccount(db, { name: 'lena', password: PASSWORD, roles: [{ dataset: '*', role: 'editor' }] });

  t.test('a relation between two actors that are not drawn, found by name with the keyboard', async (t) => {
    // A large page lays out 2,000 actors in software WebGL: longer than openExplorer waits.
    const page = await session.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session.baseUrl}/?source=synthetic`);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 90_000 });
    await signInThroughHeader(page, 'lena');
    t.ok(await page.evaluate(() => Boolean(window.__explorer!.large)), 'large mode');
    const undrawn = await page.evaluate(
      (list) => list.filter((a) => !window.__explorer!.graph.hasNode(a.id)).slice(0, 2),
      actors,
    );
    t.equal(undrawn.length, 2, 'two actors outside the overview');
    const [from, to] = undrawn as [{ id: string; name: string }, { id: string; name: string }];

    // Select one line of the source and open the form.
    const sentence = 'Synthetic arms transfer tie.';
    await page.locator('.reader-document').waitFor();
    await selectInReader(page, sentence);
    await page.locator('#selection-relation:not([disabled])').click();
    await page.getByRole('dialog', { name: 'New relation' }).waitFor();
    t.notOk(
      await page.locator(`#relation-source option[value="${from.id}"]`).count(),
      'the select lists only what is drawn',
    );
    t.match(await page.locator('#relation-source optgroup').last().getAttribute('label'), /Drawn on the canvas/);

    for (const [side, actor] of [
      ['source', from],
      ['target', to],
    ] as const) {
      await page.locator(`#relation-${side}-find`).focus();
      await page.keyboard.type(actor.name);
      // In this side's suggestions: the other finder's hidden list may hold the same actor.
      await page.locator(`#relation-${side}-find ~ [role="listbox"] [role="option"][data-id="${actor.id}"]`).waitFor();
      // Down to the actor in the suggestions (the exact name is usually first), then Enter.
      const ids = await page
        .locator(`#relation-${side}-find ~ [role="listbox"] [role="option"]`)
        .evaluateAll((options) => options.map((o) => o.getAttribute('data-id')));
      for (let i = 0; i < ids.indexOf(actor.id); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      t.equal(await page.locator(`#relation-${side}`).inputValue(), actor.id, `${side}: ${actor.name} chosen`);
      t.ok(await page.getByRole('dialog', { name: 'New relation' }).isVisible(), 'Enter in the finder does not save');
    }
    await page.locator('#relation-kind').selectOption('arms-transfer');
    await snap(page, 'large-pickers');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'New relation' }).waitFor({ state: 'hidden' });
    const stored = await page.evaluate(
      (id) => fetch(`/api/relations/${id}?dataset=synthetic`).then((r) => r.json()),
      `${from.id}-${to.id}-arms-transfer`,
    );
    t.match(stored, { source: from.id, target: to.id, evidence: [{ source: 'synthetic', quote: sentence }] });
    t.same(errors, []);
    await page.close();
  });
}

// Safety in every view: hostile names, notes, quotes, source text and metadata (and a 1 MB text) shown as text everywhere, history diffs included.
import t from 'tap';
import { openExplorer, pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { EVIL_ACTOR, EVIL_RELATION, EVIL_SOURCE } from './hostile-records.js';
import { checkSafe, watchDialogs } from './safety-checks.js';
import { adminWrite, storeSessionSettings } from './store-session.js';

t.setTimeout(300_000);
const session = await startBrowserSession(t, await storeSessionSettings(t));
if (session) {
  t.teardown(() => session.close());
  await adminWrite(session, 'POST', '/api/sources', EVIL_SOURCE);
  await adminWrite(session, 'POST', '/api/actors', EVIL_ACTOR);
  await adminWrite(session, 'POST', '/api/relations', EVIL_RELATION);
  await adminWrite(session, 'PUT', `/api/relations/${EVIL_RELATION.id}`, {
    ...EVIL_RELATION,
    strengthNote: `${EVIL_RELATION.strengthNote} (edited)`,
  });
  await adminWrite(session, 'PUT', `/api/actors/${EVIL_ACTOR.id}`, {
    ...EVIL_ACTOR,
    aliases: ['Evilcorp', '<b>x</b>'],
  });

  const open = async (path: string) => {
    const page = await openExplorer(session, path);
    watchDialogs(page);
    return page;
  };

  t.test('the actor panel and its history show the hostile actor as text', async (t) => {
    const page = await open(`/?focus=${EVIL_ACTOR.id}`);
    const panel = page.locator('.actor-panel');
    await panel.waitFor();
    t.equal(await panel.locator('h2').innerText(), EVIL_ACTOR.name, 'the name is its characters');
    await panel.locator('.history-tab summary').click();
    await panel.locator('.change-entry').nth(1).waitFor();
    t.equal(
      await panel.locator('.change-entry').first().locator('tr[data-field="aliases"] del').innerText(),
      EVIL_ACTOR.aliases.join(', '),
    );
    await checkSafe(t, page, 'actor panel');
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('the tie card, its quote, notes and history diff show the hostile relation as text', async (t) => {
    const page = await open(`/?tie=${EVIL_RELATION.source}:${EVIL_RELATION.target}`);
    const card = page.locator(`.relation[data-relation="${EVIL_RELATION.id}"]`);
    await card.waitFor();
    t.match(await card.locator('blockquote').innerText(), '<img src=x onerror=');
    await card.locator('.history-tab summary').click();
    const edit = card.locator('.change-entry').first();
    await edit.locator('tr[data-field="strengthNote"]').waitFor();
    t.match(await edit.locator('tr[data-field="strengthNote"] ins').innerText(), /\(edited\)$/);
    const created = card.locator('.change-entry[data-op="create"]');
    const note = await created.locator('tr[data-field="note"] ins').innerText();
    t.ok(note.length < 600, `the 200 kB note is cut in the diff (${note.length} characters shown)`);
    t.match(note, /more characters\)$/);
    await checkSafe(t, page, 'tie card');
    t.same(pageErrors(page), []);
    await page.screenshot({ path: `${SCREENSHOTS}/safety-tie-card.png` });
    await page.close();
  });

  t.test('the reader shows the 1 MB hostile source as text and stays responsive', async (t) => {
    const page = await open(`/?source=${EVIL_SOURCE.id}`);
    await page.locator('#panel[data-panel="reader"]').waitFor();
    await page.getByText('Lorem ipsum', { exact: false }).first().waitFor({ timeout: 20_000 });
    const mention = page.locator('.mention[data-actors="evil-actor"]').first();
    await mention.hover();
    await page.locator('.tooltip-actors').filter({ hasText: 'Mentions:' }).waitFor();
    t.match(
      await page.locator('.tooltip-actors').innerText(),
      '<img src=x',
      'the mention card names the actor as text',
    );
    await checkSafe(t, page, 'reader');
    const clicked = Date.now();
    await page.locator('#open-path').click();
    await page.locator('#panel[data-panel="path"]').waitFor();
    t.ok(Date.now() - clicked < 3_000, `a click after the 1 MB reader answered in ${Date.now() - clicked} ms`);
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('search suggestions and recent edits show hostile names as text', async (t) => {
    const page = await open('/');
    await page.getByPlaceholder('Search actors').fill('img');
    await page.locator('.suggestions li').first().waitFor();
    await checkSafe(t, page, 'search suggestions');
    await page.keyboard.press('Escape');
    await page.locator('#recent-changes summary').click();
    await page.locator('#recent-changes .change-entry').nth(4).waitFor();
    t.match(await page.locator('#recent-changes').innerText(), 'source <img src=x');
    await checkSafe(t, page, 'recent edits');
    t.same(pageErrors(page), []);
    await page.close();
  });
}

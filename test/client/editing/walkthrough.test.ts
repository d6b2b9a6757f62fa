// Browser test of issue 15's walkthrough: a new analyst signs in, adds an article of their own from the guide, and turns one paragraph into three evidenced relations, the third with a new actor, by clicks, a double-click and the keyboard only.
import t, { type Test } from 'tap';
import type { Page } from 'playwright-core';
import { openExplorer, pageErrors, snap, startBrowserSession } from '../browser.js';
import { ACCOUNTS, addAccounts, signInThroughHeader, storeSettings } from './editing-session.js';

/** A paragraph of our own (not the bundled article): three ties, the third naming an actor the dataset lacks. */
const PARAGRAPH =
  'In March 2021 Turkey delivered Bayraktar TB2 drones to Azerbaijan, officials in Ankara confirmed. ' +
  'Georgia and Armenia held talks on a new border crossing. ' +
  'Kazakhstan began to supply crude oil to Israel through the Baku-Tbilisi-Ceyhan pipeline in 2022.';
const SENTENCES = PARAGRAPH.split(/(?<=\.) /);

/** Double-clicks a word of the reader, as a user selects one name. */
async function doubleClickWord(page: Page, word: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const doc = document.querySelector('.reader-document')!;
    const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the reader`);
  }, word);
  await page.mouse.dblclick(box.x, box.y);
}

/** Opens the first candidate's form, checks what it proposes, and saves with Enter. */
async function relationFromCandidate(
  t: Test,
  page: Page,
  step: string,
  expected: { quote: string; source: string; target: string; kind: string; date: [string, string] },
): Promise<void> {
  const candidate = page.locator('.candidate', { hasText: expected.quote });
  await candidate.getByRole('button', { name: 'Create relation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  await dialog.waitFor();
  t.equal(await page.locator('#relation-quote').innerText(), expected.quote, `${step}: the quote is the sentence`);
  t.equal(await page.locator('#relation-source').inputValue(), expected.source, `${step}: source proposed`);
  t.equal(await page.locator('#relation-target').inputValue(), expected.target, `${step}: target proposed`);
  t.equal(await page.locator('#relation-kind').inputValue(), expected.kind, `${step}: kind suggested by the words`);
  t.equal(await page.locator(`#relation-${expected.date[0]}`).inputValue(), expected.date[1], `${step}: date`);
  t.match(
    await page.locator('#relation-suggested').innerText(),
    /Check them/,
    `${step}: the form says what it guessed`,
  );
  const save = page.getByRole('button', { name: 'Save relation' });
  t.ok(await save.isVisible(), `${step}: Save is in view without scrolling the form`);
  await snap(page, `walkthrough-${step}-form`);
  await page.keyboard.press('Enter'); // focus is on the kind: Enter submits the form
  await dialog.waitFor({ state: 'hidden' });
}

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSettings(t));
if (session) {
  await addAccounts(session);
  t.teardown(() => session.close());

  t.test('one paragraph becomes three evidenced relations, the third with a new actor', async (t) => {
    const started = Date.now();
    const page = await openExplorer(session, '/');
    t.notOk(await page.locator('#guide-add-source').isVisible(), 'a visitor is not shown the editing steps');
    await signInThroughHeader(page, ACCOUNTS.editor);
    // The guide says where editing starts, and its first step is a button.
    await page.getByRole('heading', { name: 'Turn an article into ties' }).waitFor();
    await snap(page, 'walkthrough-1-signed-in');
    await page.locator('#guide-add-source').click();
    const add = page.getByRole('dialog', { name: 'Add a source' });
    await add.waitFor();
    t.equal(await page.evaluate(() => document.activeElement?.id), 'source-text', 'the cursor waits in Text');
    await page.keyboard.insertText(PARAGRAPH); // a paste
    await page.getByLabel('Title', { exact: true }).fill('Caspian energy and arms, spring brief');
    await page.getByLabel('Author').fill('A. Walker');
    await page.getByLabel('Publisher').fill('Field Notes');
    await page.getByLabel('Date published').fill('2022-04-02');
    t.notOk(await page.locator('#add-source-problem').isVisible(), 'no empty error box under the form');
    await snap(page, 'walkthrough-2-add-source');
    await page.getByRole('button', { name: 'Add source' }).click();
    await add.waitFor({ state: 'hidden' });

    // The reader opens with its candidates already open: every sentence names two known actors.
    await page.locator('.candidates-box[open] summary:has-text("Candidates (3)")').waitFor();
    const tiesIn = (caption: string) => Number(/ of (\d+) ties shown/.exec(caption)?.[1]);
    const totalBefore = tiesIn(await page.locator('#summary').innerText());
    await snap(page, 'walkthrough-3-reader');
    await relationFromCandidate(t, page, 'arms', {
      quote: SENTENCES[0]!,
      source: 'turkey',
      target: 'azerbaijan',
      kind: 'arms-transfer',
      date: ['point', '2021-03'],
    });
    await page.locator('.candidates-box summary:has-text("Candidates (2)")').waitFor();
    await relationFromCandidate(t, page, 'talks', {
      quote: SENTENCES[1]!,
      source: 'georgia',
      target: 'armenia',
      kind: 'diplomatic-relations',
      date: ['point', ''],
    });
    await page.locator('.candidates-box summary:has-text("Candidates (1)")').waitFor();

    // Kazakhstan is no actor yet: double-click the name, New actor, a state.
    await doubleClickWord(page, 'Kazakhstan');
    await page.getByRole('button', { name: 'New actor' }).click();
    await page.getByRole('dialog', { name: 'New actor' }).waitFor();
    t.equal(await page.locator('#actor-name').inputValue(), 'Kazakhstan', 'the name is the word selected');
    t.equal(await page.evaluate(() => document.activeElement?.id), 'actor-kind', 'the cursor waits in Kind');
    await page.locator('#actor-kind').selectOption('state');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__explorer!.graph.hasNode('kazakhstan'));
    // It is drawn among the actors its sentence names, and the camera frames them.
    const place = await page.evaluate(() => {
      const { graph } = window.__explorer!;
      const at = (id: string) => graph.getNodeAttributes(id) as { x: number; y: number };
      const xs = graph.mapNodes((_n: string, a: { x: number }) => a.x);
      const ys = graph.mapNodes((_n: string, a: { y: number }) => a.y);
      const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const [k, i, p] = ['kazakhstan', 'israel', 'baku-tbilisi-ceyhan-pipeline'].map(at);
      const middle = { x: (i!.x + p!.x) / 2, y: (i!.y + p!.y) / 2 };
      return { off: Math.hypot(k!.x - middle.x, k!.y - middle.y) / size };
    });
    t.ok(
      place.off < 0.1,
      `drawn beside Israel and the pipeline (${(place.off * 100).toFixed(1)}% of the drawing away)`,
    );
    await page.waitForTimeout(600); // the camera's move
    const inView = await page.evaluate(() => {
      const { renderer } = window.__explorer!;
      const { x, y } = renderer.sigma.getNodeDisplayData('kazakhstan')!;
      const point = renderer.sigma.framedGraphToViewport({ x, y });
      const box = renderer.sigma.getContainer().getBoundingClientRect();
      return point.x > 0 && point.y > 0 && point.x < box.width && point.y < box.height;
    });
    t.ok(inView, 'the camera shows the new actor');
    await page.locator('.reader-document .mention', { hasText: 'Kazakhstan' }).waitFor();
    await snap(page, 'walkthrough-4-new-actor');

    await relationFromCandidate(t, page, 'oil', {
      quote: SENTENCES[2]!,
      source: 'kazakhstan',
      target: 'israel',
      kind: 'energy-supply',
      date: ['start', '2022'],
    });
    await page.locator('.candidates-box summary:has-text("Candidates (0)")').waitFor();
    await page.locator('.candidates-figure', { hasText: '3 of 3 sentences cited (100%)' }).waitFor();
    await snap(page, 'walkthrough-5-done');
    t.equal(
      tiesIn(await page.locator('#summary').innerText()),
      totalBefore + 3,
      'the caption under the canvas counts the three new ties',
    );
    const elapsed = Date.now() - started;

    const stored = await page.evaluate(() =>
      fetch('/api/relations?limit=500').then((r) => r.json() as Promise<{ items: Array<Record<string, any>> }>),
    );
    const mine = stored.items
      .filter((relation) => relation.evidence[0].source === 'caspian-energy-and-arms-spring-brief-2022')
      .map((r) => [r.source, r.target, r.kind, r.evidence[0].quote, r.evidence[0].start])
      .sort();
    t.same(
      mine,
      [
        ['georgia', 'armenia', 'diplomatic-relations', SENTENCES[1], PARAGRAPH.indexOf(SENTENCES[1]!)],
        ['kazakhstan', 'israel', 'energy-supply', SENTENCES[2], PARAGRAPH.indexOf(SENTENCES[2]!)],
        ['turkey', 'azerbaijan', 'arms-transfer', SENTENCES[0], 0],
      ],
      'three relations, each quoting its sentence exactly at its offset',
    );
    for (const id of ['turkey', 'georgia', 'kazakhstan'])
      t.ok(await page.evaluate((a) => window.__explorer!.graph.degree(a) > 0, id), `${id}'s new tie is drawn`);
    t.comment(`the walkthrough took ${(elapsed / 1000).toFixed(1)} s in the browser (a person reads and checks too)`);
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('renaming an actor marks its mentions in the open reader at once', async (t) => {
    const page = await openExplorer(session, '/?source=caspian-energy-and-arms-spring-brief-2022');
    const mention = page.locator('.reader-document .mention[data-actors="turkey"]').first();
    await mention.waitFor();
    // The actor panel, from the search box, keyboard only.
    await page.keyboard.press('/');
    await page.keyboard.type('Turkey');
    await page.locator('[role="option"][data-id="turkey"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#panel .edit-controls .edit').first().click();
    const dialog = page.locator('dialog.record-edit');
    await dialog.getByLabel('Name').fill('Türkiye');
    await dialog.getByLabel('Also known as').fill('Ankara, Turkey, Bayraktar');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.locator('#write-notice').filter({ hasText: 'Saved' }).waitFor();
    // Back to the passage: the reader asked for the mentions again (no reload), so the new alias is marked and the card names Türkiye.
    await page
      .locator('#panel :is(li, div)', { hasText: 'delivered Bayraktar' })
      .last()
      .getByRole('button', { name: 'Read in source' })
      .first()
      .click();
    await page.locator('.reader-document .mention[data-actors="turkey"]', { hasText: 'Bayraktar' }).waitFor();
    await page.locator('.reader-document .mention[data-actors="turkey"]', { hasText: 'Turkey' }).hover();
    await page.locator('.reader-tooltip', { hasText: 'Türkiye' }).waitFor();
    t.pass('the new alias is marked and the mention card names the new name');
    t.same(pageErrors(page), []);
    await page.close();
  });
}

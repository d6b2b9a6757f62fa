// Browser test of selection → "New relation" and "New actor": the quote exact with its offset, the pair from the mentions (swap), errors at their fields, the tie drawn at once and found by paths.
import t from 'tap';
import { pageErrors, SCREENSHOTS, startBrowserSession } from '../browser.js';
import { axeViolations } from '../a11y/axe.js';
import { ACCOUNTS, addAccounts, openNewSource, selectInReader, signedIn, storeSettings } from './editing-session.js';

const TEXT =
  'Georgia sold arms to Armenia in 2019, officials said. The wine growers of Kakheti protested.\n\nIsrael and Iran remain rivals.';

t.setTimeout(240_000);
const session = await startBrowserSession(t, await storeSettings(t));
if (session) {
  await addAccounts(session);
  t.teardown(() => session.close());

  t.test('a selected sentence becomes a relation drawn at once; a selected name becomes an actor', async (t) => {
    const page = await signedIn(session);
    // A source to work on, created as the add-source dialog would.
    const source = { id: 'caucasus-note', title: 'Caucasus note', text: TEXT };
    t.equal(await openNewSource(session, page, source), 201);
    await page.locator('.reader-document .mention').first().waitFor();

    // Candidates: the two uncited sentences that name two actors.
    // An editor finds the list open: each sentence is one click from the form.
    await page.locator('.candidates-box[open] summary:has-text("Candidates (2)")').waitFor();
    t.same(await page.locator('.candidate-label').allInnerTexts(), [
      'uncited: mentions Georgia and Armenia',
      'uncited: mentions Israel and Iran',
    ]);
    const sentence = 'Georgia sold arms to Armenia in 2019, officials said.';
    await selectInReader(page, sentence);
    const hint = page.locator('.selection-tools .muted');
    t.equal(await hint.innerText(), `Selected: ${sentence.length} characters.`);
    await page.getByRole('button', { name: 'New relation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New relation' });
    await dialog.waitFor();
    // The passage went into the form: the reader no longer says it is selected, nor offers it again.
    t.equal(await hint.innerText(), 'Select a passage to turn it into a relation or an actor.');
    t.ok(await page.locator('#selection-relation').isDisabled());
    t.equal(await page.locator('#relation-quote').innerText(), sentence, 'the quote is the selection');
    t.match(await page.locator('#relation-where').innerText(), /characters 0–53 of source "caucasus-note"/);
    t.equal(await page.locator('#relation-source').inputValue(), 'georgia', 'source proposed from the first mention');
    t.equal(await page.locator('#relation-target').inputValue(), 'armenia');
    await page.getByRole('button', { name: 'Swap ⇅' }).click();
    t.equal(await page.locator('#relation-source').inputValue(), 'armenia', 'swapped');
    await page.getByRole('button', { name: 'Swap ⇅' }).click();
    await page.locator('#relation-kind').selectOption('arms-transfer');
    t.match(await page.locator('#relation-roles').innerText(), /supplier → recipient\. Source actor is the supplier/);
    t.same(await page.locator('#relation-valence option').allInnerTexts(), ['cooperative'], 'valences the kind allows');
    await page.locator('#relation-stance').selectOption('reported');
    t.equal(await page.locator('#relation-confidence').inputValue(), '0.6', 'the stance sets its rung of the ladder');
    await page.getByLabel('On (a point in time)').fill('2019');
    await page.locator('#relation-point').dispatchEvent('change');
    t.equal(await page.locator('#relation-id').inputValue(), 'georgia-armenia-arms-transfer-2019');
    // An id already used: the server's refusal lands at the Id field.
    await page.locator('#relation-id').fill('israel');
    await page.getByRole('button', { name: 'Save relation' }).click();
    await page.locator('#relation-id-error:not(:empty)').waitFor();
    t.match(await page.locator('#relation-id-error').innerText(), /already used/);
    t.equal(await page.evaluate(() => document.activeElement?.id), 'relation-id', 'focus goes to the field');
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(serious, [], 'the form is axe-clean');
    await page.screenshot({ path: `${SCREENSHOTS}/new-relation.png` });

    await page.locator('#relation-id').fill('georgia-armenia-arms-transfer-2019');
    await page.getByRole('button', { name: 'Save relation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => window.__explorer!.graph.hasEdge('georgia-armenia-arms-transfer-2019'));
    t.ok(
      await page.evaluate(() =>
        window.__explorer!.renderer.view().visibleEdges.has('georgia-armenia-arms-transfer-2019'),
      ),
      'the canvas draws the new tie at once',
    );
    await page.locator('.reader-document mark.quote', { hasText: 'Georgia sold arms' }).waitFor();
    t.pass('the reader shows the sentence as a quoted passage now');
    const stored = await page.evaluate(() =>
      fetch('/api/relations/georgia-armenia-arms-transfer-2019').then((r) => r.json()),
    );
    t.same(stored.evidence, [{ source: 'caucasus-note', quote: sentence, start: 0 }], 'exact quote and offset stored');
    const paths = await page.evaluate(() =>
      fetch('/api/paths?from=georgia&to=armenia&mode=shortest&k=1').then((r) => r.json()),
    );
    t.equal(paths.outcome, 'found', 'it takes part in paths');
    t.match(JSON.stringify(paths.paths), /georgia-armenia-arms-transfer-2019/, 'the shortest path is the new tie');

    // The list shrinks: the cited sentence left it; the other is dismissed with a reason.
    await page.locator('.candidates-box summary:has-text("Candidates (1)")').waitFor();
    await page.locator('.candidate').getByRole('button', { name: 'Create relation' }).click();
    t.equal(
      await page.locator('#relation-quote').innerText(),
      'Israel and Iran remain rivals.',
      'a candidate opens the form',
    );
    t.equal(await page.locator('#relation-source').inputValue(), 'israel');
    await page.getByRole('dialog', { name: 'New relation' }).getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.candidate').getByRole('button', { name: 'Dismiss', exact: true }).click();
    await page.getByLabel('Why it states no tie (optional)').fill('rivalry already modelled elsewhere');
    await page.getByRole('button', { name: 'Dismiss it' }).click();
    await page.locator('.candidates-box summary:has-text("Candidates (0)")').waitFor();
    t.match(
      await page.locator('.candidates-figure').innerText(),
      /1 of 3 sentences cited \(33%\); 0 uncited name two actors or more; 1 dismissed/,
    );
    const dismissals = await page.evaluate(() => fetch('/api/sources/caucasus-note/dismissals').then((r) => r.json()));
    t.match(
      dismissals.dismissals,
      [{ who: 'erin', reason: 'rivalry already modelled elsewhere' }],
      'recorded with who and why',
    );
    // Undo: the dismissed sentence is listed with who and why, and Undo puts it back on the list.
    const box = page.locator('.dismissed-box');
    await box.locator('summary:has-text("Dismissed (1)")').click();
    t.match(
      await box.locator('.dismissed-item').innerText(),
      /Dismissed by erin, .*: rivalry already modelled elsewhere/,
    );
    await box.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.candidates-box summary:has-text("Candidates (1)")').waitFor();
    await page.locator('.candidates-figure', { hasText: '0 dismissed' }).waitFor();
    t.ok(await box.isHidden(), 'nothing dismissed any more');
    const log = await page.evaluate(() => fetch('/api/sources/caucasus-note/dismissal-log').then((r) => r.json()));
    t.match(
      log.entries,
      [
        { action: 'undo', who: 'erin' },
        { action: 'dismiss', who: 'erin' },
      ],
      'the undo is recorded too',
    );

    // A selected name becomes an actor; the reader marks its mention afterwards.
    await selectInReader(page, 'wine growers of Kakheti');
    await page.getByRole('button', { name: 'New actor' }).click();
    await page.getByRole('dialog', { name: 'New actor' }).waitFor();
    t.equal(await page.locator('#actor-name').inputValue(), 'wine growers of Kakheti');
    t.equal(await hint.innerText(), 'Select a passage to turn it into a relation or an actor.', 'the name was used');
    t.equal(await page.locator('#actor-aliases').inputValue(), '', 'no aliases typed');
    t.notOk(await page.locator('#actor-aliases').getAttribute('placeholder'), 'no example names that read as typed');
    t.match(
      await page.locator('#actor-aliases-hint').innerText(),
      /separated by commas \(for Azerbaijan, e\.g\.: Baku/,
    );
    t.equal(await page.locator('#actor-id').inputValue(), 'wine-growers-of-kakheti');
    await page.locator('#actor-kind').selectOption('group');
    await page.getByLabel('Aliases').fill('Kakheti growers');
    await page.getByRole('button', { name: 'Create actor' }).click();
    await page.waitForFunction(() => window.__explorer!.graph.hasNode('wine-growers-of-kakheti'));
    await page.locator('.reader-document .mention', { hasText: 'wine growers of Kakheti' }).waitFor();
    t.pass('the new actor is drawn and its mention marked');
    await page.screenshot({ path: `${SCREENSHOTS}/new-relation-drawn.png` });
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('a viewer sees no selection tools', async (t) => {
    await session.context.clearCookies();
    const page = await signedIn(session, '/?source=besa-1723', ACCOUNTS.viewer);
    await page.locator('.reader-document').waitFor();
    t.notOk(await page.locator('.selection-tools').isVisible());
    await page.close();
  });
}

// Browser tests of the explorer's questions: a path through the form, the comparison, the time slider, and links that reload identically.
import t from 'tap';
import type { Page } from 'playwright-core';
import { openExplorer, snap, startBrowserSession } from './browser.js';

/** Relation ids whose own date (start or point) lies after a year, from the loaded graph. */
const datedAfter = (page: Page, year: number) =>
  page.evaluate((y) => {
    const { graph } = window.__explorer!;
    return graph.filterEdges((_e, r) => {
      const begin = r.dates?.start ?? r.dates?.point;
      return begin !== undefined && Number(begin.slice(0, 4)) > y;
    });
  }, year);

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());

  t.test('a path query through the form lists its steps with evidence and highlights them', async (t) => {
    const page = await openExplorer(session);
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    const pick = async (label: string, text: string, id: string) => {
      const input = page.getByRole('combobox', { name: label, exact: true });
      await input.fill(text);
      await page.locator(`.path-form [role="option"][data-id="${id}"]`).click();
    };
    await pick('From', 'United States', 'united-states');
    await pick('To', 'Aeronautics', 'aeronautics-defense-systems');
    await page.getByLabel('Mode').selectOption('strongest');
    await page.getByRole('button', { name: 'Find paths' }).click();
    const steps = page.locator('.path-result .steps .step');
    await steps.first().waitFor();
    const count = await steps.count();
    t.ok(count >= 1, `the path has ${count} steps`);
    t.equal(
      (await page.locator('.path-result .steps .step .evidence blockquote').count()) >= count,
      true,
      'each step shows its evidence',
    );
    const line = await page.locator('.path-line').innerText();
    t.match(line, /^United States → .* → (\[[a-z ]+\] |\([a-z ]+\) )?Aeronautics Defense Systems$/);
    t.ok(await page.locator('.path-result .path-structural').isVisible(), 'the panel explains the structural links');
    t.equal(
      await page.locator('.path-result .steps .step.structural').count(),
      (line.match(/\[/g) ?? []).length,
      'each bracketed step is listed as structural',
    );
    t.match(page.url(), /from=united-states&to=aeronautics-defense-systems&mode=strongest/);
    const drawn = await page.evaluate(() => {
      const { renderer, store } = window.__explorer!;
      const result = store.get().results.paths;
      if (result.status !== 'ok') return null;
      const path = result.data.paths[store.get().chosenPath]!;
      const onPath = new Set(path.actors.map((a) => a.id));
      const off = renderer.graph.nodes().find((n) => !onPath.has(n) && !renderer.sigma.getNodeDisplayData(n)?.hidden);
      return {
        edgesShown: path.relations.every((r) => renderer.sigma.getEdgeDisplayData(r.id)?.hidden === false),
        endsLabelled: [...onPath].every((id) => renderer.sigma.getNodeDisplayData(id)?.forceLabel === true),
        offColour: off ? renderer.sigma.getNodeDisplayData(off)?.color : '#D9D9DE',
        alternatives: result.data.paths.length,
      };
    });
    t.ok(drawn, 'the paths arrived');
    t.ok(drawn!.edgesShown, 'every step of the chosen path is drawn (even a structural one)');
    t.ok(drawn!.endsLabelled, 'the actors on the path are labelled');
    t.equal(drawn!.offColour, '#D9D9DE', 'everything else is dimmed');
    await snap(page, 'path');
    if (drawn!.alternatives > 1) {
      await page.getByRole('button', { name: 'Next alternative' }).click();
      t.equal(
        await page.evaluate(() => window.__explorer!.store.get().chosenPath),
        1,
        'stepping to the next alternative',
      );
      t.match(await page.locator('.alt-label').innerText(), /^Path 2 of /);
    }
    await page.close();
  });

  t.test(
    'the path form offers roll-up: firms stand for their state, steps say through whom, no path says why',
    async (t) => {
      const page = await openExplorer(session);
      await page.getByRole('button', { name: 'Path', exact: true }).click();
      const pick = async (label: string, text: string, id: string) => {
        const input = page.getByRole('combobox', { name: label, exact: true });
        await input.fill(text);
        await page.locator(`.path-form [role="option"][data-id="${id}"]`).click();
      };
      const structure = page.getByRole('group', { name: 'Structural links' });
      t.ok(await structure.getByRole('radio', { name: 'As links' }).isChecked(), 'links by default');
      t.match(await structure.innerText(), /each weighs 0\.5/);
      t.match(await structure.innerText(), /stands for the state it is based in or part of/);
      await pick('From', 'United States', 'united-states');
      await pick('To', 'Aeronautics', 'aeronautics-defense-systems');
      await page.getByLabel('Mode').selectOption('strongest');
      await structure.getByRole('radio', { name: 'Roll up firms and bodies into their state' }).check();
      await page.locator('.path-form details summary').click();
      const form = page.getByRole('form', { name: 'Paths between two actors' });
      await form.getByRole('checkbox', { name: 'cooperative' }).check();
      await page.getByRole('button', { name: 'Find paths' }).click();
      const why = page.locator('.path-result .path-why');
      await why.waitFor();
      t.match(
        await why.innerText(),
        /^No chain of only cooperative ties from United States to Aeronautics Defense Systems \(rolled up into Israel\)/,
      );
      t.match(await why.innerText(), /needs party to \(neutral, a structural link\)/);
      t.match(page.url(), /rollup=state/);

      await form.getByRole('checkbox', { name: 'cooperative' }).uncheck();
      await page.getByRole('button', { name: 'Find paths' }).click();
      await page.locator('.path-result .steps .step').first().waitFor();
      t.equal(
        await page.locator('.path-line').innerText(),
        'United States → Turkey-Azerbaijan-Israel triangular relationship → [party to] Israel',
        'the based-in link is folded away: Aeronautics is Israel',
      );
      t.match(
        await page.locator('.path-result .rollup-note').innerText(),
        /Aeronautics Defense Systems stands for Israel/,
      );

      await pick('From', 'Israel', 'israel');
      await pick('To', 'Armenian military', 'armenian-military');
      await page.getByRole('button', { name: 'Find paths' }).click();
      await page.locator('.path-result .rollup-note', { hasText: 'Armenian military stands for Armenia' }).waitFor();
      const titles = async () => page.locator('.path-result .step-title').allInnerTexts();
      let through = (await titles()).filter((title) => title.includes('through'));
      for (let i = 0; through.length === 0 && i < 3; i++) {
        await page.getByRole('button', { name: 'Next alternative' }).click();
        through = (await titles()).filter((title) => title.includes('through'));
      }
      t.ok(
        through.some((title) =>
          /^Israel → Armenia — through Unnamed Israeli drone manufacturer \(2017\) and Armenian military/.test(title),
        ),
        `a rolled-up step names the firm and body it came through: ${through.join(' | ')}`,
      );
      await page.close();
    },
  );

  t.test('the tie card dates an event known from its report as "by" the report\'s year', async (t) => {
    const page = await openExplorer(session, '/?tie=israel-aerospace-industries:azerbaijan');
    const purchase = page.locator('.tie-panel .relation[data-relation="iai-azerbaijan-arms-2012"]');
    await purchase.waitFor();
    t.match(await purchase.innerText(), /by 2012/, '"In 2012, reports emerged about a purchase": by 2012');
    await page.close();
  });

  t.test('the compare example shows both tie cards side by side', async (t) => {
    const page = await openExplorer(session);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: /Example: Israel–Azerbaijan vs Israel–Armenia/ }).click();
    const cards = page.locator('.compare-results .tie-card');
    await cards.nth(1).waitFor();
    t.equal(await cards.count(), 2);
    t.same(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-pair'))), [
      'israel:azerbaijan',
      'israel:armenia',
    ]);
    t.ok(
      (await cards.nth(0).locator('.kind-row').count()) > (await cards.nth(1).locator('.kind-row').count()),
      'Israel–Azerbaijan has more kinds of tie than Israel–Armenia',
    );
    const reading = await page.locator('.compare-results .compare-reading').innerText();
    t.match(
      reading,
      /^Israel–Azerbaijan: material cooperation \(\d+ facts, strongest: [^)]+\).*; Israel–Armenia: verbal cooperation \(2 facts, strongest: friendly relations[^)]*\)/,
      'the reading sentence says why',
    );
    const rows = await page
      .locator('.compare-table tbody tr')
      .evaluateAll((lines) =>
        lines.map((line) => [
          line.querySelector('th')!.textContent,
          ...[...line.querySelectorAll('td')].map((cell) => cell.querySelector('.row-facts')!.textContent),
        ]),
      );
    t.same(
      rows.slice(0, 5).map((row) => row[0]),
      ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict', 'structural'],
      'every domain on its row',
    );
    t.ok(
      rows.every((row) => row.length === 3),
      'each row has a cell for each pair, aligned',
    );
    const material = rows.find((row) => row[0] === 'material cooperation')!;
    t.match(material[1], /^\d+ facts$/);
    t.equal(material[2], 'none', 'no material cooperation with Armenia');
    t.equal(rows.find((row) => row[0] === 'Arms transfer')?.[2], 'none', 'kinds one side lacks show "none" on its row');
    const cell = page.locator('.compare-table tr[data-domain="material-cooperation"] td').first();
    await cell.locator('summary').click();
    t.ok(await cell.locator('.strongest blockquote').isVisible(), 'the strongest evidence is one click away');
    t.match(
      await page
        .locator('.compare-results .relation[data-relation="israel-azerbaijan-arms-2017"] .attribution')
        .textContent(),
      /^Reported by Stockholm International Peace Research Institute \(SIPRI\)/,
      'the reporter is shown with the quote',
    );
    t.match(
      await page
        .locator('.compare-results .relation[data-relation="israel-azerbaijan-cooperation-halts"] .date-flag')
        .textContent(),
      /date from outside the source: the article's context/,
      'a date from outside the source is flagged',
    );
    t.match(page.url(), /compare=israel:azerbaijan,israel:armenia/);
    await snap(page, 'compare');
    await page.close();
  });

  t.test("the roll-up toggle counts the Israeli firms' acts towards Israel and the panel says so", async (t) => {
    const page = await openExplorer(session, '/?compare=israel:azerbaijan,israel:armenia');
    const materialFacts = () =>
      page.locator('.compare-table tr[data-domain="material-cooperation"] td .row-facts').first().textContent();
    await page.locator('.compare-table').waitFor();
    const before = await materialFacts();
    t.notOk(await page.locator('.compare-results .rollup-note').count(), 'no roll-up note while it is off');
    await page.getByRole('checkbox', { name: /Roll up/ }).check();
    await page.locator('.compare-results .rollup-note').waitFor();
    t.match(page.url(), /rollup=state/);
    const after = await materialFacts();
    t.ok(Number.parseInt(after!, 10) > Number.parseInt(before!, 10), `material cooperation ${before} → ${after}`);
    t.match(await page.locator('.compare-results .compare-reading').innerText(), /^Israel–Azerbaijan \(rolled up\): /);
    t.match(
      await page.locator('.compare-results .relation[data-relation="iai-azerbaijan-arms-2012"] .via').textContent(),
      /^Rolled up through Israel Aerospace Industries/,
    );
    await page.close();
  });

  t.test("the balance section lists the unbalanced triad of 2012 with each pair's quote", async (t) => {
    const page = await openExplorer(session, '/?compare=israel:azerbaijan,israel:armenia&asOf=2012');
    await page.getByRole('button', { name: 'Find unbalanced triads' }).click();
    const triads = page.locator('.balance .triad');
    await triads.first().waitFor();
    t.same(await triads.locator('summary').allTextContents(), [
      'Armenia–Azerbaijan −, Armenia–Israel +, Azerbaijan–Israel +',
    ]);
    t.match(await page.locator('.balance-counts').textContent(), /^1 unbalanced and \d+ balanced triads? as of 2012;/);
    await triads.first().locator('summary').click();
    t.equal(await triads.first().locator('blockquote').count(), 3, 'the quote behind each of the three pairs');
    await page.close();
  });

  t.test('moving the time slider to 1991 removes the ties that began later', async (t) => {
    const page = await openExplorer(session);
    const later = await datedAfter(page, 1991);
    t.ok(later.length > 0, 'the data has ties that began after 1991');
    const shownBefore = await page.evaluate(
      (ids) => ids.filter((id) => window.__explorer!.renderer.view().visibleEdges.has(id)).length,
      later,
    );
    t.ok(shownBefore > 0, 'some of them are drawn with all dates');
    await page.locator('#as-of').fill('1991');
    await page.waitForFunction(() => window.__explorer!.store.get().asOf === '1991');
    t.equal(await page.locator('#as-of-value').innerText(), '1991');
    t.match(
      await page.locator('#summary').innerText(),
      /actors and \d+ of \d+ ties shown as of 1991\./,
      'the caption says so',
    );
    const hidden = await page.evaluate(
      (ids) => ids.every((id) => window.__explorer!.renderer.sigma.getEdgeDisplayData(id)?.hidden === true),
      later,
    );
    t.ok(hidden, 'every tie that began after 1991 is hidden on the canvas');
    t.match(page.url(), /asOf=1991/);
    await snap(page, 'as-of-1991');
    const shown = () => page.evaluate(() => window.__explorer!.renderer.view().visibleEdges.size);
    const withUndated = await shown();
    await page.getByLabel('dated ties only').check();
    await page.waitForFunction(() => window.__explorer!.store.get().filters.datedOnly);
    t.ok((await shown()) < withUndated, 'dated ties only: the undated ties drop out too');
    t.match(page.url(), /dated=only/);
    await page.close();
  });

  const links: Array<[string, string, (page: Page) => Promise<void>]> = [
    [
      '?focus=israel',
      'focus',
      async (page) => void (await page.locator('.actor-panel[data-actor="israel"] .evidence').first().waitFor()),
    ],
    [
      '?from=united-states&to=aeronautics-defense-systems&mode=strongest',
      'path',
      async (page) => void (await page.locator('.path-result .steps .step').first().waitFor()),
    ],
    [
      '?compare=israel:azerbaijan,israel:armenia',
      'compare',
      async (page) => void (await page.locator('.compare-results .tie-card').nth(1).waitFor()),
    ],
    [
      '?asOf=2012',
      'as-of',
      async (page) =>
        void (await page.waitForFunction(
          () => (document.getElementById('as-of') as HTMLInputElement).value === '2012',
        )),
    ],
  ];
  for (const [query, name, restored] of links) {
    t.test(`${query} restores its view, and again after a reload`, async (t) => {
      const page = await openExplorer(session, `/${query}`);
      await restored(page);
      const before = await page.evaluate(() => new URLSearchParams(window.location.search).toString());
      await page.reload();
      await page.waitForFunction(() => window.__explorer?.layoutDone === true);
      await restored(page);
      const after = await page.evaluate(() => new URLSearchParams(window.location.search).toString());
      t.equal(after, before, 'the URL is unchanged by the reload');
      t.equal(after, new URLSearchParams(query).toString(), 'and is the link as given');
      if (name === 'focus') t.equal(await page.locator('.actor-panel h2').innerText(), 'Israel');
      if (name === 'as-of') t.equal(await page.evaluate(() => window.__explorer!.store.get().asOf), '2012');
      await page.close();
    });
  }

  t.test('the page is usable on a narrow screen', async (t) => {
    const page = await openExplorer(session, '/?focus=israel', { width: 390, height: 844 });
    await page.locator('.actor-panel .evidence').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    t.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
    t.ok(await page.locator('#graph canvas').first().isVisible(), 'the canvas is on screen');
    await snap(page, 'narrow');
    await page.close();
  });

  t.test('Back returns to the previous view; Escape closes the panel', async (t) => {
    const page = await openExplorer(session, '/?focus=israel');
    await page.locator('.actor-panel[data-actor="israel"]').waitFor();
    await page.getByRole('button', { name: 'Close panel' }).click();
    await page.locator('.guide .examples button', { hasText: /^Compare / }).click(); // the guide's comparison, computed from the data
    await page.locator('.compare-results .tie-card').nth(1).waitFor();
    await page.goBack();
    await page.waitForFunction(() => window.__explorer!.store.get().panel === null);
    t.equal(
      await page.evaluate(() => window.__explorer!.store.get().compare),
      null,
      'the comparison is gone after Back',
    );
    await page.goBack();
    await page.locator('.actor-panel[data-actor="israel"]').waitFor();
    t.equal(await page.evaluate(() => window.__explorer!.store.get().focus), 'israel', 'and the focused actor is back');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__explorer!.store.get().panel === null);
    t.notMatch(page.url(), /focus=/, 'Escape closed the panel and its question left the URL');
    await page.close();
  });
}

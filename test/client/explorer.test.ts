// Browser tests of the explorer's page: it draws the graph, search and clicks focus actors, and a failing API shows a message.
import t from 'tap';
import {
  clearEdgeMidpoint,
  inkPixels,
  nodePosition,
  openExplorer,
  pageErrors,
  snap,
  startBrowserSession,
} from './browser.js';

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());

  t.test('an API failure shows an error message, not a blank page', async (t) => {
    const page = await session.newPage();
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          statusCode: 500,
          code: 'INTERNAL',
          error: 'Internal Server Error',
          message: 'the dataset store is down',
        }),
      }),
    );
    await page.goto(session.baseUrl);
    const status = page.locator('#status[data-kind="error"]');
    await status.waitFor();
    t.match(await status.innerText(), /Could not load the graph: the dataset store is down \(HTTP 500\)/);
    t.ok(await page.getByRole('button', { name: 'Try again' }).isVisible(), 'a retry button');
    await snap(page, 'api-500');
    await page.unroute('**/api/**');
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await status.waitFor();
    t.match(await status.innerText(), /did not answer/);
    await page.close();
  });

  t.test('the page draws the graph: the canvas is not blank', async (t) => {
    const page = await openExplorer(session);
    await page.waitForTimeout(300);
    const { ink, total, colours } = await inkPixels(page);
    t.ok(ink > total * 0.01, `more than 1% of the graph area is drawn (${ink} of ${total} pixels)`);
    t.ok(colours >= 6, `several colours: kinds and valences (${colours})`);
    const counts = await page.evaluate(() => ({
      actors: window.__explorer!.graph.order,
      shown: window.__explorer!.renderer.view().visibleEdges.size,
    }));
    t.ok(counts.actors >= 11, 'the article dataset is loaded');
    t.ok(counts.shown > 0, 'some ties are visible');
    t.equal(await page.locator('.legend-list li').first().isVisible(), true, 'a legend');
    t.equal(await page.locator('#datasets').isVisible(), false, 'one dataset served: no dataset picker');
    await snap(page, 'graph');
    t.same(pageErrors(page), [], 'no uncaught errors in the page');
    await page.close();
  });

  t.test('search with suggestions over aliases focuses the actor chosen by keyboard', async (t) => {
    const page = await openExplorer(session);
    const search = page.getByRole('combobox', { name: 'Search actors' });
    await search.fill('baku');
    const option = page.locator('#search [role="option"]').first();
    await option.waitFor();
    t.match(await option.innerText(), /Azerbaijan/);
    await search.press('Enter');
    await page.locator('.actor-panel[data-actor="azerbaijan"]').waitFor();
    t.equal(await page.evaluate(() => window.__explorer!.store.get().focus), 'azerbaijan');
    t.match(page.url(), /[?&]focus=azerbaijan/);
    // The camera moves onto the actor: its viewport position ends near the centre of the canvas.
    await page.waitForTimeout(700);
    const box = (await page.locator('#graph').boundingBox())!;
    const at = await nodePosition(page, 'azerbaijan');
    t.ok(
      Math.abs(at.x - (box.x + box.width / 2)) < box.width * 0.1 &&
        Math.abs(at.y - (box.y + box.height / 2)) < box.height * 0.1,
      'centred on Azerbaijan',
    );
    await page.close();
  });

  t.test('clicking a node opens its panel with an evidence quote; hovering dims the rest', async (t) => {
    const page = await openExplorer(session);
    const at = await nodePosition(page, 'iran');
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => window.__explorer!.store.get().hovered === 'iran');
    const dimmed = await page.evaluate(() => {
      const { renderer, graph } = window.__explorer!;
      const neighbours = new Set(graph.neighbors('iran'));
      const other = graph
        .nodes()
        .find((n) => n !== 'iran' && !neighbours.has(n) && !renderer.sigma.getNodeDisplayData(n)?.hidden);
      return other ? renderer.sigma.getNodeDisplayData(other)?.color : null;
    });
    t.equal(dimmed, '#D9D9DE', 'an actor that is not a neighbour is dimmed');
    await page.mouse.click(at.x, at.y);
    const quote = page.locator('.actor-panel[data-actor="iran"] .evidence blockquote').first();
    await quote.waitFor();
    const text = (await quote.innerText()).replace(/^“|”$/g, '');
    const inData = await page.evaluate(
      (q) => window.__explorer!.graph.someEdge((_e, r) => r.evidence.some((ev) => ev.quote === q)),
      text,
    );
    t.ok(inData, 'the quote shown is a relation’s evidence');
    t.match(
      await page.locator('.actor-panel .evidence cite').first().innerText(),
      /Avdaliani/,
      'with its source citation',
    );
    await snap(page, 'actor-panel');
    t.same(pageErrors(page), [], 'no uncaught errors after hovering and clicking');
    await page.close();
  });

  t.test('clicking a tie opens its tie card', async (t) => {
    const page = await openExplorer(session);
    // A straight tie between two shown actors whose midpoint no other line crosses (the re-read dataset's layout crosses some).
    const target = await clearEdgeMidpoint(page);
    t.ok(target, 'a long enough lone tie, clear of other lines, to click');
    await page.mouse.click(target!.x, target!.y);
    const card = page.locator('.tie-panel .tie-card');
    await card.waitFor();
    const pair = ((await card.getAttribute('data-pair')) ?? '').split(':').sort();
    t.same(pair, target!.pair, 'the card of the pair clicked');
    t.ok((await card.locator('.evidence blockquote').count()) > 0, 'with the evidence of its relations');
    await snap(page, 'tie-card');
    await page.close();
  });

  t.test('filters hide a valence on the canvas; Export downloads a PNG', async (t) => {
    const page = await openExplorer(session);
    const hostileShown = () =>
      page.evaluate(() => {
        const { renderer, graph } = window.__explorer!;
        return graph.filterEdges(
          (edge, r) => r.valence === 'hostile' && renderer.sigma.getEdgeDisplayData(edge)?.hidden === false,
        ).length;
      });
    t.ok((await hostileShown()) > 0, 'hostile ties are drawn by default');
    await page.getByRole('checkbox', { name: 'hostile' }).uncheck();
    await page.waitForFunction(() => !window.__explorer!.store.get().filters.valences.includes('hostile'));
    t.equal(await hostileShown(), 0, 'none once the valence is unticked');
    t.match(page.url(), /valence=cooperative,mixed,neutral/);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    t.same([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
    t.ok(bytes.length > 5000, `with a picture in it (${bytes.length} bytes)`);
    await page.close();
  });

  t.test('the favicon is an SVG the page links, and no request of the page answers 404', async (t) => {
    const page = await session.newPage();
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    await page.goto(session.baseUrl);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 20_000 });
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    t.equal(href, '/favicon.svg');
    const icon = await page.request.get(`${session.baseUrl}/favicon.svg`);
    t.equal(icon.status(), 200);
    t.match(icon.headers()['content-type'] ?? '', /image\/svg\+xml/);
    t.match(await icon.text(), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    t.same(missing, [], 'nothing missing (no /favicon.ico either)');
    await page.close();
  });

  t.test('the "dated ties only" label sits beside its checkbox and toggles it', async (t) => {
    const page = await openExplorer(session, '/?asOf=2012');
    const box = page.getByRole('checkbox', { name: 'dated ties only' });
    t.equal(await box.isEnabled(), true, 'enabled once a year is chosen');
    const label = page.locator('label[for="dated-only"]');
    const [b, l] = [(await box.boundingBox())!, (await label.boundingBox())!];
    t.ok(
      l.x >= b.x + b.width && l.x - (b.x + b.width) < 12,
      `label right after the box (gap ${l.x - (b.x + b.width)}px)`,
    );
    t.ok(Math.abs(l.y + l.height / 2 - (b.y + b.height / 2)) < 5, 'on the same line');
    await label.click();
    t.equal(await box.isChecked(), true, 'clicking the label ticks it');
    t.equal(await page.evaluate(() => window.__explorer!.store.get().filters.datedOnly), true);
    await label.click();
    t.equal(await box.isChecked(), false, 'and again unticks it');
    await page.close();
  });

  t.test('reloading and changing filters while the layout runs throws nothing', async (t) => {
    const page = await session.newPage();
    await page.emulateMedia({ reducedMotion: 'no-preference' }); // the layout drawn step by step, as most readers see it
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Stopping the layout from inside its worker's message handler once threw "Cannot set properties of null".
    for (let i = 0; i < 6; i++) {
      await page.goto(session.baseUrl);
      await page.waitForTimeout(i * 20);
      await page.getByRole('checkbox', { name: 'hostile' }).click({ timeout: 5000 });
    }
    await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 20_000 });
    await page.waitForTimeout(200);
    t.same(errors, [], 'no uncaught errors');
    await page.close();
  });

  t.test('the layout is the same on every load', async (t) => {
    const positions = async (motion: 'reduce' | 'no-preference') => {
      const page = await openExplorer(session, '/', undefined, motion);
      const result = await page.evaluate(() => {
        const { graph, layoutOutcome } = window.__explorer!;
        return { outcome: layoutOutcome, at: graph.mapNodes((node, { x, y }) => `${node}:${x}:${y}`) };
      });
      await page.close();
      return result;
    };
    const first = await positions('no-preference');
    const second = await positions('no-preference');
    const still = await positions('reduce');
    t.equal(first.outcome?.ran, 'worker', 'the layout ran in its web worker');
    t.ok((first.outcome?.iterations ?? 0) > 0, `${first.outcome?.iterations} iterations (${first.outcome?.reason})`);
    t.same(second.outcome, first.outcome);
    t.same(second.at, first.at, 'every actor at exactly the same place');
    t.same(still.outcome, first.outcome, 'less motion: the same run, drawn only once it has settled');
    t.same(still.at, first.at, 'less motion: every actor at the same place');
  });

  t.test('?compareActors= shows actor profiles side by side', async (t) => {
    const page = await openExplorer(session, '/?compareActors=israel,turkey');
    const profiles = page.locator('.compare-results .profile');
    await profiles.nth(1).waitFor();
    t.same(await profiles.evaluateAll((els) => els.map((el) => el.getAttribute('data-actor'))), ['israel', 'turkey']);
    const lines = page.locator('.compare-results .compare-table tbody tr');
    t.ok((await lines.count()) > 5, 'a row per domain, then per kind');
    t.equal(await lines.first().locator('td').count(), 2, 'one cell per actor on every row');
    t.match(
      await page.locator('.compare-results .compare-reading').innerText(),
      /^Israel: .+; Turkey: verbal conflict \(/,
    );
    await page.close();
  });

  t.test('the page works under a strict CSP (no inline script or style, workers from blob: only)', async (t) => {
    const page = await session.newPage();
    const strict =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'";
    await page.route(`${session.baseUrl}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strict } });
    });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${session.baseUrl}/`);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: /Example: Israel–Azerbaijan vs Israel–Armenia/ }).click();
    await page.locator('.compare-results .tie-card').nth(1).waitFor();
    t.same(refused, [], 'nothing refused by the policy');
    t.equal(
      await page.evaluate(() => window.__explorer!.layoutOutcome?.ran),
      'worker',
      'the layout ran in its blob: worker',
    );
    await page.close();
  });
}

// Browser tests of the source reader: highlighted passages, click to focus a tie, "read in source" from a tie's evidence, URL restore, coverage.
import t from 'tap';
import type { Page } from 'playwright-core';
import type { SourceCoverage, SourceText } from '../../graph/sources/results.js';
import { VALENCE_COLORS } from '../../client/render/palette.js';
import { openExplorer, snap, startBrowserSession } from './browser.js';

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());
  const sources = (await session.app.inject({ url: '/api/sources' }).then((r) => r.json())) as {
    items: { id: string }[];
  };
  const sourceId = sources.items[0]!.id;
  const text = (await session.app.inject({ url: `/api/sources/${sourceId}/text` }).then((r) => r.json())) as SourceText;
  const coverage = (await session.app
    .inject({ url: `/api/sources/${sourceId}/coverage` })
    .then((r) => r.json())) as SourceCoverage;

  /** The marked passage's text, its marks joined. */
  const markedText = (page: Page) =>
    page
      .locator('.reader-document .marked')
      .allInnerTexts()
      .then((parts) => parts.join(''));
  /** True when the first marked run is inside the visible part of the panel. */
  const markedInView = (page: Page) =>
    page.evaluate(() => {
      const mark = document.querySelector('.reader-document .marked');
      const panel = document.getElementById('panel');
      if (!mark || !panel) return false;
      const m = mark.getBoundingClientRect();
      const p = panel.getBoundingClientRect();
      return m.top >= p.top && m.bottom <= p.bottom;
    });
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  t.test('the reader shows the source with every quoted passage highlighted in its valence colour', async (t) => {
    const page = await openExplorer(session, `/?source=${sourceId}`);
    await page.locator('.reader-document mark.quote').first().waitFor();
    t.equal(await page.locator('#panel').getAttribute('data-panel'), 'reader');
    // Each span is drawn as one or more runs, and each run lists every span covering it: together they name every span.
    const named = new Set(
      (
        await page
          .locator('.reader-document mark.quote')
          .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-spans') ?? ''))
      )
        .flatMap((list) => list.split(' '))
        .map(Number),
    );
    t.equal(named.size, text.spans.length, `all ${text.spans.length} quoted spans are highlighted`);
    const hostile = text.spans.find(
      (s) =>
        s.relations.length > 0 &&
        s.relations.every((r) => r.valence === 'hostile') &&
        !text.spans.some((o) => o !== s && o.start < s.end && s.start < o.end),
    )!;
    const color = await page
      .locator(`mark.quote[data-range="${hostile.start}-${hostile.end}"]`)
      .evaluate((m) => getComputedStyle(m).borderBottomColor);
    t.equal(color, rgb(VALENCE_COLORS.hostile), 'a hostile passage is underlined in the graph’s hostile colour');
    t.ok((await page.locator('.reader-document').innerText()).includes(hostile.quote), 'the text is shown verbatim');
    await page.close();
  });

  t.test('hovering a passage lists its ties; clicking it focuses them on the graph', async (t) => {
    const page = await openExplorer(session, `/?source=${sourceId}`);
    const span = text.spans.find(
      (s) =>
        s.relations.length === 1 &&
        s.actors.length === 0 &&
        !text.spans.some((o) => o !== s && o.start < s.end && s.start < o.end),
    )!;
    const relation = span.relations[0]!;
    const mark = page.locator(`mark.quote[data-range="${span.start}-${span.end}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tooltip = page.locator('.reader-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    t.match(
      await tooltip.innerText(),
      new RegExp(`${relation.source.name}.*${relation.target.name}`),
      'the tooltip names the tie’s actors',
    );
    await snap(page, 'reader-hover');
    await mark.click();
    await page.waitForFunction((id) => window.__explorer!.store.get().reader?.relations.includes(id), relation.id);
    const seen = await page.evaluate(
      ({ id, ends }) => {
        const { renderer, graph } = window.__explorer!;
        const highlight = renderer.highlight();
        const other = graph.nodes().find((n) => !ends.includes(n) && !renderer.sigma.getNodeDisplayData(n)?.hidden);
        return {
          edges: [...(highlight?.edges ?? [])],
          nodes: [...(highlight?.nodes ?? [])],
          edgeColor: renderer.sigma.getEdgeDisplayData(id)?.color,
          otherColor: other ? renderer.sigma.getNodeDisplayData(other)?.color : null,
        };
      },
      { id: relation.id, ends: [relation.source.id, relation.target.id] },
    );
    t.same(seen.edges, [relation.id], 'the graph highlights the passage’s tie');
    t.same(new Set(seen.nodes), new Set([relation.source.id, relation.target.id]), 'and its two actors');
    t.equal(seen.otherColor, '#D9D9DE', 'other actors are dimmed');
    t.not(seen.edgeColor, '#EDEDF0', 'the tie itself is not dimmed');
    t.equal(await markedText(page), span.quote, 'the clicked passage is marked');
    t.match(page.url(), new RegExp(`span=${span.start}-${span.end}`), 'the URL names the passage');
    await page.close();
  });

  t.test(
    '"read in source" on a tie’s evidence opens the reader scrolled to the passage, marked; the URL restores it',
    async (t) => {
      const page = await openExplorer(session, '/?tie=israel:azerbaijan');
      const card = page.locator('.tie-card');
      await card.waitFor();
      // A late evidence quote, so the reader has to scroll to it.
      const buttons = card.locator('.relation .read-in-source'); // the relation cards (the profile rows fold their strongest quote)
      const count = await buttons.count();
      t.ok(count > 3, `${count} evidence quotes with a "read in source" action`);
      let chosen = 0;
      let best = -1;
      for (let i = 0; i < count; i++) {
        const start = Number(await buttons.nth(i).getAttribute('data-read-start'));
        if (start > best) [best, chosen] = [start, i];
      }
      const button = buttons.nth(chosen);
      const quote = (await button.getAttribute('data-read-quote'))!;
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await page.locator('.reader-document .marked').first().waitFor();
      t.equal(await markedText(page), quote, 'the marked passage is the evidence quote');
      await page.waitForFunction(() => (window.__explorer!.store.get().reader?.relations.length ?? 0) > 0);
      t.ok(await markedInView(page), 'the reader is scrolled to the passage');
      const url = new URL(page.url());
      t.equal(url.searchParams.get('source'), sourceId);
      t.equal(url.searchParams.get('span'), `${best}-${best + quote.length}`);
      await page.close();

      const again = await openExplorer(session, `${url.pathname}${url.search}`, { width: 1440, height: 900 });
      await again.locator('.reader-document .marked').first().waitFor();
      t.equal(await markedText(again), quote, 'reloading the URL marks the same passage');
      await again.waitForFunction(() => (window.__explorer!.store.get().reader?.relations.length ?? 0) > 0);
      t.ok(await markedInView(again), 'and scrolls to it');
      const focused = await again.evaluate(() => [...(window.__explorer!.renderer.highlight()?.edges ?? [])]);
      const expected = [
        ...new Set(
          text.spans
            .filter((s) => s.start <= best && s.end >= best + quote.length)
            .flatMap((s) => s.relations.map((r) => r.id)),
        ),
      ];
      t.same([...focused].sort(), expected.sort(), 'the graph focuses the ties resting on the passage');
      await again.waitForTimeout(400);
      await snap(again, 'reader');
      await again.close();
    },
  );

  t.test('the coverage toggle marks the uncited sentences and gives the share', async (t) => {
    const page = await openExplorer(session, `/?source=${sourceId}`);
    await page.locator('.reader-document mark.quote').first().waitFor();
    t.equal(await page.locator('.reader-document .uncited').count(), 0, 'nothing marked before the toggle');
    await page.getByLabel('Mark uncited sentences').check();
    const figure = page.locator('.coverage-figure');
    await page.waitForFunction(() =>
      /sentences cited/.test(document.querySelector('.coverage-figure')?.textContent ?? ''),
    );
    t.match(
      await figure.innerText(),
      `${coverage.cited} of ${coverage.sentences} sentences cited (${Math.round(coverage.share * 100)}%)`,
    );
    const uncited = (await page.locator('.reader-document .uncited').allInnerTexts()).join('\n');
    for (const sentence of coverage.uncited)
      t.ok(uncited.includes(sentence.text), `uncited: ${sentence.text.slice(0, 40)}`);
    await snap(page, 'reader-coverage');
    await page.getByLabel('Mark uncited sentences').uncheck();
    t.equal(await page.locator('.reader-document .uncited').count(), 0, 'unmarked again');
    await page.close();
  });
}

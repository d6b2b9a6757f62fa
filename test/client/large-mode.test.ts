// Browser tests of the dataset picker and large mode, against a server serving the article and a generated 8k-actor / 40k-relation dataset.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';
import type { Page } from 'playwright-core';
import { runGenerate } from '../../graph/generate/generate-cli.js';
import { nodePosition, openExplorer, pageErrors, snap, startBrowserSession } from './browser.js';

// Each large page draws 2,000 actors in software WebGL: a few seconds each on a shared machine.
t.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'explorer-large-'));
const synthetic = join(dir, 'synthetic.json');
const generated = await runGenerate(
  ['--actors', '8000', '--relations', '40000', '--seed', '6', '--out', synthetic],
  () => {},
);
t.equal(generated, 0, 'the large dataset is generated');

const session = await startBrowserSession(t, { dataFiles: [resolve('graph/data/besa-1723.json'), synthetic] });
const removeDir = () => rmSync(dir, { recursive: true, force: true });
if (!session) removeDir();
else {
  t.teardown(async () => {
    await session.close();
    removeDir();
  });
  // Polled every 50 ms, not per animation frame: see openExplorer.
  const ready = (page: Page) =>
    page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 60_000, polling: 50 });

  t.test('the picker lists both datasets and switches between them; the address names the dataset', async (t) => {
    const page = await openExplorer(session, '/');
    const select = page.getByRole('combobox', { name: 'Dataset' });
    t.ok(await select.isVisible(), 'a dataset select in the header');
    const options = await select.locator('option').allInnerTexts();
    t.equal(options.length, 2);
    t.match(options[0], /^Defying Geography.* — \d+ actors, \d+ ties$/, 'the article with its counts');
    t.match(options[1], /^Synthetic network.* — 8,000 actors, 40,000 ties$/);
    t.equal(await select.inputValue(), 'besa-1723', 'the default dataset is chosen');
    t.notOk(await page.evaluate(() => document.body.dataset.mode), 'the article is drawn whole');

    await select.selectOption('synthetic');
    await page.waitForURL(/\?dataset=synthetic$/);
    await ready(page);
    t.equal(await page.evaluate(() => document.body.dataset.mode), 'large');
    t.equal(
      await page.evaluate(() => window.__explorer!.graph.getAttribute('id')),
      'synthetic',
      'the large dataset is drawn',
    );

    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('besa-1723');
    await page.waitForURL((url) => url.search === '');
    await ready(page);
    t.equal(
      await page.evaluate(() => window.__explorer!.graph.getAttribute('id')),
      'besa-1723',
      'back on the default: a bare address',
    );
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('a dataset the server does not serve falls back to the default with a note', async (t) => {
    const page = await openExplorer(session, '/?dataset=nordic');
    t.equal(await page.evaluate(() => window.__explorer!.graph.getAttribute('id')), 'besa-1723');
    t.match(await page.locator('#status').innerText(), /dataset: "nordic" is not served here/);
    t.notMatch(page.url(), /dataset=/, 'the address no longer names it');
    await page.close();
  });

  t.test(
    '?dataset= opens the large dataset: the overview at the server positions, expanded by double-click, a path merged in',
    async (t) => {
      // The server lays out large datasets once (and caches the result on disk); wait for it, as a returning analyst would.
      let meta = { layout: 'computing' };
      for (let i = 0; i < 240 && meta.layout !== 'ready'; i++) {
        meta = (await session.app.inject({ url: '/api/subgraph?dataset=synthetic&limit=1' })).json().meta;
        if (meta.layout !== 'ready') await new Promise((resolve) => setTimeout(resolve, 500));
      }
      t.equal(meta.layout, 'ready', 'the server layout is ready');
      const page = await openExplorer(session, '/?dataset=synthetic');
      t.equal(
        await page.getByRole('combobox', { name: 'Dataset' }).inputValue(),
        'synthetic',
        'the address restores the dataset',
      );

      await t.test('the overview is drawn, not the whole dataset, and the caption says so', async (t) => {
        const state = await page.evaluate(() => {
          const { graph, renderer } = window.__explorer!;
          return {
            order: graph.order,
            shown: graph.filterNodes((n) => renderer.sigma.getNodeDisplayData(n)?.hidden === false).length,
            caption: document.getElementById('summary')!.textContent!,
          };
        });
        const asked = await subgraphUrls(page);
        t.equal(asked.length, 1, 'one subgraph request: the overview');
        t.notMatch(asked[0], /focus=/);
        // The server's answer to the very question the page asked, fetched again.
        const overview = await fetchJson(page, asked[0]!);
        t.equal(
          state.order,
          overview.nodes.length,
          `the drawing holds the overview's actors (${state.order}), not the dataset's 8,000`,
        );
        t.ok(state.order <= 2000);
        t.match(
          state.caption,
          new RegExp(`^${state.shown.toLocaleString('en-GB')} of 8,000 actors — the strongest;`),
          `the caption counts the actors shown (${state.shown})`,
        );
        t.match(state.caption, /Double-click an actor or use Expand to load its neighbours\./);
        const settings = await page.evaluate(() => ({
          edges: window.__explorer!.renderer.sigma.getSetting('hideEdgesOnMove'),
          labels: window.__explorer!.renderer.sigma.getSetting('hideLabelsOnMove'),
        }));
        t.same(settings, { edges: true, labels: true }, 'edges and labels hidden while the camera moves');

        t.match(
          await page.evaluate(() => window.__explorer!.layoutOutcome),
          { ran: 'server', iterations: 0 },
          'no layout ran in the page',
        );
        // The drawing may be turned or scaled by sigma, never distorted: compare ratios of distances.
        const ids = Object.keys(overview.positions).slice(0, 3);
        const drawn = await page.evaluate(
          (keys) => keys.map((k) => window.__explorer!.graph.getNodeAttributes(k)).map(({ x, y }) => ({ x, y })),
          ids,
        );
        const server = ids.map((id) => overview.positions[id]!);
        const d = (p: Array<{ x: number; y: number }>, i: number, j: number) =>
          Math.hypot(p[i]!.x - p[j]!.x, p[i]!.y - p[j]!.y);
        t.ok(
          Math.abs(d(drawn, 0, 1) - d(server, 0, 1)) <= 1e-6 * d(server, 0, 1) &&
            Math.abs(d(drawn, 1, 2) - d(server, 1, 2)) <= 1e-6 * d(server, 1, 2),
          'actors stand where the server placed them',
        );

        const timing = await page.evaluate(() => {
          const at = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? NaN);
          const frames = [...window.__explorer!.renderer.renderTimes].sort((a, b) => a - b);
          return {
            loaded: at('explorer:graph-loaded'),
            firstRender: at('explorer:first-render'),
            framed: at('explorer:layout-done'),
            medianFrame: Math.round(frames[frames.length >> 1] ?? NaN),
          };
        });
        // Figures for the README, not assertions (no timing in tests).
        t.comment(
          `overview loaded at ${timing.loaded} ms, first drawn at ${timing.firstRender} ms, framed at ${timing.framed} ms; median frame ${timing.medianFrame} ms (SwiftShader)`,
        );
        await page.waitForTimeout(300);
        await snap(page, 'large');
      });

      await t.test('double-click expands an actor: its neighbours are merged into the drawing', async (t) => {
        const before = await page.evaluate(() => window.__explorer!.graph.order);
        // The drawn actor farthest from the centre: on the rim nothing covers it.
        const rim = await page.evaluate(() => {
          const { graph, renderer } = window.__explorer!;
          let best = { id: '', d: -1 };
          graph.forEachNode((id) => {
            const data = renderer.sigma.getNodeDisplayData(id);
            if (!data || data.hidden) return;
            const d = Math.hypot(data.x - 0.5, data.y - 0.5);
            if (d > best.d) best = { id, d };
          });
          return best.id;
        });
        const at = await nodePosition(page, rim);
        await page.mouse.dblclick(at.x, at.y);
        await page.waitForFunction(() => window.__explorer!.large!.expanded().size > 0, undefined, { timeout: 10_000 });
        await page.evaluate(() => window.__explorer!.large!.idle());
        t.same(
          await page.evaluate(() => [...window.__explorer!.large!.expanded()]),
          [rim],
          'the actor double-clicked is expanded',
        );
        const url = (await subgraphUrls(page)).find((u) => u.includes('focus='));
        t.match(url, new RegExp(`focus=${rim}&depth=1`));
        const answer = await fetchJson(page, url!);
        const missing = await page.evaluate(
          (keys) => keys.filter((k) => !window.__explorer!.graph.hasNode(k)),
          answer.nodes.map((n) => n.key),
        );
        t.same(missing, [], `every actor of the neighbourhood (${answer.nodes.length}) is drawn`);
        const after = await page.evaluate(() => window.__explorer!.graph.order);
        t.ok(after > before, `actors were added (${before} → ${after})`);
        t.match(await page.locator('#summary').innerText(), /the strongest and the neighbours of 1 actor;/);
        t.equal(await page.evaluate(() => window.__explorer!.store.get().focus), rim, 'and it is focused');
      });

      await t.test('a path between two actors outside the drawing is merged in and highlighted', async (t) => {
        const [from, to] = quietActors(synthetic);
        t.same(
          await page.evaluate((ids) => ids.filter((id) => window.__explorer!.graph.hasNode(id)), [from, to]),
          [],
          'neither end is drawn yet',
        );
        // Through the form, with the server-side search suggesting actors that are not drawn.
        await page.getByRole('button', { name: 'Path', exact: true }).click();
        const pick = async (label: string, id: string) => {
          await page.getByRole('combobox', { name: label, exact: true }).fill(nameOf(id));
          await page.locator(`.path-form [role="option"][data-id="${id}"]`).click();
        };
        await pick('From', from);
        await pick('To', to);
        await page.getByRole('button', { name: 'Find paths' }).click();
        await page.waitForFunction(() => window.__explorer!.store.get().results.paths.status === 'ok', undefined, {
          timeout: 15_000,
        });
        await page.evaluate(() => window.__explorer!.large!.idle());
        const drawn = await page.evaluate(() => {
          const { store, graph, renderer } = window.__explorer!;
          const result = store.get().results.paths;
          if (result.status !== 'ok') return null;
          const path = result.data.paths[0]!;
          const highlight = renderer.highlight();
          const sigma = renderer.sigma;
          return {
            actors: path.actors.map((a) => a.id),
            missingActors: path.actors
              .filter(
                (a) => !graph.hasNode(a.id) || !highlight?.nodes.has(a.id) || sigma.getNodeDisplayData(a.id)?.hidden,
              )
              .map((a) => a.id),
            missingRelations: path.relations
              .filter(
                (r) => !graph.hasEdge(r.id) || !highlight?.edges.has(r.id) || sigma.getEdgeDisplayData(r.id)?.hidden,
              )
              .map((r) => r.id),
          };
        });
        t.ok(
          drawn && drawn.actors.length >= 2 && drawn.actors[0] === from && drawn.actors.at(-1) === to,
          `a path was found (${drawn?.actors.join(' → ')})`,
        );
        t.same(drawn?.missingActors, [], 'every actor of the path is drawn and highlighted');
        t.same(drawn?.missingRelations, [], 'every relation of the path is drawn and highlighted');
        const ends = await page.locator('.path-result .relation-ends').allTextContents();
        t.ok(ends.length >= drawn!.actors.length - 1, `${ends.length} relation cards in the path panel`);
        t.same(
          ends.filter((text) => /\b[a-z]+-\d+\b/.test(text)),
          [],
          'each card names its actors (from the path), not their ids',
        );
        await page.waitForTimeout(300);
        await snap(page, 'large-path');
      });
      t.same(pageErrors(page), [], 'no uncaught errors in the page');
      await page.close();
    },
  );

  t.test(
    'while the server computes its layout the overview is laid out here; a focus outside it is loaded',
    async (t) => {
      const [, quiet] = quietActors(synthetic);
      const page = await session.newPage();
      await page.route('**/api/subgraph?**', async (route) => {
        const response = await route.fetch();
        const body = await response.json();
        await route.fulfill({
          response,
          json: { ...body, positions: {}, meta: { ...body.meta, layout: 'computing' } },
        });
      });
      await page.goto(`${session.baseUrl}/?dataset=synthetic&focus=${quiet}`);
      await ready(page);
      const outcome = await page.evaluate(() => window.__explorer!.layoutOutcome);
      t.equal(outcome?.ran, 'worker', 'ForceAtlas2 ran in its worker');
      t.ok((outcome?.iterations ?? 0) > 0, `for ${outcome?.iterations} iterations`);

      await page.waitForFunction((id) => window.__explorer!.graph.hasNode(id), quiet, { timeout: 10_000 });
      await page.evaluate(() => window.__explorer!.large!.idle());
      const shown = await page.evaluate((id) => {
        const { renderer } = window.__explorer!;
        return { primary: renderer.highlight()?.primary, hidden: renderer.sigma.getNodeDisplayData(id)?.hidden };
      }, quiet);
      t.same(shown, { primary: quiet, hidden: false }, 'the focused actor is drawn and highlighted');
      await page.locator(`.actor-panel[data-actor="${quiet}"]`).waitFor();
      await page.getByRole('button', { name: 'Neighbours loaded' }).waitFor();
      t.pass('its panel says its neighbours are loaded');
      t.same(pageErrors(page), []);
      await page.close();
    },
  );

  t.test(
    'the Expand button loads the neighbours; a filter change asks for the subgraph under the new filter',
    async (t) => {
      const page = await openExplorer(session, '/?dataset=synthetic&focus=state-3');
      const expand = page.getByRole('button', { name: 'Expand neighbours' });
      await expand.waitFor();
      await expand.click();
      await page.getByRole('button', { name: 'Neighbours loaded' }).waitFor();
      t.same(await page.evaluate(() => [...window.__explorer!.large!.expanded()]), ['state-3']);
      t.match(page.url(), /[?&]expand=state-3(&|$)/, 'the address carries the expansion');
      await page.getByRole('checkbox', { name: 'cooperative' }).uncheck();
      await page.waitForFunction(() =>
        performance
          .getEntriesByType('resource')
          .some((e) => e.name.includes('valence=hostile,mixed,neutral') && !e.name.includes('focus=')),
      );
      await page.evaluate(() => window.__explorer!.large!.idle());
      const urls = (await subgraphUrls(page)).filter((u) => u.includes('valence=hostile,mixed,neutral'));
      t.ok(
        urls.some((u) => /focus=state-3/.test(u)),
        'the expanded actor is asked for again under the filter',
      );
      const overview = await fetchJson(
        page,
        urls.find((u) => !u.includes('focus='))!,
      );
      const missing = await page.evaluate(
        (keys) => keys.filter((k) => !window.__explorer!.graph.hasNode(k)),
        overview.nodes.map((n) => n.key),
      );
      t.same(missing, [], 'the strongest actors under the new filter are drawn');
      const cooperativeShown = await page.evaluate(() => {
        const { graph, renderer } = window.__explorer!;
        return graph.filterEdges(
          (e, r) => r.valence === 'cooperative' && renderer.sigma.getEdgeDisplayData(e)?.hidden === false,
        ).length;
      });
      t.equal(cooperativeShown, 0, 'no cooperative tie is drawn');
      const unscoped = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name))
          .filter(
            (u) =>
              u.pathname.startsWith('/api/') &&
              u.pathname !== '/api/datasets' &&
              u.pathname !== '/api/auth/me' && // who is asking: one answer for every dataset (roles per dataset)
              u.searchParams.get('dataset') !== 'synthetic',
          )
          .map((u) => u.pathname),
      );
      t.same(unscoped, [], 'every API call of the page (actor, relations, subgraphs) names the dataset');
      t.same(pageErrors(page), []);

      await page.reload();
      await ready(page);
      await page.evaluate(() => window.__explorer!.large!.idle());
      t.same(
        await page.evaluate(() => [...window.__explorer!.large!.expanded()]),
        ['state-3'],
        'a reload loads the expansion again',
      );
      t.equal(await page.getByRole('checkbox', { name: 'cooperative' }).isChecked(), false, 'under the same filter');
      await page.close();
    },
  );
}

/** The /api/subgraph URLs the page has requested, oldest first. */
function subgraphUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/api/subgraph?')),
  );
}

/** GETs a subgraph URL from inside the page, as the page did. */
async function fetchJson(
  page: Page,
  url: string,
): Promise<{ nodes: Array<{ key: string }>; positions: Record<string, { x: number; y: number }> }> {
  return page.evaluate(async (u) => (await fetch(u)).json(), url);
}

/** Two actors with the fewest ties (so not among the strongest), from the dataset file: the last two such ids. */
function quietActors(file: string): [string, string] {
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as {
    actors: Array<{ id: string }>;
    relations: Array<{ source: string; target: string }>;
  };
  const degree = new Map<string, number>();
  for (const r of dataset.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const fewest = Math.min(...degree.values());
  const quiet = dataset.actors.map((a) => a.id).filter((id) => degree.get(id) === fewest);
  return [quiet.at(-1)!, quiet.at(-2)!];
}

/** The synthetic generator's name for an id: "territory-7997" is "Territory 7997". */
function nameOf(id: string): string {
  const [kind, number] = [id.slice(0, id.lastIndexOf('-')), id.slice(id.lastIndexOf('-') + 1)];
  return `${kind[0]!.toUpperCase()}${kind.slice(1)} ${number}`;
}

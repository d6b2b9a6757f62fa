// Browser test: axe-core (WCAG 2.1 A/AA) finds no serious or critical violation on any view or panel of the explorer.
import t from 'tap';
import { openExplorer, startBrowserSession } from '../browser.js';
import { axeViolations, describeViolations } from './axe.js';

/** Every view and panel, by the address that opens it and a selector that shows it is there. */
const VIEWS = [
  { name: 'graph', path: '/', ready: '.legend-list li' },
  { name: 'actor panel', path: '/?focus=azerbaijan', ready: '.actor-panel .evidence' },
  { name: 'tie card', path: '/?tie=israel:azerbaijan', ready: '.tie-panel .tie-card' },
  {
    name: 'path view',
    path: '/?from=united-states&to=aeronautics-defense-systems&mode=strongest',
    ready: '.path-result .steps .step',
  },
  { name: 'compare ties', path: '/?compare=israel:azerbaijan,israel:armenia', ready: '.compare-results .tie-card' },
  { name: 'compare actors', path: '/?compareActors=israel,turkey', ready: '.compare-results .profile' },
  { name: 'reader', path: '/?source=besa-1723', ready: '.reader-document mark' },
  { name: 'as of a year', path: '/?asOf=2012', ready: '.legend-list li' },
  { name: 'phone', path: '/?focus=israel', ready: '.actor-panel', viewport: { width: 390, height: 844 } },
] as const;

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());
  const counts: string[] = [];
  for (const view of VIEWS) {
    t.test(`axe: ${view.name}`, async (t) => {
      const page = await openExplorer(session, view.path, 'viewport' in view ? view.viewport : undefined);
      await page.locator(view.ready).first().waitFor({ timeout: 10_000 });
      const all = await axeViolations(page);
      const serious = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      counts.push(
        `${view.name}: ${serious.reduce((n, v) => n + v.nodes, 0)} serious/critical nodes, ${all.length} rules violated`,
      );
      t.same(
        serious.map((v) => v.id),
        [],
        `no serious or critical violation: ${describeViolations(serious)}`,
      );
      await page.close();
    });
  }
  t.test('axe: the list view and the shortcuts dialog', async (t) => {
    const page = await openExplorer(session);
    await page.locator('body').press('l');
    await page.getByRole('tree').waitFor();
    await page.keyboard.press('ArrowRight');
    let serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(
      serious.map((v) => v.id),
      [],
      `list view: ${describeViolations(serious)}`,
    );
    await page.keyboard.press('Escape');
    await page.locator('body').press('?');
    await page.getByRole('dialog').waitFor();
    serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(
      serious.map((v) => v.id),
      [],
      `shortcuts dialog: ${describeViolations(serious)}`,
    );
    await page.close();
  });

  t.test('every element reached by Tab shows a visible focus ring', async (t) => {
    const page = await openExplorer(session, '/?focus=azerbaijan');
    await page.locator('.actor-panel .evidence').first().waitFor();
    const invisible: string[] = [];
    let reached = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { ring, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`.slice(0, 80) };
      });
      if (!seen) continue;
      reached++;
      if (!seen.ring) invisible.push(seen.what);
    }
    t.ok(reached >= 20, `Tab reached ${reached} elements`);
    t.same(invisible, [], 'each one with an outline of at least 2 px');
    await page.close();
  });
  t.teardown(() => console.error(`axe summary:\n  ${counts.join('\n  ')}`));
}

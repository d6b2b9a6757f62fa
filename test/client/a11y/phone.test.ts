// Browser tests on a 390×844 touch phone: graph first and large, panels as bottom sheets, filters behind a button, tap wording, no overflow.
import t from 'tap';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { holdBrowser, SCREENSHOTS, startBrowserSession } from '../browser.js';

const PHONE = { width: 390, height: 844 };

/** Elements (not the canvas's drawing) that stick out of the screen sideways, as "tag.class (right edge)". */
const overflowing = (page: Page) =>
  page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('dialog:not([open])')) continue;
      if (box.right > width + 1 || box.left < -1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    return {
      scroll: document.documentElement.scrollWidth,
      out: out.filter((s) => !s.startsWith('a.skip-link')).slice(0, 8),
    };
  }, PHONE.width);

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());
  // A touch phone needs its own browser context (hasTouch, isMobile): the session's context is a desktop.
  const hold = await holdBrowser();
  const context = await hold.browser.newContext({
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  t.teardown(async () => {
    await context.close();
    await hold.release();
  });
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${session.baseUrl}${path}`);
    await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 20_000 });
    await page.waitForTimeout(400);
    return page;
  };

  t.test(
    'the graph first and large; tap wording; legend and filters behind a button; a tap on an actor opens it as a bottom sheet',
    async (t) => {
      const page = await open('/');
      const stage = (await page.locator('.stage').boundingBox())!;
      t.ok(stage.y < 140, `the graph starts ${Math.round(stage.y)} px from the top`);
      t.ok(stage.height >= PHONE.height * 0.4, `and takes ${Math.round(stage.height)} of ${PHONE.height} px`);
      t.match(await page.locator('.canvas-help').innerText(), /^Tap an actor/, 'touch wording');
      t.notMatch(await page.locator('body').innerText(), /\bHover\b/, 'no "hover" anywhere on a phone');
      t.equal(await page.locator('#sidebar').isVisible(), false, 'filters and legend hidden');
      await page.getByRole('button', { name: 'Filters' }).tap();
      t.equal(await page.locator('#sidebar').isVisible(), true, 'the Filters button shows them');
      t.equal(await page.getByRole('checkbox', { name: 'hostile' }).isVisible(), true);
      await page.getByRole('button', { name: 'Close filters' }).tap();
      t.equal(await page.locator('#sidebar').isVisible(), false);
      t.same((await overflowing(page)).out, [], 'nothing sticks out at 390 px');
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-graph.png') });
      const at = await page.evaluate(() => {
        const { sigma } = window.__explorer!.renderer;
        const data = sigma.getNodeDisplayData('israel')!;
        const point = sigma.framedGraphToViewport({ x: data.x, y: data.y });
        const box = sigma.getContainer().getBoundingClientRect();
        return { x: point.x + box.left, y: point.y + box.top };
      });
      await page.touchscreen.tap(at.x, at.y);
      const panel = page.locator('.actor-panel[data-actor="israel"]');
      await panel.waitFor();
      const sheet = (await page.locator('#panel').boundingBox())!;
      t.ok(Math.abs(sheet.y + sheet.height - PHONE.height) < 2, 'the panel is a sheet at the bottom of the screen');
      t.ok(sheet.y > PHONE.height * 0.35, `below the graph (from ${Math.round(sheet.y)} px)`);
      t.ok(
        (await page.locator('.stage').boundingBox())!.height >= PHONE.height * 0.3,
        'the graph stays in view above it',
      );
      const overflow = await overflowing(page);
      t.ok(overflow.scroll <= PHONE.width, `no sideways scrolling (${overflow.scroll} px)`);
      t.same(overflow.out, [], 'nothing sticks out with the panel open');
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-panel.png') });
      await page.close();
    },
  );

  t.test('the path view on a phone', async (t) => {
    const page = await open('/?from=united-states&to=aeronautics-defense-systems&mode=strongest');
    await page.locator('.path-result .steps .step').first().waitFor();
    t.same((await overflowing(page)).out, [], 'nothing sticks out');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-path.png') });
    await page.close();
  });
}

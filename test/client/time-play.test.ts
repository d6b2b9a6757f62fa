// Browser test of the time slider's play / pause, and of undated ties drawn faded once a year is chosen.
import t from 'tap';
import { openExplorer, startBrowserSession } from './browser.js';

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());

  t.test('Play steps the as-of year from the first one; Pause stops it', async (t) => {
    const page = await openExplorer(session);
    const asOf = () => page.evaluate(() => window.__explorer!.store.get().asOf);
    const first = await page.locator('#as-of').getAttribute('min');
    const play = page.getByRole('button', { name: 'Play the years' });
    await play.click();
    t.equal(await asOf(), first, 'starts at the first year');
    await page.waitForFunction((y) => window.__explorer!.store.get().asOf === String(Number(y) + 1), first, {
      timeout: 3000,
    });
    t.pass('then the next year');
    const pause = page.getByRole('button', { name: 'Pause' });
    t.equal(await pause.getAttribute('aria-pressed'), 'true');
    await pause.click();
    const stopped = await asOf();
    await page.waitForTimeout(1200);
    t.equal(await asOf(), stopped, 'no more steps after Pause');
    t.equal(await page.locator('#as-of-value').innerText(), stopped, 'the slider says the year');
    const faded = await page.evaluate(() => {
      const { renderer } = window.__explorer!;
      const undated = [...renderer.view().undated].filter(
        (e) => renderer.sigma.getEdgeDisplayData(e)?.hidden === false,
      );
      return undated.length;
    });
    t.ok(faded > 0, `${faded} undated ties drawn (faded) under a chosen year`);
    await page.close();
  });
}

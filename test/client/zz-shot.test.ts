import t from 'tap';
import { openExplorer, startBrowserSession } from '/work/wt/a11y/test/client/browser.js';
const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());
  t.test('shot', async () => {
    const page = await openExplorer(session, process.env.SHOT_PATH ?? '/?focus=azerbaijan', process.env.SHOT_W ? { width: Number(process.env.SHOT_W), height: Number(process.env.SHOT_H) } : undefined);
    await page.waitForTimeout(1500);
    if (process.env.SHOT_SCROLL) await page.evaluate((y) => document.querySelector('#panel')!.scrollTo(0, y), Number(process.env.SHOT_SCROLL));
    await page.screenshot({ path: process.env.SHOT_OUT ?? '/tmp/shot.png', fullPage: process.env.SHOT_FULL === '1' });
    await page.close();
  });
}

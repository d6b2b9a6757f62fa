// Browser tests of keyboard use: the "focus Israel and open one of its ties" task in ≤ 10 keys, focus return, shortcuts, and the list view.
import t from 'tap';
import type { Page } from 'playwright-core';
import { openExplorer, pageErrors, startBrowserSession } from '../browser.js';

/** Presses keys one at a time and counts them. */
function keyCounter(page: Page) {
  let count = 0;
  return {
    async press(key: string) {
      count++;
      await page.keyboard.press(key);
    },
    async type(text: string) {
      for (const char of text) await this.press(char);
    },
    get count() {
      return count;
    },
  };
}

const activeDescription = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}|${el.textContent?.slice(0, 60) ?? ''}|${el.getAttribute('data-key') ?? ''}`
      : 'none';
  });

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());

  t.test('focus Israel and open one of its ties in at most 10 keys; Esc goes back step by step', async (t) => {
    const page = await openExplorer(session);
    const keys = keyCounter(page);
    await keys.press('/');
    t.match(await activeDescription(page), /^input/, '/ puts the cursor in the search box');
    await keys.type('Isr');
    await page.locator('#search [role="option"][data-id="israel"]').waitFor();
    t.equal(
      await page.locator('#search [role="option"]').first().getAttribute('data-id'),
      'israel',
      '"Isr" suggests Israel first',
    );
    await keys.press('Enter');
    await page.locator('.actor-panel[data-actor="israel"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    t.match(await activeDescription(page), /^h2\|Israel/, 'focus moves to the panel’s heading');
    // Tab to the first partner's tie card button (past any controls of the panel), at most a few presses.
    for (let i = 0; i < 4; i++) {
      await keys.press('Tab');
      if (/—/.test(await activeDescription(page))) break;
    }
    t.match(await activeDescription(page), /^button\|Israel — /, 'a partner’s tie card button');
    await keys.press('Enter');
    await page.locator('.tie-panel .tie-card').waitFor();
    const pair = await page.evaluate(() => window.__explorer!.store.get().tie);
    t.ok(pair?.includes('israel'), `a tie of Israel is open (${pair?.join('–')})`);
    t.ok(keys.count <= 10, `done in ${keys.count} keys (issue 16 measured 30)`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__explorer!.store.get().panel === null);
    t.match(
      await activeDescription(page),
      /^input/,
      'Esc closes the card; focus returns to the search box it was opened from, not <body>',
    );
    t.same(pageErrors(page), []);
    await page.close();
  });

  t.test('? opens the shortcuts dialog; Esc closes it and leaves the panel open', async (t) => {
    const page = await openExplorer(session, '/?focus=israel');
    await page.locator('.actor-panel').waitFor();
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    t.match(await dialog.innerText(), /Search actors/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    t.equal(await page.evaluate(() => window.__explorer!.store.get().panel), 'actor', 'the panel stays open');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__explorer!.store.get().panel === null);
    t.pass('a second Esc closes the panel');
    await page.close();
  });

  t.test(
    'the skip link reaches the list view; arrows move between actors and partners, the camera follows, Enter opens',
    async (t) => {
      const page = await openExplorer(session);
      await page.keyboard.press('Tab');
      t.match(await activeDescription(page), /^a#skip-list/, 'the first Tab reaches the skip link');
      await page.keyboard.press('Enter');
      const tree = page.getByRole('tree');
      await tree.waitFor();
      t.match(await activeDescription(page), /^li\|/, 'focus is on the first actor of the list');
      const drawn = await page.evaluate(() => {
        const { renderer } = window.__explorer!;
        return [...renderer.view().visibleEdges].length;
      });
      t.ok(drawn > 0);
      const camera = () => page.evaluate(() => window.__explorer!.renderer.sigma.getCamera().getState());
      const first = await page.locator('[role="treeitem"][aria-selected="true"]').getAttribute('data-key');
      await page.keyboard.press('ArrowDown');
      const second = await page.locator('[role="treeitem"][aria-selected="true"]').getAttribute('data-key');
      t.not(second, first, 'Down moves to the next actor');
      t.equal(await page.evaluate(() => window.__explorer!.store.get().hovered), second, 'the canvas lights it');
      await page.waitForTimeout(600);
      const at = await page.evaluate((id) => {
        const { sigma } = window.__explorer!.renderer;
        const data = sigma.getNodeDisplayData(id!)!;
        return sigma.framedGraphToViewport({ x: data.x, y: data.y });
      }, second);
      const box = (await page.locator('#graph').boundingBox())!;
      t.ok(
        Math.abs(at.x - box.width / 2) < box.width * 0.1 && Math.abs(at.y - box.height / 2) < box.height * 0.1,
        'the camera centres on it',
      );
      const before = await camera();
      await page.keyboard.press('ArrowRight');
      t.equal(
        await page.locator(`[data-key="${second}"]`).getAttribute('aria-expanded'),
        'true',
        'Right opens its partners',
      );
      await page.keyboard.press('ArrowRight');
      const partnerKey = await page.locator('[role="treeitem"][aria-selected="true"]').getAttribute('data-key');
      t.match(partnerKey, new RegExp(`^${second}>`), 'Right again moves onto its first partner');
      await page.waitForTimeout(600);
      t.not(JSON.stringify(await camera()), JSON.stringify(before), 'the camera moves to the partner');
      await page.keyboard.press('Enter');
      await page.locator('.tie-panel .tie-card').waitFor();
      t.same(
        [...(await page.evaluate(() => window.__explorer!.store.get().tie!))].sort(),
        partnerKey!.split('>').sort(),
        'Enter on a partner opens the pair’s tie card',
      );
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.__explorer!.store.get().panel === null);
      t.match(
        await activeDescription(page),
        new RegExp(`^li\\|.*\\|${partnerKey}$`),
        'Esc brings focus back to the partner in the list',
      );
      await page.keyboard.press('ArrowLeft');
      t.equal(
        await page.locator('[role="treeitem"][aria-selected="true"]').getAttribute('data-key'),
        second,
        'Left goes back to the actor',
      );
      t.same(pageErrors(page), []);
      await page.close();
    },
  );

  /** A camera state as sigma reports it. */
  type CameraState = { x: number; y: number; ratio: number; angle: number };
  /** Starts recording the camera states sigma goes through on `page`. */
  const recordCamera = (page: Page) =>
    page.evaluate(() => {
      const states: unknown[] = [];
      const record = (state: unknown) => states.push(state);
      Object.assign(window, { cameraStates: states, recordCamera: record });
      window.__explorer!.renderer.sigma.getCamera().on('updated', record);
    });
  /** Stops the recording and returns the states recorded since recordCamera. */
  const recordedCamera = (page: Page) =>
    page.evaluate(() => {
      const { cameraStates, recordCamera } = window as unknown as {
        cameraStates: CameraState[];
        recordCamera: (state: unknown) => void;
      };
      window.__explorer!.renderer.sigma.getCamera().off('updated', recordCamera);
      return cameraStates;
    });

  t.test('the loading spinner stands still for a reader who asks for less motion, and turns otherwise', async (t) => {
    const page = await openExplorer(session); // the session's pages ask for less motion
    // The spinner of a loading status, made here so that no load has to be caught in flight.
    const animation = () =>
      page.evaluate(() => {
        const spinner = document.createElement('span');
        spinner.className = 'spinner';
        document.getElementById('status')!.append(spinner);
        const name = getComputedStyle(spinner).animationName;
        spinner.remove();
        return name;
      });
    t.equal(await animation(), 'none', 'prefers-reduced-motion: reduce');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    t.equal(await animation(), 'spin', 'no preference');
    await page.close();
  });

  t.test(
    'focusing an actor moves the camera in one jump for a reader who asks for less motion, animated otherwise',
    async (t) => {
      /** The camera states sigma goes through while Azerbaijan is focused from the search, and where it ends. */
      const moves = async (motion: 'reduce' | 'no-preference') => {
        const page = await openExplorer(session, '/', undefined, motion);
        await recordCamera(page);
        const search = page.getByRole('combobox', { name: 'Search actors' });
        await search.fill('azerbaijan');
        await page.locator('#search [role="option"]').first().waitFor();
        await search.press('Enter');
        await page.waitForTimeout(900); // the double-click window (300 ms), or the animation (450 ms), and more
        const states = await recordedCamera(page);
        await page.close();
        return states;
      };
      const still = await moves('reduce');
      t.equal(still.length, 1, 'reduced motion: the camera changes once');
      const moving = await moves('no-preference');
      t.ok(moving.length > 3, `no preference: an animation (${moving.length} states)`);
      t.same(still.at(-1), moving.at(-1), 'both end on the same view');
    },
  );

  t.test(
    "sigma's own zooms (the wheel) jump for a reader who asks for less motion, animate otherwise, and follow a change of the setting",
    async (t) => {
      const page = await openExplorer(session, '/');
      const box = (await page.locator('#graph').boundingBox())!;
      /** The camera states sigma goes through for one wheel notch over the graph's centre, from the whole drawing. */
      const wheelStates = async () => {
        await page.evaluate(() =>
          window.__explorer!.renderer.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
        );
        await recordCamera(page);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -100);
        await page.waitForTimeout(700); // sigma's zoom lasts 250 ms
        const states = await recordedCamera(page);
        return states.filter((state, i) => i === 0 || state.ratio !== states[i - 1]!.ratio);
      };
      const still = await wheelStates();
      t.ok(still.length >= 1 && still.length <= 2, `reduced motion: one jump (${still.length} distinct states)`);
      t.ok(still.at(-1)!.ratio < 1, 'it zoomed in');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await wheelStates();
      t.ok(moving.length > 3, `the setting changed while the page is open: an animation (${moving.length} states)`);
      t.equal(moving.at(-1)!.ratio.toFixed(6), still.at(-1)!.ratio.toFixed(6), 'both end on the same zoom');
      t.same(pageErrors(page), []);
      await page.close();
    },
  );
}

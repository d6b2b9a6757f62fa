// Runs one browser-test group (test/test-groups.ts) in this process, its files in turn on one shared Chromium.
import { existsSync } from 'node:fs';
import t from 'tap';
import { browserGroup } from '../test-groups.js';
import { CHROMIUM, closeOpenSessions, holdBrowser } from '../client/browser.js';
import { runInSequence } from './run-group.js';

/**
 * Runs browser group `n` (test/test-groups.ts) on one Chromium: each file in turn, its sessions closed once its
 * tests are done. Without Chromium the group is skipped (failed under CI=true) here, as startBrowserSession would
 * skip one file: the root test can take only one plan.
 */
export async function runBrowserGroup(n: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    const message = `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
    if (process.env.CI === 'true') t.fail(`${message}; under CI=true the browser tests must run`);
    else t.plan(0, `skip: ${message}`);
    return;
  }
  const hold = await holdBrowser();
  t.teardown(() => hold.release()); // registered first, so it runs after every file's own teardown
  await runInSequence(browserGroup(n), closeOpenSessions);
}

// Runs test files in this one process: tap, the TS loader and the shared modules load once, not once per file.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { groupFiles, type GroupName } from '../test-groups.js';

/**
 * Runs the test files of group `name` (test/test-groups.ts), in turn (runInSequence); each file's `t.test` calls
 * queue on tap's one root test, so the counts and failures are tap's as usual. `--only`-style filters still work.
 */
export async function runGroup(name: GroupName): Promise<void> {
  await runInSequence(groupFiles(name), async () => {});
}

/**
 * Imports `files` one at a time, each once the tests of the one before have finished, then calls `afterEach`. For
 * files that start a server and a browser context at their top level: imported all at once, every file's server and
 * context would be up from the start to the end of the process. Each file gets the runner's whole timeout
 * (TAP_TIMEOUT) from its start, as in a process of its own; one that sets its own (`t.setTimeout`) still may.
 * Each file's time is printed as a TAP comment.
 */
export async function runInSequence(files: readonly string[], afterEach: () => Promise<void>): Promise<void> {
  const timeout = Number(process.env.TAP_TIMEOUT ?? 30) * 1000;
  for (const file of files) {
    t.setTimeout(timeout);
    const started = performance.now();
    const finished: Array<Promise<unknown>> = [];
    // A root subtest emits `complete` when its results are in, whether it passed, failed or timed out.
    const onAdd = (sub: NodeJS.EventEmitter) => finished.push(new Promise((done) => sub.once('complete', done)));
    t.on('subtestAdd', onAdd);
    // waitOn keeps the root test busy meanwhile: idle between two files, it would end itself once any file had
    // called t.teardown (tap's autoend), and the next file's tests would come too late.
    await t.waitOn(importFile(file));
    t.off('subtestAdd', onAdd);
    await Promise.all(finished);
    await t.waitOn(afterEach());
    // Where a group's minutes go, per file, in the TAP output (the README's table of test times reads these).
    t.comment(`${file}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Runs a test file's top level; a throw there fails the group's root test, and the group goes on with the next file. */
async function importFile(file: string): Promise<void> {
  try {
    await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    t.fail(`${file} failed at its top level: ${String(error)}`);
  }
}

// Every browser group at once, each in a process of its own (test/groups/browser-<n>.ts), in one of tap's job slots.
import t from 'tap';
import { NO_CHILD_COVERAGE } from '../child-env.js';
import { BROWSER_GROUPS } from '../test-groups.js';

// A browser group mostly waits (on Chromium's frames, its server, the page's requests): alone it uses about a third
// of a core. As separate tap files, two of them took both job slots for their first ~200 s and left half the machine
// idle; side by side here they fill about one core, and tap's other slot runs the CPU-bound files beside them.
// Each group is a process as before (its own Chromium, its files in turn).
const timeout = Number(process.env.TAP_TIMEOUT ?? 30) * 1000;
// No timeout for this process as a whole (the groups together may outlast one file's allowance); each group keeps
// tap's per-file timeout, which its runner restarts at every file (test/groups/run-group.ts).
t.setTimeout(0);
t.jobs = BROWSER_GROUPS;
for (let n = 1; n <= BROWSER_GROUPS; n++) {
  const file = `test/groups/browser-${n}.ts`;
  // Coverage off in the browser groups: what they run in Node is the server behind the pages, whose every route the
  // inject tests cover; recording it cost ~15 % more CPU in these processes for no line the others miss. The client's
  // code runs in Chromium, where tap records nothing either way.
  const env = { ...process.env, ...NO_CHILD_COVERAGE };
  t.spawn(process.execPath, [...process.execArgv, file], { buffered: true, timeout, env }, file);
}

// Browser tests, group 3 of BROWSER_GROUPS: its files in turn on one shared Chromium (see test/test-groups.ts).
import { runBrowserGroup } from './run-browser-group.js';

await runBrowserGroup(2);

// The test-tooling tests that share one process (see test/test-groups.ts); run by npm test and npm run test:unit.
import { runGroup } from './run-group.js';

await runGroup('tooling');

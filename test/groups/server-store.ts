// The server's store tests that share one process (see test/test-groups.ts); run by npm test and npm run test:store.
import { runGroup } from './run-group.js';

await runGroup('server-store');

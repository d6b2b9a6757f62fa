// `npm run bench:store:small -- [--writes K] [--via admin-token|api-token]`: POST /api/relations on the bundled 33-actor dataset in a fresh embedded store (PGlite), each write's time and p50 / p99.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../../server/app.js';
import { createAccount, findAccount } from '../../../server/accounts/account-store.js';
import { createApiToken } from '../../../server/accounts/api-tokens.js';

const { values } = parseArgs({
  options: { writes: { type: 'string', default: '40' }, via: { type: 'string', default: 'admin-token' } },
});
const TOKEN = 'bench-admin-token-0123456789';
const dataDir = mkdtempSync(join(tmpdir(), 'age-small-write-'));
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

try {
  const app = await buildApp({
    dataFile: resolve('graph/data/besa-1723.json'),
    logLevel: 'silent',
    rateLimitMax: 0,
    store: 'on',
    dataDir,
    databaseUrl: '',
    adminToken: TOKEN,
  });
  await app.ready(); // Fastify compiles every route's schemas here (~0.6 s): a listening server has done it before its first write
  const { graph } = app.datasets.default.store.current;
  const ids = graph.nodes();
  const template = { ...graph.getEdgeAttributes(graph.edges()[0]!) };
  // `api-token`: an editor account's API token, as a script writes (its lookup costs statements on the store's session).
  let bearer = TOKEN;
  if (values.via === 'api-token') {
    const db = app.accounts.db!;
    await createAccount(db, { name: 'bench-robot', roles: [{ dataset: '*', role: 'editor' }] });
    bearer = (await createApiToken(db, (await findAccount(db, 'bench-robot'))!.id, 'bench')).token;
  } else if (values.via !== 'admin-token') throw new Error('--via: expecting admin-token or api-token');
  const headers = { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' };
  const run = Date.now().toString(36);
  const times: number[] = [];
  const warmUp: number[] = [];
  // Two warm-up writes (route, schema compilers, first statements) are not counted.
  for (let i = -2; i < Number(values.writes); i++) {
    const [source, target] = [ids[(i + 2) % ids.length]!, ids[(i + 2 + 1 + ((i + 2) % 5)) % ids.length]!];
    const relation = { ...template, id: `small-write-${run}-${i + 2}`, source, target };
    const started = performance.now();
    const response = await app.inject({ method: 'POST', url: '/api/relations', headers, payload: relation });
    const took = performance.now() - started;
    if (response.statusCode !== 201)
      throw new Error(`write ${i}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    (i >= 0 ? times : warmUp).push(took);
  }
  console.log(`first two writes of the process (not counted): ${warmUp.map((time) => time.toFixed(0)).join(', ')} ms`);
  console.log(`each, in order (ms): ${times.map((time) => time.toFixed(0)).join(' ')}`);
  times.sort((a, b) => a - b);
  console.log(
    `POST /api/relations on the bundled store (${graph.order} actors), ${times.length} writes by ${values.via}: ` +
      `p50 ${quantile(times, 0.5).toFixed(0)} ms, p99 ${quantile(times, 0.99).toFixed(0)} ms; load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(', ')}`,
  );
  await app.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

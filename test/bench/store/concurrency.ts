// `npm run bench:concurrency -- [--actors N] [--relations M] [--backend pglite|postgres] [--data-dir D | --database-url U] [--editors 50] [--readers 100] [--seconds 20] [--rounds 1] [--warmup 5] [--hot 25]`:
// editors updating with If-Match (retrying on 412) while readers ask for paths and tie cards; checks no lost update, no 5xx, and read p99 against read-only.
// `--data-dir` / `--database-url` run on an existing store (a copy: the bench writes to it) instead of generating and loading a dataset.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Backend } from '../../../server/store/database.js';
import { sampleActorIds, startServer } from '../load/server-process.js';
import { prepareStore } from './concurrency-setup.js';
import { benchLocation } from './store-location.js';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '2000' },
    relations: { type: 'string', default: '10000' },
    backend: { type: 'string', default: 'pglite' },
    editors: { type: 'string', default: '50' },
    readers: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
    // Readers before the timed phases, not counted: a fresh process's first queries pay for JIT and lazily built tables.
    warmup: { type: 'string', default: '5' },
    // The two phases alternate in this many rounds (each --seconds / rounds long), so a shared machine's load drifting
    // during the run weighs on both alike.
    rounds: { type: 'string', default: '1' },
    hot: { type: 'string', default: '25' },
    // An existing store (a copy: the bench writes to it) instead of a generated dataset and its first load.
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const [EDITORS, READERS, SECONDS, HOT] = [values.editors, values.readers, values.seconds, values.hot].map(Number) as [
  number,
  number,
  number,
  number,
];
const existing = values['data-dir'] !== undefined || values['database-url'] !== undefined;
const backend: Backend = values['database-url']
  ? 'postgres'
  : values['data-dir']
    ? 'pglite'
    : (values.backend as Backend);
const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Latencies and statuses of one kind of request. */
class Tally {
  readonly latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  add(status: number, ms: number, response?: Response): void {
    this.latencies.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    // The first answer of each unexpected status, so a failing run says why.
    if (![200, 201, 412].includes(status) && this.statuses.get(status) === 1)
      console.log(`first ${status}: ${response ? JSON.stringify(json(response)).slice(0, 300) : 'no answer'}`);
  }
  get serverErrors(): number {
    return [...this.statuses].filter(([status]) => status >= 500 || status === 0).reduce((sum, [, n]) => sum + n, 0);
  }
  summary(): string {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    if (sorted.length === 0) return 'none';
    const statuses = [...this.statuses].map(([status, n]) => `${status}×${n}`).join(' ');
    return `${sorted.length} requests, p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p99 ${quantile(sorted, 0.99).toFixed(0)} ms (${statuses})`;
  }
  p99(): number {
    return quantile(
      [...this.latencies].sort((a, b) => a - b),
      0.99,
    );
  }
}

/** A timed fetch: status 0 for a request that failed without an answer. */
async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number; response?: Response }> {
  const start = performance.now();
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer().then(
      (bytes) => Object.assign(response, { bytes }),
      () => undefined,
    );
    return { status: response.status, ms: performance.now() - start, response };
  } catch {
    return { status: 0, ms: performance.now() - start };
  }
}
const json = (response?: Response) =>
  JSON.parse(new TextDecoder().decode((response as unknown as { bytes: ArrayBuffer }).bytes));

const { where, drop } = existing
  ? {
      where: {
        dataDir: values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'age-bench-')),
        ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
      },
      drop: async () => {},
    }
  : await benchLocation(backend);
let stopServer: (() => Promise<void>) | undefined;
try {
  const run = Date.now().toString(36);
  const setup = await prepareStore(where, {
    editors: EDITORS,
    hot: HOT,
    run,
    ...(existing ? {} : { generate: { actors: Number(values.actors), relations: Number(values.relations) } }),
  });
  const { tokens } = setup;
  const started = performance.now();
  const server = await startServer('graph/data/besa-1723.json', {
    STORE: 'on',
    DATA_DIR: where.dataDir,
    DATABASE_URL: where.databaseUrl ?? '',
  });
  stopServer = server.stop;
  console.log(`${backend}: server ready from the store in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { url } = server;
  // The port was free when chosen; make sure the server answering is this one (another process may have taken it).
  const health = (await (await fetch(`${url}/api/health`)).json()) as { dataset?: string };
  if (health.dataset !== setup.datasetId)
    throw new Error(`the server at ${url} serves ${health.dataset}, not ${setup.datasetId}`);
  const actors = await sampleActorIds(url, 200);
  const hot = setup.hot.map((relation) => relation.id);

  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  const reader = async (until: number, tally: Tally) => {
    for (let n = 0; performance.now() < until; n++) {
      const a = pick(actors);
      const b = pick(actors.filter((other) => other !== a)); // the same actor twice is a 400, not a query
      const path = n % 2 === 0 ? `/api/paths?from=${a}&to=${b}&k=2` : `/api/ties?a=${a}&b=${b}`;
      const { status, ms, response } = await timed(`${url}${path}`);
      tally.add(status, ms, response);
    }
  };

  // Warm-up (not counted), then phase 1: readers alone.
  await Promise.all(
    Array.from({ length: READERS }, () => reader(performance.now() + Number(values.warmup) * 1000, new Tally())),
  );
  const readOnly = new Tally();

  // Phase 2: the same readers while the editors write.
  const underWrites = new Tally();
  const writes = new Tally();
  const accepted: Array<{ id: string; version: number; note: string }> = [];
  const created: string[] = [];
  let conflicts = 0;
  const editor = async (e: number, until: number, round: number, last: boolean) => {
    const auth = { authorization: `Bearer ${tokens[e]}`, 'content-type': 'application/json' };
    for (let n = 0; performance.now() < until; n++) {
      const id = pick(hot);
      const note = `editor ${e} round ${round} edit ${n}`;
      for (let attempt = 0; attempt < 20; attempt++) {
        const read = await timed(`${url}/api/relations/${id}`);
        if (read.status !== 200) {
          writes.add(read.status, read.ms, read.response);
          break;
        }
        const body = { ...json(read.response), strengthNote: note };
        const write = await timed(`${url}/api/relations/${id}`, {
          method: 'PUT',
          headers: { ...auth, 'if-match': read.response!.headers.get('etag')! },
          body: JSON.stringify(body),
        });
        writes.add(write.status, write.ms, write.response);
        if (write.status === 200) {
          accepted.push({ id, version: json(write.response).results[0].version, note });
          break;
        }
        if (write.status !== 412) break;
        conflicts++;
      }
    }
    if (!last) return;
    // Then one create each, with an Idempotency-Key, sent twice: the second is a replay, not a second write.
    const fresh = { ...setup.hot[e % setup.hot.length]!.record, id: `bench-created-${run}-${e}` };
    for (let attempt = 0; attempt < 2; attempt++) {
      const { status, ms, response } = await timed(`${url}/api/relations`, {
        method: 'POST',
        headers: { ...auth, 'idempotency-key': `create-${run}-${e}` },
        body: JSON.stringify(fresh),
      });
      writes.add(status, ms, response);
      if (status === 201 && attempt === 0) created.push(fresh.id);
    }
  };
  // The change log of each hot record before the editors start (an existing store may hold earlier runs' changes).
  const historyBefore = new Map<string, number>();
  for (const id of hot)
    historyBefore.set(id, json((await timed(`${url}/api/history?type=relation&id=${id}&limit=1`)).response).total);
  const ROUNDS = Number(values.rounds);
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`round ${round + 1}/${ROUNDS}: load average (1, 5, 15 min) ${loadAverage()}`);
    let until = performance.now() + (SECONDS * 1000) / ROUNDS;
    await Promise.all(Array.from({ length: READERS }, () => reader(until, readOnly)));
    until = performance.now() + (SECONDS * 1000) / ROUNDS;
    await Promise.all([
      ...Array.from({ length: READERS }, () => reader(until, underWrites)),
      ...Array.from({ length: EDITORS }, (_, e) => editor(e, until, round, round === ROUNDS - 1)),
    ]);
  }

  // No lost update: per record, the accepted versions are v+1..v+k (v: its version before) without a gap or a twin,
  // the last one is what is served, and the change log holds exactly the accepted updates more than before.
  let lost = 0;
  for (const { id, version } of setup.hot) {
    const mine = accepted.filter((write) => write.id === id).sort((a, b) => a.version - b.version);
    const versions = mine.map((write) => write.version);
    const expected = mine.map((_, i) => version + i + 1);
    const final = await timed(`${url}/api/relations/${id}`);
    const history = json((await timed(`${url}/api/history?type=relation&id=${id}&limit=1`)).response);
    const served = mine.length === 0 ? undefined : json(final.response).strengthNote;
    if (
      JSON.stringify(versions) !== JSON.stringify(expected) ||
      (mine.length > 0 && served !== mine.at(-1)!.note) ||
      history.total !== historyBefore.get(id)! + mine.length
    ) {
      lost++;
      console.log(`LOST UPDATE on ${id}: versions ${versions.join(',')}, served ${served}, history ${history.total}`);
    }
  }
  let missing = 0;
  for (const id of created) if ((await timed(`${url}/api/relations/${id}`)).status !== 200) missing++;

  console.log(`read-only (${READERS} readers, ${SECONDS} s): ${readOnly.summary()}`);
  console.log(`reads under writes (${READERS} readers + ${EDITORS} editors, ${SECONDS} s): ${underWrites.summary()}`);
  console.log(`writes (GET for the ETag not counted): ${writes.summary()}`);
  console.log(
    `accepted updates ${accepted.length}, 412 retries ${conflicts}, creates ${created.length} (missing at the end: ${missing})`,
  );
  const ratio = underWrites.p99() / readOnly.p99();
  console.log(
    `checks: lost updates ${lost}, 5xx or no answer ${readOnly.serverErrors + underWrites.serverErrors + writes.serverErrors}, read p99 under writes / read-only = ${ratio.toFixed(2)} (target ≤ 2)`,
  );
  console.log(`load average at the end (1, 5, 15 min): ${loadAverage()}`);
  process.exitCode = lost > 0 || missing > 0 ? 1 : 0;
} finally {
  await stopServer?.();
  await drop();
}

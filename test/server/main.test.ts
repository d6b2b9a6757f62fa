// Tests for server/main.ts as a process: listens on the configured port, reloads on SIGHUP, exits 0 on SIGTERM/SIGINT after in-flight work.
import { NO_CHILD_COVERAGE } from '../child-env.js';
import t, { type Test } from 'tap';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app.js';
import { FIXTURE, NORDIC } from './helpers.js';
import { serverEntry } from './server-entry.js';
import { spawnServer } from './store/server-process.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts `server/main.ts` with `env` and the server arguments `args`, under `--expose-gc` as `npm start` runs it
 * (`flags`; its young-generation size, a speed setting, aside).
 */
function startServer(t: Test, env: Record<string, string>, args: string[] = [], flags = ['--expose-gc']) {
  return spawnServer(t, { env, args, flags });
}

/** Runs `server/main.ts` with `env` until it exits (a start it must refuse); resolves with its exit code and stderr. */
async function refusedStart(env: Record<string, string>): Promise<{ code: unknown; stderr: string }> {
  const child = spawn(process.execPath, serverEntry(), {
    cwd: ROOT,
    env: { ...process.env, ...NO_CHILD_COVERAGE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise((done) => child.on('exit', done));
  return { code, stderr };
}

t.test('a bad setting or dataset stops the process with its reason and exit code 1', async (t) => {
  const { code, stderr } = await refusedStart({ PORT: 'abc' });
  t.equal(code, 1);
  t.match(stderr, /invalid `port`/);
  t.notMatch(stderr, /\n\s+at /, 'no stack trace');
});

t.test(
  'an embedded store that cannot be opened (opened while the app loads) stops the process with its reason',
  async (t) => {
    const notAFolder = join(t.testdir(), 'not-a-folder');
    writeFileSync(notAFolder, 'plain text');
    const { code, stderr } = await refusedStart({ STORE: 'on', DATA_DIR: notAFolder, PORT: '0' });
    t.equal(code, 1);
    t.match(stderr, notAFolder, 'the folder is named');
    t.notMatch(stderr, /\n\s+at /, 'no stack trace');
  },
);

t.test('SIGTERM: the process closes the server and exits 0', async (t) => {
  const server = await startServer(t, { DATA_FILE: FIXTURE });
  const health = await fetch(`${server.url}/api/health`).then((r) => r.json() as Promise<{ dataset: string }>);
  t.equal(health.dataset, 'server-mini');
  server.child.kill('SIGTERM');
  t.equal(await server.exit, 0);
  t.match(server.output(), /shutting down/);
});

t.test('closing (what SIGTERM does): new connections refused, an in-flight request still answered', async (t) => {
  const app = await buildApp({
    dataFile: FIXTURE,
    logLevel: 'silent',
    rateLimitMax: 0,
    clientDir: join(ROOT, 'no-client'),
  });
  let entered!: () => void;
  const handlerEntered = new Promise<void>((done) => (entered = done));
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  app.get('/api/test-slow', async () => {
    entered();
    await released;
    return { done: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true });
  t.teardown(() => agent.destroy());
  const inFlight = new Promise<[number | undefined, string | undefined, string]>((done, fail) => {
    get({ host: '127.0.0.1', port, path: '/api/test-slow', agent }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => done([res.statusCode, res.headers.connection, body]));
    }).on('error', fail);
  });
  await handlerEntered;
  let closed = false;
  const closing = app.close().then(() => (closed = true));
  await new Promise((done) => setTimeout(done, 50));
  t.equal(closed, false, 'close waits for the in-flight request');
  await t.rejects(
    fetch(`http://127.0.0.1:${port}/api/health`, { headers: { connection: 'close' } }),
    'no new connections',
  );
  release();
  // The answer closes its keep-alive connection, so an idle client cannot hold the shutdown open.
  t.same(await inFlight, [200, 'close', '{"done":true}']);
  await closing;
  t.equal(closed, true);
});

t.test(
  'the start-up load garbage is collected before listening under --expose-gc, and the log says when it is not',
  async (t) => {
    const flagged = await startServer(t, {});
    t.match(
      flagged.output(),
      /"heapMB":\{"before":\d+,"after":\d+,"committedBefore":\d+,"committed":\d+,"compacted":(true|false)\}[^\n]*start-up load garbage collected/,
    );
    flagged.child.kill('SIGTERM');
    t.equal(await flagged.exit, 0);
    const plain = await startServer(t, {}, [], []);
    t.match(plain.output(), /started without --expose-gc/);
    plain.child.kill('SIGTERM');
    t.equal(await plain.exit, 0);
  },
);

t.test('SIGINT also exits 0', async (t) => {
  const server = await startServer(t, { DATA_FILE: FIXTURE });
  server.child.kill('SIGINT');
  t.equal(await server.exit, 0);
});

t.test('SIGHUP reloads the dataset; a bad file is refused and the old data keeps serving', async (t) => {
  const dir = t.testdir();
  cpSync(dirname(FIXTURE), dir, { recursive: true });
  const file = join(dir, 'mini.json');
  const server = await startServer(t, {}, ['--data', file]);
  const actors = async () =>
    ((await fetch(`${server.url}/api/health`).then((r) => r.json())) as { actors: number }).actors;
  t.equal(await actors(), 7);
  const dataset = JSON.parse(readFileSync(file, 'utf8'));
  dataset.actors.push({ id: 'georgia', name: 'Georgia', kind: 'state', aliases: [] });
  writeFileSync(file, JSON.stringify(dataset));
  server.child.kill('SIGHUP');
  await waitFor(() => server.output().includes('dataset reloaded'));
  t.equal(await actors(), 8);
  writeFileSync(file, '{"schemaVersion": 2}');
  server.child.kill('SIGHUP');
  await waitFor(() => server.output().includes('dataset reload refused'));
  t.equal(await actors(), 8, 'still the last good data');
  server.child.kill('SIGTERM');
  t.equal(await server.exit, 0);
});

t.test('two datasets with one id stop the start, naming both files', async (t) => {
  const dir = t.testdir();
  cpSync(dirname(FIXTURE), dir, { recursive: true });
  const copy = join(dir, 'copy.json');
  cpSync(FIXTURE, copy);
  const child = spawn(process.execPath, [...serverEntry(), '--data', join(dir, 'mini.json'), '--data', copy], {
    cwd: ROOT,
    env: { ...process.env, ...NO_CHILD_COVERAGE, PORT: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  t.equal(await new Promise((done) => child.on('exit', done)), 1);
  t.ok(stderr.includes(join(dir, 'mini.json')) && stderr.includes(copy), stderr);
  t.notMatch(stderr, /\n\s+at /, 'no stack trace');
});

t.test('DATA_FILES serves several datasets; SIGHUP reloads each, a bad one keeping its data', async (t) => {
  const dir = t.testdir();
  cpSync(dirname(FIXTURE), dir, { recursive: true });
  const [mini, nordic] = [join(dir, 'mini.json'), join(dir, 'nordic.json')];
  const server = await startServer(t, { DATA_FILES: [mini, nordic].join(delimiter) });
  type Health = { dataset: string; datasets: Array<{ id: string; actors: number }> };
  const health = async () => (await fetch(`${server.url}/api/health`).then((r) => r.json())) as Health;
  const counts = async () => (await health()).datasets.map(({ id, actors }) => `${id}:${actors}`);
  t.equal((await health()).dataset, 'server-mini', 'the first is the default');
  t.same(await counts(), ['server-mini:7', 'server-nordic:6']);
  const grown = JSON.parse(readFileSync(NORDIC, 'utf8'));
  grown.actors.push({ id: 'denmark', name: 'Denmark', kind: 'state', aliases: [] });
  writeFileSync(nordic, JSON.stringify(grown));
  writeFileSync(mini, '{"schemaVersion": 2}');
  server.child.kill('SIGHUP');
  await waitFor(
    () => server.output().includes('dataset reloaded') && server.output().includes('dataset reload refused'),
  );
  t.same(await counts(), ['server-mini:7', 'server-nordic:7'], 'the good file swapped in, the bad one kept its data');
  server.child.kill('SIGTERM');
  t.equal(await server.exit, 0);
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((done) => setTimeout(done, 50));
  if (!condition()) throw new Error('condition not met in 10 s');
}

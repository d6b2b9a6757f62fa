// Starts the API server in a child process (never in the benchmark's own process) on a free port, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A running server child: its base URL and how to stop it. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** SIGTERM, then wait for the exit (graceful shutdown). */
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** A port the OS says is free now (listen on 0, read it, close). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Node's flags in package.json's `start` script (`--expose-gc`, the young generation's size): as `npm start` runs. */
export const START_FLAGS: readonly string[] = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));

/**
 * Starts `server/main.ts` over `dataFile` with rate limiting off (or as `env` says) and waits until /api/health/ready
 * answers; `compiled` runs the build (`dist/server/main.js`, what `npm start` runs) instead of the sources under tsx.
 */
export async function startServer(
  dataFile: string,
  env: Record<string, string> = {},
  readyTimeoutMs = 600_000,
  compiled = false,
): Promise<ServerProcess> {
  const port = await freePort();
  const entry = compiled ? ['dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, [...START_FLAGS, ...entry, '--data', dataFile], {
    cwd: ROOT,
    // Request logging off: a log line per request would measure pino, not the API.
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(`${url}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${readyTimeoutMs} ms`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Actor ids of the served dataset: `count` from pages spread over the actor list. */
export async function sampleActorIds(url: string, count: number): Promise<string[]> {
  const first = (await (await fetch(`${url}/api/actors?limit=1`)).json()) as { total: number };
  const ids: string[] = [];
  const pages = Math.max(1, Math.ceil(count / 100));
  for (let p = 0; p < pages; p++) {
    const offset = Math.floor((first.total / pages) * p);
    const page = (await (await fetch(`${url}/api/actors?limit=100&offset=${offset}`)).json()) as {
      items: Array<{ actor: { id: string } }>;
    };
    ids.push(...page.items.map((item) => item.actor.id));
  }
  return ids.slice(0, count);
}

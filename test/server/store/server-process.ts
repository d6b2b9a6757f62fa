// Test helper: server/main.ts in a child process (its build when current: test/server/server-entry.ts) over a store,
// for the tests that run two of them or kill one.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Test } from 'tap';
import { NO_CHILD_COVERAGE } from '../../child-env.js';
import { FIXTURE } from '../helpers.js';
import { serverEntry } from '../server-entry.js';
import { TOKEN } from './store-app.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A server process and the URL it listens on; `output` holds its stdout and stderr so far, `exit` its exit code. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** How a test starts server/main.ts: node flags, node arguments before the entry (a hook), the server's own arguments. */
export interface ServerStart {
  env?: Record<string, string>;
  flags?: string[];
  nodeArgs?: string[];
  args?: string[];
}

/**
 * Starts server/main.ts (its build when current, else the sources under tsx: serverEntry) on a free port with request
 * limits off and `env` over the test's environment (its coverage off: test/child-env.ts); resolves once it logs its URL, fails if it exits first. The one definition of a
 * server child for the tests (main.test.ts and the store's process tests).
 */
export function spawnServer(
  t: Test,
  { env = {}, flags = [], nodeArgs = [], args = [] }: ServerStart,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...flags, ...serverEntry(nodeArgs), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...NO_CHILD_COVERAGE,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let output = '';
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/"/.exec(output);
      if (match) done({ child, url: match[1]!, output: () => output, exit });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    void exit.then((code) => fail(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

/** Starts server/main.ts over the store at `env` (`nodeArgs` before the entry, e.g. `--import` a test hook); resolves once it listens. */
export function startServer(t: Test, env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  return spawnServer(t, { env: { STORE: 'on', DATA_FILE: FIXTURE, ADMIN_TOKEN: TOKEN, ...env }, nodeArgs });
}

/** fetch options of a POST with the admin token and a JSON body. */
export const postJson = (body: unknown) => ({
  method: 'POST',
  headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

// Test entry point: typecheck, lint, build, then tap; prints the plain closing line "N passed, N failed" that CI reads.
// `npm test -- <files>` runs only those files, without typecheck, lint, coverage or a full build; `--unit` (npm run test:unit) the shared-process groups but the store's, `--store` (npm run test:store) the store's; the whole run checks coverage.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { BROWSER_TESTS, OWN_PROCESS, STORE_GROUP, UNIT_GROUPS, ungroupedFiles } from './test-groups.ts';

// The store tests' migrated PGlite template (test/server/store/backends.ts) outlives the run: in memory where the
// machine has it, beside the scratch folders, else in the system's temporary folder. The next run copies it.
process.env.AGE_TEST_TEMPLATE_DIR ||= existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

// Scratch files (every store test copies a 39 MB, 1,047-file PGlite folder; PGlite writes and syncs its own) go to
// memory where the machine has a tmpfs: a copy took 0.9 s of system CPU on this ext4 disk and 0.09 s in /dev/shm, and
// the copies were a third of the storage group's CPU. TMPDIR set by hand wins.
let scratch;
function removeScratch() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
if (!process.env.TMPDIR && existsSync('/dev/shm')) {
  try {
    scratch = mkdtempSync('/dev/shm/age-tests-');
    process.env.TMPDIR = scratch;
  } catch {
    // not writable here: the system's temporary folder it is
  }
}

/** Runs a command with output passed through and kept; resolves with its exit code, output and seconds taken. */
function run(command, args, { quiet = false } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] });
    let output = '';
    const keep = (chunk) => {
      if (!quiet) process.stdout.write(chunk);
      output += chunk;
    };
    child.stdout.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** Stops the run as one failure, with a line saying which step failed. */
function stop(step, result) {
  removeScratch();
  if (result.output && !result.printed) process.stdout.write(result.output);
  console.log(`${step} failed`);
  console.log('0 passed, 1 failed');
  process.exit(result.code || 1);
}

/** Newest modification time of the files under `folder` (0 when it is missing). */
function newest(folder) {
  if (!existsSync(folder)) return 0;
  return Math.max(0, ...readdirSync(folder, { recursive: true }).map((name) => statSync(`${folder}/${name}`).mtimeMs));
}

/** A shared-process group's file (test/test-groups.ts). */
const groupFile = (name) => `test/groups/${name}.ts`;

/** Where the checks keep their caches (ignored by git with node_modules, gone with a fresh `npm ci`). */
const CACHE = 'node_modules/.cache/npm-test';
const TSC_CACHE = `${CACHE}/typecheck.tsbuildinfo`;
const TSC_GRAPH_CACHE = `${CACHE}/typecheck-graph.tsbuildinfo`;

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('-'));
const tapArgs = [];

if (args[0] === '--unit' || args[0] === '--store') {
  // `npm run test:unit`: the shared-process groups but the store's (no threads, children, databases or browsers);
  // `npm run test:store`: the store's group, on PGlite and PostgreSQL. No build, no coverage; two processes at a time
  // (tap's default on two cores is one: the groups ran one after another). Here rather than a bare tap for the
  // scratch folder above (the store tests copy PGlite folders).
  const groups = args[0] === '--unit' ? UNIT_GROUPS : [STORE_GROUP];
  tapArgs.push('--disable-coverage', '--timeout=600', '--jobs=2', ...groups.map(groupFile), ...args.slice(1));
} else if (files.length > 0) {
  // One or a few files: the loop of a change. Only a browser test needs a build, and only of the client when stale.
  const needsClient = files.some((file) => {
    const path = file.replace(/^\.\//, '');
    return BROWSER_TESTS.includes(path) || path.startsWith('test/groups/browser');
  });
  const built = existsSync('dist/client/index.html') ? statSync('dist/client/index.html').mtimeMs : 0;
  if (needsClient && newest('client') > built) {
    const build = await run('npm', ['run', 'build:client']);
    if (build.code !== 0) stop('client build', { ...build, printed: true });
  }
  tapArgs.push('--disable-coverage', ...args);
} else {
  // The whole suite. Typecheck (the whole, and graph/ alone), lint, format check and both builds all start at once
  // (they print only when they fail): 70 s of CPU in all, so on two cores ~35 s, where checks-then-builds took ~45 s.
  // The browser tests drive the built client; the server's build emits without checking types again (--noCheck): the
  // typecheck just above covers the same files with the same options, and checking them twice cost ~10 s of CPU.
  const [typecheck, typecheckGraph, lint, format, buildServer, buildClient] = await Promise.all([
    // The checks keep caches under node_modules/.cache (a clean clone, as in CI, starts without): a second run
    // re-reads only what changed. Cold they cost the same as without.
    run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', TSC_CACHE], {
      quiet: true,
    }),
    // graph/ once more, without the DOM library: the core must run in Node too (test/graph/boundary.test.ts).
    run(
      'npx',
      ['tsc', '--noEmit', '-p', 'graph/tsconfig.json', '--incremental', '--tsBuildInfoFile', TSC_GRAPH_CACHE],
      {
        quiet: true,
      },
    ),
    run('npx', ['eslint', '--max-warnings=0', '--cache', '--cache-location', `${CACHE}/eslint`, '.'], { quiet: true }),
    // Prettier is enforced once the tree has been formatted in one commit; that commit adds the marker file.
    existsSync('.prettier-enforced')
      ? run('npx', ['prettier', '--check', '--cache', '--cache-location', `${CACHE}/prettier`, '.'], { quiet: true })
      : { code: 0, output: '' },
    run('npx', ['tsc', '-p', 'server/tsconfig.build.json', '--noCheck'], { quiet: true }),
    run('npm', ['run', 'build:client'], { quiet: true }),
  ]);
  const took = (result) => `${(result.seconds ?? 0).toFixed(0)} s`;
  console.log(
    `# typecheck ${took(typecheck)} (graph/ alone ${took(typecheckGraph)}), lint ${took(lint)}, format check ${took(format)}, server build ${took(buildServer)}, client build ${took(buildClient)} (side by side)`,
  );
  if (typecheck.code !== 0) stop('typecheck', typecheck);
  if (typecheckGraph.code !== 0) stop('typecheck of graph/ without the DOM library', typecheckGraph);
  if (lint.code !== 0) stop('lint', lint);
  if (format.code !== 0) stop('format check (npm run format fixes it)', format);
  if (buildServer.code !== 0) stop('server build', buildServer);
  if (buildClient.code !== 0) stop('client build', buildClient);
  // Most files share one process per folder (test/groups/); the rest need their own. Two at a time on two cores:
  // tap's default there is ONE job (the whole run was serial: 37.5 min at load 20). The browser groups, which mostly
  // wait, run side by side in ONE of the two slots (test/groups/browsers.ts), so the CPU-bound files use the other
  // core from the start (as separate files, two browser groups took both slots for ~200 s at two-thirds idle). More
  // jobs cost more CPU than they saved (stop 14: 1,081 s with four, 923 s with two; stop 15: 977 s with three).
  // TEST_JOBS overrides. tap sorts files by path, so test/groups/browsers.ts, the longest process, starts first.
  // Coverage is on, checked against package.json's thresholds: a summary here, `npx tap report text` for the table
  // after the run. (Server children record none: see test/child-env.ts for why.)
  tapArgs.push(
    `--jobs=${process.env.TEST_JOBS ?? 2}`,
    '--coverage-report=text-summary',
    '--timeout=600',
    'test/groups/browsers.ts',
    'test/groups/server.ts',
    'test/groups/server-store.ts',
    'test/groups/graph.ts',
    ...OWN_PROCESS,
    'test/groups/client.ts',
    'test/groups/tooling.ts',
    ...ungroupedFiles(),
  );
}

const tap = await run('npx', ['tap', ...tapArgs]);
removeScratch();
console.log(`# tap ${tap.seconds.toFixed(0)} s`);
// tap closes with "# { total: N, pass: N, fail: N, skip: N }", counting assertions across all files.
const summary = [...tap.output.matchAll(/^# \{ total: (\d+)(.*)\}$/gm)].at(-1);
const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(summary?.[2] ?? '')?.[1] ?? 0);
// A run whose tests all pass can still fail (coverage under the thresholds in package.json): count that as one failure.
const failed = count('fail') || (tap.code === 0 ? 0 : 1);
if (tap.code !== 0 && count('fail') === 0)
  console.log('tap failed with every test passing: coverage under its threshold? (see the table above)');
const skipped = count('skip') + count('todo');
console.log(`${count('pass')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(tap.code !== 0 ? tap.code : failed > 0 ? 1 : 0);

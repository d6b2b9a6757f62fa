// Test entry point: typecheck, then tap; prints the plain closing line "N passed, N failed" that CI reads.
import { spawn } from 'node:child_process';

/** Runs a command with output passed through and kept; resolves with its exit code and output. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const typecheck = await run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (typecheck.code !== 0) {
  console.log('typecheck failed');
  console.log('0 passed, 1 failed');
  process.exit(typecheck.code);
}

// The browser tests drive the built client, so build it (and the server) first.
const build = await run('npm', ['run', 'build']);
if (build.code !== 0) {
  console.log('build failed');
  console.log('0 passed, 1 failed');
  process.exit(build.code);
}

const tap = await run('npx', ['tap', ...process.argv.slice(2)]);
// tap closes with "# { total: N, pass: N, fail: N, skip: N }", counting assertions across all files.
const summary = [...tap.output.matchAll(/^# \{ total: (\d+)(.*)\}$/gm)].at(-1);
const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(summary?.[2] ?? '')?.[1] ?? 0);
// A run whose tests all pass can still fail (coverage under the thresholds in package.json): count that as one failure.
const failed = count('fail') || (tap.code === 0 ? 0 : 1);
if (tap.code !== 0 && count('fail') === 0) console.log('tap failed with every test passing: coverage under its threshold? (see the table above)');
const skipped = count('skip') + count('todo');
console.log(`${count('pass')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(tap.code !== 0 ? tap.code : failed > 0 ? 1 : 0);

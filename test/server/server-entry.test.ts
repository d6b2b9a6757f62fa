// Tests for test/server/server-entry.ts: a server child runs the build only while it is current, and never under a TS hook.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { buildIsCurrent, builtPath, childEntry, serverEntry } from './server-entry.js';

/** A project root with server/ and graph/ sources and (unless `build` is false) a build, with the given ages in s. */
function project(t: Test, ages: { server: number; graph: number; build?: number }): string {
  const root = t.testdir({
    server: { 'main.ts': '', workers: { 'thread.ts': '', 'notes.md': '' } },
    graph: { 'model.ts': '' },
  });
  const now = Date.now() / 1000;
  const age = (file: string, seconds: number) => utimesSync(join(root, file), now - seconds, now - seconds);
  age('server/main.ts', 100);
  age('server/workers/thread.ts', ages.server);
  age('server/workers/notes.md', 0); // not compiled: never makes the build stale
  age('graph/model.ts', ages.graph);
  if (ages.build !== undefined) {
    mkdirSync(join(root, 'dist/server'), { recursive: true });
    writeFileSync(join(root, 'dist/server/main.js'), '');
    age('dist/server/main.js', ages.build);
  }
  return root;
}

const SOURCES = ['--import', 'tsx', 'server/main.ts'];

t.test('no build: the sources under tsx', async (t) => {
  const root = project(t, { server: 50, graph: 50 });
  t.equal(buildIsCurrent(root), false);
  t.same(serverEntry([], root), SOURCES);
});

t.test('a build newer than every server/ and graph/ source: the build', async (t) => {
  const root = project(t, { server: 50, graph: 50, build: 10 });
  t.equal(buildIsCurrent(root), true);
  t.same(serverEntry([], root), ['dist/server/main.js']);
  t.same(serverEntry(['--max-old-space-size=512'], root), ['--max-old-space-size=512', 'dist/server/main.js']);
});

t.test('a source edited after the build (in server/ or in graph/): the sources again', async (t) => {
  t.same(serverEntry([], project(t, { server: 5, graph: 50, build: 10 })), SOURCES, 'server/ newer');
  t.same(serverEntry([], project(t, { server: 50, graph: 5, build: 10 })), SOURCES, 'graph/ newer');
  t.same(serverEntry([], project(t, { server: 10, graph: 10, build: 10 })), ['dist/server/main.js'], 'same age');
});

t.test('a TypeScript --import hook keeps the sources under tsx, even with a current build', async (t) => {
  const root = project(t, { server: 50, graph: 50, build: 10 });
  t.same(serverEntry(['--import', '/x/hook.ts'], root), [
    '--import',
    'tsx',
    '--import',
    '/x/hook.ts',
    'server/main.ts',
  ]);
  t.same(serverEntry(['--import', '/x/hook.mjs'], root), ['--import', '/x/hook.mjs', 'dist/server/main.js']);
});

t.test('any module maps to its place in the build', async (t) => {
  t.equal(builtPath('server/collect-garbage.ts'), 'dist/server/collect-garbage.js');
  const root = project(t, { server: 50, graph: 50, build: 10 });
  t.same(childEntry('server/collect-garbage.ts', [], root), ['dist/server/collect-garbage.js']);
});

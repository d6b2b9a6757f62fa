// Tests for server/workers/thread-flags.ts: a thread booted from sources keeps source maps and conditions, hands TypeScript hooks to its boot, and drops every other loader.
import t from 'tap';
import { threadFlags } from '../../../server/workers/thread-flags.js';

t.test(
  'a thread keeps source maps and conditions, not V8 flags nor the runner’s loaders; TypeScript hooks go to its boot',
  async (t) => {
    const flags = [
      '--expose-gc',
      '--import',
      'tsx/esm',
      '--import=file:///work/node_modules/@tapjs/processinfo/dist/esm/import.mjs',
      '--require',
      './preload.cjs',
      '--loader=ts-node/esm',
      '--import=/hooks/stall.ts',
      '--import=file:///hooks/slow.mts',
      '--enable-source-maps',
      '--conditions',
      'development',
      '--max-old-space-size=4096',
    ];
    t.same(threadFlags(flags), {
      execArgv: ['--enable-source-maps', '--conditions=development'],
      hooks: ['file:///hooks/stall.ts', 'file:///hooks/slow.mts'],
    });
  },
);

t.test('a loader flag without its value is dropped, and ends the list', async (t) => {
  t.same(threadFlags(['--enable-source-maps', '--import']), { execArgv: ['--enable-source-maps'], hooks: [] });
  t.same(threadFlags([]), { execArgv: [], hooks: [] });
});

t.test('a relative TypeScript hook becomes a file URL from the working directory', async (t) => {
  const { hooks } = threadFlags(['--import', 'test/hooks/stall.ts']);
  t.equal(hooks.length, 1);
  t.match(hooks[0], /^file:\/\/\/.*\/test\/hooks\/stall\.ts$/);
  t.ok(
    hooks[0]!.endsWith(`${process.cwd()}/test/hooks/stall.ts`.replace(/^\//, '')),
    'resolved from the working directory',
  );
});

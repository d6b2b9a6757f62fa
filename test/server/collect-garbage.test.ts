// Tests for server/collect-garbage.ts: with --expose-gc it frees what nothing references, compacting only a fragmented heap; without it, it does nothing.
import { execFileSync } from 'node:child_process';
import { NO_CHILD_COVERAGE } from '../child-env.js';
import { builtPath, buildIsCurrent } from './server-entry.js';
import t from 'tap';

// The module from its build when current (no TypeScript loader in the child), else from its source under tsx.
const BUILT = buildIsCurrent();
const MODULE = BUILT ? `./${builtPath('server/collect-garbage.ts')}` : './server/collect-garbage.ts';
const LOADER = BUILT ? [] : ['--import', 'tsx'];

/** Garbage made just before the collection. */
const GARBAGE = `
  const { collectGarbage } = await import('${MODULE}');
  let garbage = Array.from({ length: 500000 }, (_, i) => ({ i, text: 'item ' + i }));
  const made = garbage.length;
  garbage = undefined;
  console.log(JSON.stringify({ made, first: collectGarbage() ?? null, second: collectGarbage() ?? null }));
`;

/** An old space left fragmented: a million objects promoted, then one in four dropped, every page left three quarters full. */
const FRAGMENTED = `
  const { collectGarbage } = await import('${MODULE}');
  let all = Array.from({ length: 1_000_000 }, (_, i) => ({ i, text: 'item ' + i }));
  gc(); gc();
  const keep = all.filter((_, i) => i % 4 !== 0);
  all = undefined;
  gc(); gc();
  const first = collectGarbage();
  console.log(JSON.stringify({ made: keep.length, first, second: null }));
`;

/** An old space full of live objects: a million promoted and all kept. */
const DENSE = `
  const { collectGarbage } = await import('${MODULE}');
  const all = Array.from({ length: 1_000_000 }, (_, i) => ({ i, text: 'item ' + i }));
  gc(); gc();
  const first = collectGarbage();
  console.log(JSON.stringify({ made: all.length, first, second: null }));
`;

// A child process each way: the flag is the process's, and this test runner's own process has none.
const run = (flags: string[], script = GARBAGE) =>
  JSON.parse(
    execFileSync(process.execPath, [...flags, ...LOADER, '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, ...NO_CHILD_COVERAGE },
    }),
  ) as {
    made: number;
    first: { before: number; after: number; committedBefore: number; committed: number; compacted: boolean } | null;
    second: { before: number; after: number } | null;
  };

t.test(
  'with --expose-gc, the garbage made just before is collected, and a second call finds nothing more',
  async (t) => {
    const { made, first, second } = run(['--expose-gc']);
    t.equal(made, 500_000);
    t.ok(
      first && first.before - first.after >= 20,
      `freed ${first && first.before - first.after} MB (${first?.before} → ${first?.after} MB)`,
    );
    t.ok(second && second.after >= second.before - 1, `nothing left to free: ${second?.before} → ${second?.after} MB`);
  },
);

t.test('it compacts: pages a plain full collection leaves partly used are given back', async (t) => {
  const { made, first } = run(['--expose-gc'], FRAGMENTED);
  t.equal(made, 750_000);
  t.equal(first?.compacted, true, 'a quarter of the old space free among live objects: compacted');
  t.ok(
    first && first.committedBefore - first.committed >= 15,
    `committed heap ${first?.committedBefore} → ${first?.committed} MB for ${first?.after} MB in use`,
  );
});

t.test(
  'a heap without holes is collected but not compacted (compacting it would move every object for nothing)',
  async (t) => {
    const { made, first } = run(['--expose-gc'], DENSE);
    t.equal(made, 1_000_000);
    t.equal(first?.compacted, false, `not compacted: ${first?.committed} MB committed for ${first?.after} MB in use`);
  },
);

t.test('without the flag it does nothing and says so', async (t) => {
  t.strictSame(run([]), { made: 500_000, first: null, second: null });
});

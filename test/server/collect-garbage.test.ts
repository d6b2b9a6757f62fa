// Tests for server/collect-garbage.ts: with --expose-gc it frees what nothing references; without it, it does nothing.
import { execFileSync } from 'node:child_process';
import { NO_CHILD_COVERAGE } from '../child-env.js';
import t from 'tap';

// A child process each way: the flag is the process's, and this test runner's own process has none.
const run = (flags: string[]) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        ...flags,
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `
      const { collectGarbage } = await import('./server/collect-garbage.ts');
      let garbage = Array.from({ length: 500000 }, (_, i) => ({ i, text: 'item ' + i }));
      const made = garbage.length;
      garbage = undefined;
      console.log(JSON.stringify({ made, first: collectGarbage() ?? null, second: collectGarbage() ?? null }));
    `,
      ],
      { encoding: 'utf8', env: { ...process.env, ...NO_CHILD_COVERAGE } },
    ),
  ) as {
    made: number;
    first: { before: number; after: number } | null;
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

t.test('without the flag it does nothing and says so', async (t) => {
  t.strictSame(run([]), { made: 500_000, first: null, second: null });
});

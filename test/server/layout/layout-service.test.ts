// Tests for LayoutService: computed once in a worker and cached; a restart reads the file; a corrupt file or other data recomputes.
import t, { type Test } from 'tap';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import type { Snapshot } from '../../../server/dataset-store.js';
import { layoutFilePath } from '../../../server/layout/layout-file.js';
import { LayoutService, type LayoutSettings } from '../../../server/layout/layout-service.js';

const quiet = { info: () => {}, error: () => {} };

/** A snapshot of a generated graph; only the fields the layout reads are real. */
function snapshotOf(actors: number, hash: string, seed = 3): Snapshot {
  const graph = generateActorGraph({ actors, relations: 3 * actors, seed });
  return {
    loaded: { file: `/generated/${hash}.json` },
    graph,
    index: buildRelationIndex(graph),
    hash,
    loadedAt: '',
    memo: new Map(),
  } as unknown as Snapshot;
}

function service(t: Test, cacheDir: string, extra: Partial<LayoutSettings> = {}): LayoutService {
  const layouts = new LayoutService({ minActors: 100, cacheDir, maxIterations: 20, ...extra }, quiet);
  t.teardown(() => layouts.close());
  return layouts;
}

t.test('a dataset under the threshold gets no layout and no file', async (t) => {
  const dir = t.testdir({});
  const layouts = service(t, dir);
  const small = snapshotOf(99, 'small');
  t.equal(await layouts.prepare(small), 'none');
  t.same(await layouts.settled(small), { status: 'none' });
  t.equal(layouts.positions(small), undefined);
  t.same(await readdir(dir), []);
});

t.test('computed once in a worker, then read back from the file by a restarted service', async (t) => {
  const dir = t.testdir({});
  const snapshot = snapshotOf(300, 'hash-one');
  const first = service(t, dir);
  t.equal(await first.prepare(snapshot), 'computing');
  t.same(await first.settled(snapshot), { status: 'ready', source: 'computed' });
  const positions = first.positions(snapshot)!;
  t.equal(positions.length, 600);
  t.ok(positions.every(Number.isFinite));
  t.equal(await first.prepare(snapshot), 'ready', 'no second computation');
  const restarted = service(t, dir);
  t.equal(await restarted.prepare(snapshot), 'ready', 'ready as soon as the cache was read');
  t.same(await restarted.settled(snapshot), { status: 'ready', source: 'cache' });
  t.same(Array.from(restarted.positions(snapshot)!), Array.from(positions));
});

t.test('a corrupt cache file is ignored and recomputed into a good one', async (t) => {
  const dir = t.testdir({});
  const snapshot = snapshotOf(300, 'hash-two');
  await service(t, dir).settled(snapshot);
  const file = layoutFilePath(dir, 'hash-two');
  const bytes = await readFile(file);
  bytes[bytes.length - 1]! ^= 0xff;
  await writeFile(file, bytes);
  const again = service(t, dir);
  t.same(await again.settled(snapshot), { status: 'ready', source: 'computed' });
  t.same(await service(t, dir).settled(snapshot), { status: 'ready', source: 'cache' }, 'the rewritten file is good');
});

t.test('a changed dataset (another content hash) computes anew; the same data gives the same picture', async (t) => {
  const dir = t.testdir({});
  const layouts = service(t, dir);
  const one = snapshotOf(300, 'hash-a');
  const changed = snapshotOf(300, 'hash-b', 4);
  await layouts.settled(one);
  t.same(await layouts.settled(changed), { status: 'ready', source: 'computed' });
  t.same((await readdir(dir)).sort(), ['hash-a.layout', 'hash-b.layout']);
  const twin = snapshotOf(300, 'hash-c'); // same data as `one` under another hash: computed again, identically
  t.same(await layouts.settled(twin), { status: 'ready', source: 'computed' });
  t.same(Array.from(layouts.positions(twin)!), Array.from(layouts.positions(one)!));
});

t.test('a retired snapshot drops its work; an unwritable cache folder still serves the positions', async (t) => {
  const dir = t.testdir({ blocker: 'a file where the cache folder should be' });
  const layouts = service(t, join(dir, 'blocker', 'cache'));
  const snapshot = snapshotOf(300, 'hash-d');
  t.same(await layouts.settled(snapshot), { status: 'ready', source: 'computed' });
  const other = snapshotOf(300, 'hash-e');
  t.equal(await layouts.prepare(other), 'computing');
  await layouts.retire(other);
  t.equal(layouts.positions(other), undefined);
});

// Tests for the layout cache file: round trip, and every kind of bad file (short, foreign, other version, other ids, flipped bit, NaN) refused.
import t from 'tap';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodeLayout,
  encodeLayout,
  hashNodeIds,
  layoutFilePath,
  readLayoutFile,
  writeLayoutFile,
} from '../../../server/layout/layout-file.js';

const ids = ['a', 'b', 'c'];
const idsHash = hashNodeIds(ids);
const content = { positions: Float32Array.from([1, 2, 3.5, -4, 0, 1e6]), iterations: 42 };

t.test('decodeLayout refuses anything but a whole file of this version for these ids', async (t) => {
  const good = encodeLayout(content, idsHash);
  t.equal(decodeLayout(Buffer.alloc(0), 3, idsHash), undefined, 'empty');
  t.equal(decodeLayout(good.subarray(0, good.length - 1), 3, idsHash), undefined, 'truncated');
  t.equal(decodeLayout(good, 4, idsHash), undefined, 'other node count');
  t.equal(decodeLayout(good, 3, hashNodeIds(['a', 'c', 'b'])), undefined, 'other id order');
  const foreign = Buffer.from(good);
  foreign.write('PNG!', 0);
  t.equal(decodeLayout(foreign, 3, idsHash), undefined, 'other magic');
  const version = Buffer.from(good);
  version.writeUInt32LE(999, 4);
  t.equal(decodeLayout(version, 3, idsHash), undefined, 'other version');
  const flipped = Buffer.from(good);
  flipped[flipped.length - 3]! ^= 0x10;
  t.equal(decodeLayout(flipped, 3, idsHash), undefined, 'a flipped bit in the positions');
  const nan = encodeLayout({ positions: Float32Array.from([1, 2, NaN, 0, 0, 0]), iterations: 1 }, idsHash);
  t.equal(decodeLayout(nan, 3, idsHash), undefined, 'a NaN position');
});

t.test('a layout written is read back exactly', async (t) => {
  const decoded = decodeLayout(encodeLayout(content, idsHash), 3, idsHash);
  t.same(Array.from(decoded!.positions), Array.from(content.positions));
  t.equal(decoded!.iterations, 42);
  const dir = t.testdir({});
  const file = layoutFilePath(join(dir, 'nested', 'cache'), 'abc123');
  await writeLayoutFile(file, content, idsHash);
  t.same(Array.from((await readLayoutFile(file, 3, idsHash))!.positions), Array.from(content.positions));
  t.equal((await readFile(file)).length, 80 + 8 * 3, 'header and two float32 per node');
  await writeFile(file, 'garbage');
  t.equal(await readLayoutFile(file, 3, idsHash), undefined);
  t.equal(await readLayoutFile(join(dir, 'missing.layout'), 3, idsHash), undefined);
});

t.test('layoutFilePath keeps only safe characters of the hash', async (t) => {
  t.equal(layoutFilePath('/c', '../../etc/passwd'), join('/c', '______etc_passwd.layout'));
});

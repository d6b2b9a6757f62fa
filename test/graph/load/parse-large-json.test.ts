// Tests for graph/load/parse-large-json.ts: the batched parse gives JSON.parse's value and the bytes' hash, or gives up.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { parseLargeJsonFile } from '../../../graph/load/parse-large-json.js';

const folder = mkdtempSync(join(tmpdir(), 'large-json-'));
t.teardown(() => rmSync(folder, { recursive: true, force: true }));
let count = 0;
function write(text: string | Buffer): string {
  const file = join(folder, `doc-${count++}.json`);
  writeFileSync(file, text);
  return file;
}
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 32);
// Tiny batches and chunks, so every boundary case happens in a small document.
const tiny = { batchBytes: 5, chunkBytes: 3 };

t.test('documents it cannot split are given up (undefined), with the hash still given', async (t) => {
  const refused = [
    '[1, 2]', // not an object at the root
    '"text"',
    '',
    '{"relations": [1, 2,]}', // trailing comma inside a batched array
    '{"relations": [{"a": 1}, {"a": ]}', // syntax error inside an element
    '{"relations": [1], "relations": [2]}', // a batched key given twice
    '{"relations": [1}', // mismatched bracket closing the array
    '{"id": "x"} trailing', // text after the root
    '{"id": "x"} {"id": "y"}', // two roots
    '{"id": "unterminated}',
    '{"id": 1',
    '\uFEFF{"id": 1}', // a byte-order mark is not JSON
    '{"actors": [] "relations": []}', // missing comma between members
  ];
  for (const text of refused) {
    const { value, hash } = await parseLargeJsonFile(write(text), tiny);
    t.equal(value, undefined, JSON.stringify(text));
    t.equal(hash, sha(text), `hash of ${JSON.stringify(text)}`);
  }
  await t.rejects(parseLargeJsonFile(join(folder, 'missing.json')), { code: 'ENOENT' });
});

t.test('gives what JSON.parse gives for hand-written documents', async (t) => {
  const documents = [
    '{}',
    '{"relations": []}',
    ' \n{ "id" : "x" , "actors" : [ ] , "relations" : [ { "id" : "r\\"1]}" } , 2 ] , "after": [1, {"relations": 3}] }\n',
    '{"rel\\u0061tions": [{"q": "é ü 中文 😀"}, "\\\\", "a\\"b"], "actors": [[1, [2, {"x": []}]], null, true]}',
    '{"nested": {"relations": [1, 2]}, "relations": [3]}', // only the root's arrays are batched
    '{"relations": "not an array", "actors": {"a": [1]}}', // batched names whose values are not arrays
  ];
  for (const text of documents) {
    for (const sizes of [tiny, {}]) {
      const { value, hash } = await parseLargeJsonFile(write(text), sizes);
      t.strictSame(value, JSON.parse(text), `${JSON.stringify(text)} ${JSON.stringify(sizes)}`);
      t.equal(hash, sha(text));
    }
  }
});

t.test('property: any formatting of any document with batched arrays parses as JSON.parse does', async (t) => {
  const element = fc.jsonValue({ maxDepth: 3 });
  const document = fc.record({
    id: fc.string(),
    actors: fc.array(element, { maxLength: 8 }),
    relations: fc.array(element, { maxLength: 12 }),
    extra: fc.dictionary(fc.string({ maxLength: 4 }), element, { maxKeys: 3 }),
  });
  await fc.assert(
    fc.asyncProperty(
      document,
      fc.constantFrom(0, 1, 2, '\t'),
      fc.integer({ min: 1, max: 64 }),
      fc.integer({ min: 1, max: 40 }),
      async (doc, indent, batchBytes, chunkBytes) => {
        const text = JSON.stringify(doc, null, indent);
        const { value, hash } = await parseLargeJsonFile(write(text), { batchBytes, chunkBytes });
        t.strictSame(value, JSON.parse(text));
        return hash === sha(text);
      },
    ),
    { numRuns: 150 },
  );
});

t.test(
  'eachPiece sees the root without its batched arrays, then every batch in file order, and its answer is kept',
  async (t) => {
    const text = JSON.stringify({ id: 'x', actors: [1, 2, 3], relations: [{ r: 1 }, { r: 2 }], tail: true });
    const pieces: unknown[] = [];
    const { value } = await parseLargeJsonFile(write(text), {
      batchBytes: 1,
      eachPiece: (piece) => {
        pieces.push(structuredClone(piece));
        return Array.isArray(piece)
          ? piece.map((element) => (typeof element === 'number' ? element * 10 : element))
          : piece;
      },
    });
    t.strictSame(pieces, [{ id: 'x', actors: [], relations: [], tail: true }, [1], [2], [3], [{ r: 1 }], [{ r: 2 }]]);
    t.strictSame(value, { id: 'x', actors: [10, 20, 30], relations: [{ r: 1 }, { r: 2 }], tail: true });
  },
);

// Tests for client/export/png-text.ts and export-caption.ts: the caption goes into a valid iTXt chunk and reads back; captions name filters.
import t from 'tap';
import { deflateSync } from 'node:zlib';
import { crc32, readTextChunks, withTextChunk } from '../../../client/export/png-text.js';
import { captionText, exportCaption } from '../../../client/export/export-caption.js';
import { DEFAULT_FILTERS } from '../../../client/state/types.js';

/** A 1×1 PNG built by hand (signature, IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

t.test('refuses what is not a PNG and bad keywords', async (t) => {
  t.throws(() => withTextChunk(new Uint8Array(40), 'Description', 'x'), TypeError);
  t.throws(() => withTextChunk(tinyPng(), '', 'x'), TypeError);
});

t.test('crc32 is the PNG CRC (known value of "IEND")', async (t) => {
  t.equal(crc32(new TextEncoder().encode('IEND')), 0xae426082);
});

t.test('the caption goes in after IHDR as iTXt, UTF-8 intact, and every chunk CRC checks', async (t) => {
  const png = withTextChunk(tinyPng(), 'Description', 'As of 2016 – “quoted” ✓');
  t.same(readTextChunks(png), { Description: 'As of 2016 – “quoted” ✓' });
  const view = new DataView(png.buffer);
  const types: string[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    types.push(new TextDecoder().decode(png.subarray(at + 4, at + 8)));
    t.equal(view.getUint32(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `CRC of ${types.at(-1)}`);
    at += 12 + length;
  }
  t.same(types, ['IHDR', 'iTXt', 'IDAT', 'IEND']);
});

t.test('the caption names the date, every active filter and the source', async (t) => {
  const sources = [
    {
      id: 's',
      title: 'Defying Geography',
      author: 'Emil Avdaliani',
      publisher: 'BESA Center',
      published: '2020-08-31',
      path: 'x',
    },
  ];
  const plain = exportCaption({ asOf: null, filters: DEFAULT_FILTERS }, 'The article', sources);
  t.same(plain, {
    title: 'The article',
    when: 'All dates',
    filters: 'Filters: structural ties hidden',
    source: 'Source: Emil Avdaliani, “Defying Geography”, BESA Center, 2020-08-31',
  });
  const narrowed = exportCaption(
    {
      asOf: '2016',
      filters: {
        ...DEFAULT_FILTERS,
        valences: ['cooperative'],
        minStrength: 0.5,
        hiddenKinds: ['arms-transfer'],
        datedOnly: true,
      },
    },
    'T',
    sources,
  );
  t.equal(narrowed.when, 'As of 2016 (dated ties only)');
  t.equal(
    narrowed.filters,
    'Filters: valences: cooperative; hidden kinds: Arms transfer; strength ≥ 50%; structural ties hidden',
  );
  t.match(captionText(narrowed), /^T\. As of 2016 \(dated ties only\)\. Filters: .*\. Source: Emil Avdaliani/);
});

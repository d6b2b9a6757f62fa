// Tests of record ids made from typed words: accents folded, any other character a hyphen, cut at a word, never an id the schema refuses.
import t from 'tap';
import { Value } from 'typebox/value';
import { Id } from '../../../graph/model/schema.js';
import { recordId, slugify } from '../../../client/editing/record-id.js';

t.test('slugs fold accents and case and keep only letters, digits and single hyphens', async (t) => {
  t.equal(slugify('  Türkiye’s  Drones — 2020! '), 'turkiye-s-drones-2020');
  t.equal(slugify('Ελλάδα'), '', 'nothing latin left: empty, the caller must ask for an id');
  t.equal(slugify('a'.repeat(30) + ' ' + 'b'.repeat(20)), 'a'.repeat(30), 'cut at the last hyphen within 40');
  t.equal(slugify('x'.repeat(80)).length, 40, 'one long word is cut hard');
});

t.test('record ids join their parts and always pass the schema', async (t) => {
  t.equal(
    recordId('Defying Geography: The Israel-Azerbaijan Partnership', '2020'),
    'defying-geography-the-israel-azerbaijan-2020',
  );
  t.equal(recordId('', '2020'), '2020');
  for (const words of ['Gas & Guns', '---', 'Baku–Tbilisi–Ceyhan pipeline', 'ÉCOLE 42', 'a  b', 'x'.repeat(300)]) {
    const id = recordId(words, words, words);
    if (id) t.ok(Value.Check(Id, id), `"${id}" is a valid id`);
  }
});

// The readable diff of two versions of a record: changed fields only, nested paths labelled, long values cut.
import t from 'tap';
import { diffRecords, fieldLabel, flatten, MAX_VALUE_LENGTH, shorten } from '../../../client/history/diff.js';

t.test('nothing to compare: no rows; a create lists every field as added, a delete as removed', async (t) => {
  t.same(diffRecords(null, null), []);
  t.same(diffRecords({ a: 1 }, { a: 1 }), []);
  const created = diffRecords(null, { id: 'x', strength: 0.5, aliases: ['X', 'Ex'] });
  t.same(
    created.map((row) => [row.path, row.before, row.after]),
    [
      ['id', undefined, 'x'],
      ['strength', undefined, '0.5'],
      ['aliases', undefined, 'X, Ex'],
    ],
  );
  t.same(
    diffRecords({ id: 'x' }, null).map((row) => [row.path, row.before, row.after]),
    [['id', 'x', undefined]],
  );
});

t.test('an update lists only the fields that changed, nested evidence by its path', async (t) => {
  const before = {
    id: 'r',
    strength: 0.6,
    evidence: [{ source: 's', quote: 'Turkey supports Azerbaijan.' }],
    dates: { start: '2010' },
  };
  const after = {
    id: 'r',
    strength: 0.8,
    evidence: [
      { source: 's', quote: 'Turkey strongly supports Azerbaijan.' },
      { source: 't', quote: 'Q' },
    ],
    dates: { start: '2010' },
    note: 'added',
  };
  const rows = diffRecords(before, after);
  t.same(
    rows.map((row) => row.path),
    ['strength', 'evidence[0].quote', 'evidence[1].source', 'evidence[1].quote', 'note'],
  );
  t.equal(rows[1]!.label, 'Evidence 1 · quote');
  t.equal(rows[1]!.before, 'Turkey supports Azerbaijan.');
  t.equal(rows[1]!.after, 'Turkey strongly supports Azerbaijan.');
});

t.test('labels read as words', async (t) => {
  t.equal(fieldLabel('strengthNote'), 'Strength note');
  t.equal(fieldLabel('amounts[2].value'), 'Amounts 3 · value');
  t.same([...flatten({ a: { b: [1, 2] } })], [['a.b', '1, 2']]);
});

t.test('long values are cut around where two texts start to differ, with a count', async (t) => {
  const long = 'a'.repeat(1_000_000);
  t.equal(shorten('short'), 'short');
  const cut = shorten(long)!;
  t.ok(cut.length < MAX_VALUE_LENGTH + 80, 'a 1 MB value is shown in a few hundred characters');
  t.match(cut, /999,600 more characters\)$/);
  const text = `${'x'.repeat(5000)}OLD${'y'.repeat(5000)}`;
  const changed = `${'x'.repeat(5000)}NEW${'y'.repeat(5000)}`;
  const [row] = diffRecords({ text }, { text: changed });
  t.match(row!.before, /^\(4,940 characters\) …x+OLDy+… \(\d[\d,]* more characters\)$/);
  t.match(row!.after, /NEW/);
});

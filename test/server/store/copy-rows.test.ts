// COPY … FROM STDIN inside a Kysely transaction, on PGlite and PostgreSQL: awkward text round-trips, a failing COPY rolls the whole transaction back.
import { sql } from 'kysely';
import t from 'tap';
import { copyRows, copyText, isCopyFromStdin } from '../../../server/store/copy-rows.js';
import { freshStore, testBackends } from './backends.js';

// Stores on both backends on a shared 2-core machine.
t.setTimeout(360_000);

t.test('copyText: tab-separated lines, escapes and nulls as COPY text format wants them', async (t) => {
  const columns = { a: 'text', n: 'int', j: 'json' } as const;
  t.equal(copyText([], columns), '', 'no rows: no data');
  t.equal(
    copyText(
      [
        { a: 'tab\there', n: 1, j: '{"q":"x\\"y"}' },
        { a: 'line\nbreak\r\\', n: null, j: { k: 'v' } },
      ],
      columns,
    ),
    'tab\\there\t1\t{"q":"x\\\\"y"}\nline\\nbreak\\r\\\\\t\\N\t{"k":"v"}\n',
  );
  t.ok(isCopyFromStdin('COPY "relations" ("id") FROM STDIN', ['x']));
  t.notOk(isCopyFromStdin('COPY "relations" ("id") FROM STDIN', []), 'no data: not ours');
  t.notOk(isCopyFromStdin('SELECT $1', ['COPY x FROM STDIN']), 'other statements pass through');
  t.notOk(isCopyFromStdin("COPY x FROM '/etc/passwd'", ['x']), 'only from STDIN');
});

/** Records whose text needs every escape COPY has, plus quotes, unicode and JSON escapes. */
const AWKWARD = ['plain', 'tab\tand\nnewline', 'back\\slash \\N and \\t', 'quote " \' é 漢字 🙂', 'cr\r\n', ''];

for (const backend of testBackends()) {
  t.test(`${backend}: copied rows read back equal, in the transaction that copied them`, async (t) => {
    const { db } = await freshStore(t, backend);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('datasets').values({ id: 'd', title: 'd', description: null, revision: 1 }).execute();
      const rows = AWKWARD.map((text, i) => ({
        dataset_id: 'd',
        id: `a${i}`,
        kind: 'firm',
        version: 1,
        record: JSON.stringify({ id: `a${i}`, name: text, kind: 'firm' }),
      }));
      await copyRows(
        trx,
        'actors',
        { dataset_id: 'text', id: 'text', kind: 'text', version: 'int', record: 'json' },
        rows,
      );
      const evidence = AWKWARD.map((quote, i) => ({ source_id: 's', quote, start: i % 2 ? null : i }));
      await copyRows(
        trx,
        'sources',
        { dataset_id: 'text', id: 'text', version: 'int', record: 'json', text: 'text' },
        evidence.map((e, i) => ({ dataset_id: 'd', id: `s${i}`, version: 1, record: { id: `s${i}` }, text: e.quote })),
      );
      const actors = await trx.selectFrom('actors').select(['id', 'record']).orderBy('id').execute();
      t.same(
        actors.map((row) => (row.record as { name: string }).name),
        AWKWARD,
        'JSON text with escapes is stored as the same values',
      );
      const sources = await trx.selectFrom('sources').select(['id', 'text']).orderBy('id').execute();
      t.same(
        sources.map((row) => row.text),
        AWKWARD,
        'text columns keep tabs, newlines, backslashes',
      );
    });
    t.equal((await db.selectFrom('actors').select('id').execute()).length, AWKWARD.length, 'committed');
  });

  t.test(`${backend}: a COPY that fails rolls back the whole transaction; the connection serves on`, async (t) => {
    const { db } = await freshStore(t, backend);
    const columns = { dataset_id: 'text', id: 'text', kind: 'text', version: 'int', record: 'json' } as const;
    const actor = (id: string) => ({ dataset_id: 'd', id, kind: 'firm', version: 1, record: { id } });
    await t.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('datasets').values({ id: 'd', title: 'd', description: null, revision: 1 }).execute();
        await copyRows(trx, 'actors', columns, [actor('a'), actor('b')]);
        await copyRows(trx, 'actors', columns, [actor('c'), actor('a')]); // duplicate key inside the second COPY
      }),
      { code: '23505' },
      'the unique violation comes back as the error',
    );
    t.same(await db.selectFrom('datasets').select('id').execute(), [], 'nothing of the transaction remains');
    t.same(await db.selectFrom('actors').select('id').execute(), []);
    const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(db);
    t.same(rows, [{ one: 1 }], 'the connection that failed the COPY answers the next statement');
  });
}

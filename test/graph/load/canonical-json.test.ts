// Tests for graph/load/canonical-json.ts: schema key order, sections sorted by id, stable and idempotent.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { formatDataset } from '../../../graph/load/canonical-json.js';
import type { Dataset } from '../../../graph/model/schema.js';
import { MINI_FILE, type Doc, miniDocument } from './mini-fixture.js';

/** The document with every object's keys reversed and the sections shuffled (reversed): the worst order. */
function scrambled(doc: Doc): Doc {
  const reverseKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverseKeys);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, child]) => [key, reverseKeys(child)]),
    );
  };
  const copy = reverseKeys(doc) as Doc;
  for (const section of ['sources', 'actors', 'relations']) copy[section] = [...copy[section]].reverse();
  return copy;
}

t.test('a scrambled document is put back in schema key order with sections sorted by id', async (t) => {
  const text = formatDataset(scrambled(miniDocument()) as Dataset);
  const parsed = JSON.parse(text) as Doc;
  // The declared order of the Dataset and Relation schemas, written out by hand.
  t.same(Object.keys(parsed), ['schemaVersion', 'id', 'title', 'sources', 'actors', 'relations']);
  t.same(Object.keys(parsed.relations[0]).slice(0, 5), ['id', 'kind', 'source', 'target', 'valence']);
  t.same(Object.keys(parsed.relations[0].evidence[0]), ['source', 'quote']);
  for (const section of ['sources', 'actors', 'relations']) {
    const ids = (parsed[section] as Array<{ id: string }>).map((item) => item.id);
    t.same(ids, [...ids].sort(), `${section} sorted by id`);
  }
  t.ok(text.endsWith('}\n') && !text.endsWith('\n\n'), 'one trailing newline');
  t.match(text, /^\{\n {2}"schemaVersion": 1,\n/, 'two-space indent');
});

t.test('the mini fixture is canonical, and formatting is idempotent', async (t) => {
  const file = readFileSync(MINI_FILE, 'utf8');
  t.equal(formatDataset(scrambled(miniDocument()) as Dataset), file);
  t.equal(formatDataset(JSON.parse(file) as Dataset), file);
});

t.test('arrays whose order means something keep it; undeclared keys go last, sorted', async (t) => {
  const doc = miniDocument();
  const actor = doc.actors.find((a: { id: string }) => a.id === 'kazakhstan');
  actor.aliases = ['Zhetysu', 'Astana', 'Akmola'];
  actor.zeta = 1;
  actor.alpha = 2;
  const parsed = JSON.parse(formatDataset(doc as Dataset)) as Doc;
  const out = parsed.actors.find((a: { id: string }) => a.id === 'kazakhstan');
  t.same(out.aliases, ['Zhetysu', 'Astana', 'Akmola']);
  t.same(Object.keys(out).slice(-2), ['alpha', 'zeta']);
});

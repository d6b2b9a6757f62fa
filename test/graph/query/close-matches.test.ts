// Tests for graph/query/close-matches.ts: suggestions and the bit-parallel edit distance against plain brute force.
import t from 'tap';
import fc from 'fast-check';
import { createActorGraph, type ActorGraph } from '../../../graph/model/actor-graph.js';
import {
  closeActorIds,
  editDistance,
  editDistanceWithin,
  prepareCloseMatches,
} from '../../../graph/query/close-matches.js';
import { buildGraph } from './fixture.js';

/** Textbook Levenshtein distance, the full table, no cut-off. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return table[a.length]![b.length]!;
}

/** The suggestion rule written out as plainly as possible: every actor, every name, the textbook distance. */
function bruteCloseIds(graph: ActorGraph, text: string, limit = 3): string[] {
  const needle = text.toLowerCase().slice(0, 64);
  if (!needle) return [];
  const scored: Array<[number, string]> = [];
  graph.forEachNode((id, actor) => {
    const names = [id, actor.name.toLowerCase(), ...actor.aliases.map((alias) => alias.toLowerCase())];
    const d = names.some((name) => name.includes(needle) || needle.includes(name)) ? 0 : levenshtein(needle, id);
    if (d <= 3) scored.push([d, id]);
  });
  return scored
    .sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]))
    .slice(0, limit)
    .map(([, id]) => id);
}

const ALPHABET = ['a', 'b', 'c', 'r', 'l', '-', 'A', 'ı', 'é', '\u0000', ' '];
const word = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((chars) => chars.join(''));

t.test('bad input: an empty text has no suggestions; a table of an empty graph has none either', async (t) => {
  t.same(closeActorIds(buildGraph([['israel', 'rivalry', 'iran']]), ''), []);
  t.same(closeActorIds(createActorGraph({ id: 'e', title: 'E', sources: [] }), 'israel'), []);
  t.equal(editDistanceWithin('abc', 1)('abcdef'), 2, 'length alone rules it out: max + 1');
});

t.test(
  'the bit-parallel distance equals the textbook one (capped at max + 1), for patterns up to 40 characters',
  async (t) => {
    fc.assert(
      fc.property(word(40), word(40), fc.integer({ min: 0, max: 5 }), (a, b, max) => {
        const expected = Math.min(levenshtein(a, b), max + 1);
        return editDistanceWithin(a, max)(b) === expected && Math.min(editDistance(a, b, max), max + 1) === expected;
      }),
      { numRuns: 2000 },
    );
    t.equal(
      editDistanceWithin('x'.repeat(32), 3)('x'.repeat(31) + 'y'),
      1,
      'a 32-character pattern uses every bit of the word',
    );
  },
);

t.test('suggestions equal the brute-force rule on random graphs and texts', async (t) => {
  const actorArb = fc.record({
    id: word(8).filter((id) => id.length > 0),
    name: word(8),
    aliases: fc.array(word(6), { maxLength: 2 }),
  });
  fc.assert(
    fc.property(
      fc.uniqueArray(actorArb, { selector: (actor) => actor.id, maxLength: 12 }),
      word(10),
      fc.integer({ min: 1, max: 5 }),
      (actors, text, limit) => {
        const graph = createActorGraph({ id: 'g', title: 'G', sources: [] });
        for (const actor of actors) graph.addNode(actor.id, { ...actor, kind: 'state' });
        prepareCloseMatches(graph);
        return JSON.stringify(closeActorIds(graph, text, limit)) === JSON.stringify(bruteCloseIds(graph, text, limit));
      },
    ),
    { numRuns: 1500 },
  );
  t.pass('held for every generated case');
});

t.test('a typo of a real id is suggested first; a long text is cut at 64 characters', async (t) => {
  const graph = buildGraph([
    ['israel', 'rivalry', 'iran'],
    ['azerbaijan', 'arms-transfer', 'armenia'],
  ]);
  t.same(closeActorIds(graph, 'isreal'), ['israel', 'iran']);
  t.same(closeActorIds(graph, 'AZERBAIJAN-and-more'), ['azerbaijan'], 'an id inside the text');
  t.same(closeActorIds(graph, 'x'.repeat(100)), [], 'nothing close');
  closeActorIds(graph, 'isreal').push('spoiled');
  t.same(closeActorIds(graph, 'isreal'), ['israel', 'iran'], 'a remembered answer is handed out as a copy');
  t.same(closeActorIds(graph, 'isreal', 1), ['israel'], 'remembered per limit');
});

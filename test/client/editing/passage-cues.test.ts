// Unit tests of the relation form's cues from a passage: the kind its words point to, the one date it gives, and where a new actor is drawn.
import t from 'tap';
import { passageDate, suggestKind } from '../../../client/editing/passage-cues.js';
import { newActorPlace, type PlaceGraph } from '../../../client/editing/actor-place.js';
import { sentenceAround } from '../../../client/reader/selection-tools.js';

t.test('suggestKind: the words of a passage point to a kind, and say which words did', async (t) => {
  t.match(suggestKind('In March 2021 Turkey delivered Bayraktar TB2 drones to Azerbaijan.'), {
    kind: 'arms-transfer',
    because: 'drones, delivered',
  });
  t.equal(suggestKind('Kazakhstan began to supply crude oil to Israel.')?.kind, 'energy-supply');
  t.equal(suggestKind('Georgia and Armenia held talks on a border crossing.')?.kind, 'diplomatic-relations');
  t.equal(suggestKind('Israel and Iran remain rivals.')?.kind, 'rivalry');
  t.equal(suggestKind('Russia invaded Georgia in 2008.')?.kind, 'invasion');
  t.equal(suggestKind('Drones were seen over Baku.'), null, 'a weapon without a transfer is no arms transfer');
  t.equal(suggestKind('The weather was fine.'), null);
});

t.test('passageDate: the one date of a passage, as a point or a start', async (t) => {
  t.same(passageDate('In March 2021 Turkey delivered drones, officials said in 2021.'), {
    value: '2021-03',
    part: 'point',
  });
  t.same(passageDate('Kazakhstan began to supply oil to Israel in 2022.'), { value: '2022', part: 'start' });
  t.same(passageDate('Since 2015 Turkey supports Azerbaijan.'), { value: '2015', part: 'start' });
  t.equal(passageDate('Talks in 2019 and 2020 led nowhere.'), null, 'two dates: the analyst decides');
  t.equal(passageDate('No date here; 12 drones, 300 men.'), null);
});

t.test(
  'newActorPlace: among the actors mentioned with it, else at the view centre, same place every time',
  async (t) => {
    const nodes: Record<string, { x: number; y: number }> = {
      a: { x: 0, y: 0 },
      b: { x: 100, y: 0 },
      c: { x: 0, y: 100 },
    };
    const graph: PlaceGraph = {
      hasNode: (id) => id in nodes,
      getNodeAttributes: (id) => nodes[id]!,
      forEachNode: (callback) => Object.entries(nodes).forEach(([id, at]) => callback(id, at)),
    };
    const place = newActorPlace(graph, 'kazakhstan', ['a', 'b', 'missing'], { x: 500, y: 500 });
    t.ok(
      Math.abs(Math.hypot(place.x - 50, place.y) - 6) < 1e-9,
      'six percent of the drawing from the middle of a and b',
    );
    t.same(newActorPlace(graph, 'kazakhstan', ['a', 'b'], { x: 500, y: 500 }), place, 'deterministic');
    const alone = newActorPlace(graph, 'kazakhstan', [], { x: 500, y: 500 });
    t.ok(Math.hypot(alone.x - 500, alone.y - 500) < 7, 'without drawn partners: beside the view centre');
  },
);

t.test('sentenceAround: the sentence holding a selected name', async (t) => {
  const text = 'Turkey sold drones. Kazakhstan supplies oil to Israel. Georgia waits.';
  const at = text.indexOf('Kazakhstan');
  t.equal(text.slice(...sentenceAround(text, [at, at + 10])).trim(), 'Kazakhstan supplies oil to Israel.');
  t.equal(text.slice(...sentenceAround(text, [0, 6])), 'Turkey sold drones.');
});

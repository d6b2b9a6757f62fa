// Tests of mention finding: names and aliases in any case and accent, whole words only, the longest name first, short capitals only as written.
import t from 'tap';
import Graph from 'graphology';
import type { Actor } from '../../../graph/model/schema.js';
import { actorSearchTable } from '../../../graph/query/search-actors.js';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import { findMentions, mentionIndex } from '../../../graph/sources/mentions.js';

function graphOf(actors: Array<Pick<Actor, 'id' | 'name' | 'aliases'>>): ActorGraph {
  const graph = new Graph({ multi: true, type: 'mixed' }) as unknown as ActorGraph;
  for (const actor of actors) graph.addNode(actor.id, { kind: 'state', ...actor } as Actor);
  return graph;
}

const index = mentionIndex(
  actorSearchTable(
    graphOf([
      { id: 'united-states', name: 'United States', aliases: ['US', 'Washington'] },
      { id: 'turkey', name: 'Türkiye', aliases: ['Turkey', 'Ankara'] },
      { id: 'azerbaijan', name: 'Azerbaijan', aliases: ['Baku', 'Bakı'] },
      { id: 'israel', name: 'Israel', aliases: [] },
      { id: 'iai', name: 'Israel Aerospace Industries', aliases: ['IAI'] },
      { id: 'georgia-state', name: 'Georgia', aliases: [] },
      { id: 'georgia-us', name: 'Georgia (US state)', aliases: ['Georgia'] },
    ]),
  ),
);

const found = (text: string) =>
  findMentions(text, index).map((m) => `${text.slice(m.start, m.end)}=${m.actors.map((a) => a.id).join('|')}`);

t.test('nothing to find: an empty text, a text of no names', async (t) => {
  t.same(findMentions('', index), []);
  t.same(found('No actor is named here, not even us.'), [], 'the word "us" is not the alias "US"');
});

t.test('names and aliases in any case and accent, offsets into the text as given', async (t) => {
  t.same(found('TURKIYE and turkey met in BAKI; Bakı agreed.'), [
    'TURKIYE=turkey',
    'turkey=turkey',
    'BAKI=azerbaijan',
    'Bakı=azerbaijan',
  ]);
  const text = 'In 2016, the US and Israel’s firms signed.';
  const mentions = findMentions(text, index);
  t.same(
    mentions.map((m) => [m.start, m.end]),
    [
      [13, 15],
      [20, 26],
    ],
  );
  t.same(mentions[1]!.actors, [{ id: 'israel', name: 'Israel' }]);
});

t.test('the longest name wins, whole words only; one alias of two actors names both', async (t) => {
  t.same(found('Israel Aerospace Industries (IAI) and Israel.'), [
    'Israel Aerospace Industries=iai',
    'IAI=iai',
    'Israel=israel',
  ]);
  t.same(found('Azerbaijani and Israeli officials, Washingtonian views.'), [], 'a longer word is not a mention');
  t.same(found('the United States of America'), ['United States=united-states']);
  t.same(found('Georgia sits on the Black Sea.'), ['Georgia=georgia-state|georgia-us']);
});

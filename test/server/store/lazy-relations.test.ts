// Tests for server/store/lazy-relations.ts: a chain of writes, read now and then or never, gives the relation list that applying each write in turn gives.
import t from 'tap';
import type { Dataset, Relation } from '../../../graph/model/schema.js';
import { mulberry32 } from '../../../graph/shared/random.js';
import type { Intent } from '../../../server/store/intents.js';
import { withRelationIntents } from '../../../server/store/lazy-relations.js';
import { relationRecord } from '../../graph/relation-index/paths/fixture.js';

/** One write applied to a plain list, the obvious way: the model the lazy list must agree with. */
function applyOne(list: Relation[], intent: Intent): Relation[] {
  if (intent.op === 'delete') return list.filter((relation) => relation.id !== intent.id);
  const record = intent.record as Relation;
  const at = list.findIndex((relation) => relation.id === record.id);
  if (at < 0) return [...list, record];
  return list.map((relation, i) => (i === at ? record : relation));
}

const relation = (id: string, strength: number) =>
  relationRecord([id, 'arms-transfer', 'israel', 'azerbaijan', strength]);

t.test('random writes (creates, updates, deletes, re-creates), read at random moments', async (t) => {
  const random = mulberry32(17).next;
  const start = Array.from({ length: 40 }, (_, i) => relation(`r${i}`, 0.5));
  let dataset: Dataset = { id: 'mini', title: 'Mini', sources: [], actors: [], relations: start } as unknown as Dataset;
  let model = start;
  const history: Array<[Dataset, Relation[]]> = [];
  for (let write = 0; write < 200; write++) {
    const intents: Intent[] = [];
    for (let i = 0; i < 1 + Math.floor(random() * 3); i++) {
      const id = `r${Math.floor(random() * 60)}`;
      const exists = model.some((r) => r.id === id);
      const intent: Intent = !exists
        ? { type: 'relation', op: 'create', record: relation(id, random()), field: '' }
        : random() < 0.5
          ? { type: 'relation', op: 'update', record: relation(id, random()), field: '' }
          : { type: 'relation', op: 'delete', id, field: '' };
      intents.push(intent);
      model = applyOne(model, intent);
    }
    intents.push({ type: 'actor', op: 'delete', id: 'not-a-relation', field: '' });
    // Not `...dataset`: spreading reads `relations`, which would make every list early.
    const fields = { id: 'mini', title: `Mini ${write}`, sources: [], actors: [] } as unknown as Omit<
      Dataset,
      'relations'
    >;
    dataset = withRelationIntents(dataset, fields, intents);
    history.push([dataset, model]);
    if (random() < 0.2) t.same(dataset.relations, model, `write ${write}: read at once`);
  }
  t.ok(
    history.every(([past, expected]) => JSON.stringify(past.relations) === JSON.stringify(expected)),
    'every past dataset still reads as it stood, read late or early',
  );
  t.equal(dataset.title, 'Mini 199', 'the other fields are the ones given');
  t.same(Object.keys(dataset).sort(), ['actors', 'id', 'relations', 'sources', 'title'], 'relations is a field');
});

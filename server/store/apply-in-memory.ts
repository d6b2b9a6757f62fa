// The dataset after a committed write, made from the served one and the write's intents, so the graph can follow without reading the whole dataset back.
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import type { Snapshot } from '../dataset-store.js';
import type { StoredDataset } from './dataset-records.js';
import { idOf, type Intent } from './intents.js';

/** `list` with the intents of one record type applied: replaced in place, appended, or dropped. */
function applyTo<T extends { id: string }>(
  list: readonly T[],
  intents: Intent[],
  type: Intent['type'],
  recordOf: (intent: Intent) => T,
): T[] {
  const mine = intents.filter((intent) => intent.type === type);
  // Records are never mutated in place, so an untouched list is shared with the previous snapshot, and creates alone
  // (the common write) append without a pass over a million relations.
  if (mine.length === 0) return list as T[];
  if (mine.every((intent) => intent.op === 'create')) return list.concat(mine.map(recordOf));
  const changed = new Map(mine.map((intent) => [idOf(intent), intent]));
  const next: T[] = [];
  for (const item of list) {
    const intent = changed.get(item.id);
    if (!intent) next.push(item);
    else if (intent.op !== 'delete') next.push(recordOf(intent));
    changed.delete(item.id);
  }
  for (const intent of changed.values()) if (intent.op === 'create') next.push(recordOf(intent));
  return next;
}

/** The stored dataset at `revision`: the snapshot (which must stand at `revision - 1`) with `intents` applied. */
export function applyInMemory(snapshot: Snapshot, intents: Intent[], revision: number, createdAt: Date): StoredDataset {
  const { dataset, texts } = snapshot.loaded;
  const record = <T>(intent: Intent) => (intent as { record: T }).record;
  const nextTexts = new Map(texts);
  for (const intent of intents) {
    if (intent.type !== 'source') continue;
    if (intent.op === 'delete') nextTexts.delete(intent.id);
    else nextTexts.set(intent.record.id, intent.text);
  }
  return {
    dataset: {
      ...dataset,
      sources: applyTo<Source>(dataset.sources, intents, 'source', record),
      actors: applyTo<Actor>(dataset.actors, intents, 'actor', record),
      relations: applyTo<Relation>(dataset.relations, intents, 'relation', record),
    },
    texts: nextTexts,
    revision,
    createdAt,
  };
}

// A snapshot's relation list after writes, kept as the list it started from plus the writes' relation intents and made only when read: a write no longer copies a million-element array.
import type { Dataset, Relation } from '../../graph/model/schema.js';
import { idOf, type Intent } from './intents.js';

/** A relation list not yet made: `base` with `intents` (relation intents only, in commit order) applied. */
interface Pending {
  base: readonly Relation[];
  intents: Intent[];
  made?: Relation[];
}

/** The pending list behind a dataset object's `relations`, for datasets made by withRelationIntents. */
const pendingOf = new WeakMap<object, Pending>();

/**
 * `dataset` (all but its relations, which are not read) with `relations` as `previous`'s relations with `intents`
 * applied. The list is made on first read (an export, metrics, a past revision), in one pass, and kept; until then a
 * write costs a copy of the intents since the last list made, not of the relations. Reading `previous.relations` here
 * would make its list, so the dataset's other fields are copied one by one.
 */
export function withRelationIntents(
  previous: Dataset,
  fields: Omit<Dataset, 'relations'>,
  intents: readonly Intent[],
): Dataset {
  const mine = intents.filter((intent) => intent.type === 'relation');
  const before = pendingOf.get(previous);
  const pending: Pending =
    before && !before.made
      ? { base: before.base, intents: before.intents.concat(mine) }
      : { base: before?.made ?? previous.relations, intents: mine };
  const next = { ...fields } as Dataset;
  Object.defineProperty(next, 'relations', {
    enumerable: true,
    configurable: true,
    get: () => (pending.made ??= replay(pending.base, pending.intents)),
  });
  pendingOf.set(next, pending);
  return next;
}

/**
 * `base` with `intents` applied in order, as one write after another would: an update replaces in place, a delete
 * drops, a create appends. Touched ids are placed by one pass over `base`; the rest is one copy and one filter.
 */
function replay(base: readonly Relation[], intents: readonly Intent[]): Relation[] {
  if (intents.length === 0) return base as Relation[];
  const touched = new Set(intents.map(idOf));
  const at = new Map<string, number>();
  base.forEach((relation, i) => {
    if (touched.has(relation.id)) at.set(relation.id, i);
  });
  const list: Array<Relation | undefined> = base.slice();
  for (const intent of intents) {
    const id = idOf(intent);
    const place = at.get(id);
    if (intent.op === 'delete') {
      if (place !== undefined) list[place] = undefined;
      at.delete(id);
    } else if (place !== undefined) list[place] = intent.record as Relation;
    else {
      at.set(id, list.length);
      list.push(intent.record as Relation);
    }
  }
  return list.filter((relation): relation is Relation => relation !== undefined);
}

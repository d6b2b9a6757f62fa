// A possibly invalid dataset document split into the elements the schema accepts, for the semantic checks.
import type { Actor, Relation, Source } from '../model/schema.js';
import { sectionValidators as validators } from './schema-issues.js';
import { atSliceEnd, type Sliced } from '../shared/slices.js';

/** An element of one of the dataset's arrays with its index there, so issues can name its JSON path. */
export interface Indexed<T> {
  index: number;
  item: T;
}

/** The parts of a dataset document the semantic checks read. */
export interface DatasetParts {
  file: string;
  /** Schema-valid elements only: an element the schema refuses reports its schema issues, not cascades of them. */
  sources: Indexed<Source>[];
  actors: Indexed<Actor>[];
  relations: Indexed<Relation>[];
  /** Every string id declared, valid element or not, so a broken actor does not make its relations "unknown". */
  ids: { sources: Array<Indexed<string>>; actors: Array<Indexed<string>>; relations: Array<Indexed<string>> };
}

/** Splits a parsed document into its parts (in slices, slices.ts); `valid` skips the per-element checks when the whole passed the schema. */
export function* datasetPartsSteps(document: unknown, file: string, valid: boolean): Sliced<DatasetParts> {
  const root = (document !== null && typeof document === 'object' ? document : {}) as Record<string, unknown>;
  function* pick<T>(name: 'sources' | 'actors' | 'relations'): Sliced<[Indexed<T>[], Indexed<string>[]]> {
    const list = Array.isArray(root[name]) ? (root[name] as unknown[]) : [];
    const items: Indexed<T>[] = [];
    const ids: Indexed<string>[] = [];
    for (let index = 0; index < list.length; index++) {
      const item = list[index];
      if (valid || validators[name].Check(item)) items.push({ index, item: item as T });
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.push({ index, item: id });
      if (atSliceEnd(index)) yield;
    }
    return [items, ids];
  }
  const [sources, sourceIds] = yield* pick<Source>('sources');
  const [actors, actorIds] = yield* pick<Actor>('actors');
  const [relations, relationIds] = yield* pick<Relation>('relations');
  return { file, sources, actors, relations, ids: { sources: sourceIds, actors: actorIds, relations: relationIds } };
}

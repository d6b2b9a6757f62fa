// Gives imported records the dataset's ids: foreign node ids to slugs (original kept), edge ids in their own namespace.
import { isSlug, slugify, SlugAllocator, type PreviousIds } from './foreign-ids.js';
import type { Origin } from './import-issues.js';
import type { ImportReport } from './import-report.js';

type Row = Record<string, unknown>;

/** What id assignment needs: the records (changed in place), earlier ids to reuse, and where each record came from. */
export interface IdInput {
  sourceIds: readonly unknown[];
  actors: Row[];
  relations: Row[];
  previous?: PreviousIds;
  /** Relations whose `id` the importer generated (`rel-<n>`): no external id to keep. */
  generated: ReadonlySet<number>;
  actorOrigin: (index: number) => Origin | undefined;
  relationOrigin: (index: number) => Origin | undefined;
  report: ImportReport;
}

/**
 * Assigns ids in a fixed order, so one file always gets the same ids: sources keep theirs; actors reuse an earlier
 * import's id for their external id, keep an id that is already a slug (unless it is a bare counter and they have a
 * name), else get one from their name (or the foreign id) — numbered on collision; relation ends follow their actors. Relations keep a free slug id, else get
 * `rel-<slug>` (GEXF and GraphML reuse "0", "1"… for nodes and edges alike). Self-loops are left out with a warning.
 * Returns the indexes of the relations kept.
 */
export function assignIds(input: IdInput): number[] {
  const { actors, relations, previous, report } = input;
  const ids = new SlugAllocator();
  for (const id of input.sourceIds) if (typeof id === 'string') ids.reserve(id);
  const actorIds = new Map<string, string>();
  const reused = (raw: string) => previous?.actors.get(raw);
  // Reserved first: earlier imports' ids, then ids already slugs, so neither is taken by a name's slug.
  for (const actor of actors) {
    const raw = actor.id;
    if (typeof raw !== 'string' || actorIds.has(raw)) continue;
    const earlier = reused(raw) ?? (isSlug(raw) && !(OPAQUE.test(raw) && named(actor)) ? raw : undefined);
    if (earlier === undefined) continue;
    ids.reserve(earlier);
    actorIds.set(raw, earlier);
    if (earlier !== raw) report.mapped('actor ids reused from the earlier import');
  }
  let mapped = 0;
  for (const actor of actors) {
    const raw = actor.id;
    if (typeof raw !== 'string' || raw === '') continue;
    let id = actorIds.get(raw);
    if (id === undefined) {
      const name = typeof actor.name === 'string' ? slugify(actor.name) : '';
      id = ids.allocate(name || slugify(raw) || 'actor');
      actorIds.set(raw, id);
      mapped++;
    }
    if (id !== raw) {
      actor.id = id;
      addExternal(actor, raw);
    }
  }
  report.mapped('actor ids mapped to slugs (original kept in externalIds)', mapped);
  // An end naming no node is slugged too, so the check says "not a declared actor" rather than "not an id".
  const end = (value: unknown) =>
    typeof value === 'string' ? (actorIds.get(value) ?? (isSlug(value) ? value : slugify(value) || value)) : value;
  for (const actor of actors) {
    if (actor.country !== undefined) actor.country = end(actor.country);
    if (actor.partOf !== undefined) actor.partOf = end(actor.partOf);
  }

  const kept: number[] = [];
  relations.forEach((relation, index) => {
    relation.source = end(relation.source);
    relation.target = end(relation.target);
    if (typeof relation.source === 'string' && relation.source === relation.target) {
      report.warn(
        'SELF_LOOP',
        'edges from a node to itself left out (the model has no self-relations)',
        input.relationOrigin(index) ?? { file: '' },
        `"${relation.source}" to itself`,
      );
      return;
    }
    kept.push(index);
  });
  // Edge ids: earlier imports' first, then free slugs as they are, then the rest renamed.
  const pending: number[] = [];
  for (const index of kept) {
    const relation = relations[index]!;
    const raw = relation.id;
    if (typeof raw !== 'string') continue;
    const earlier = input.generated.has(index) ? undefined : previous?.relations.get(raw);
    if (earlier !== undefined && !ids.has(earlier)) {
      ids.reserve(earlier);
      if (earlier !== raw) {
        relation.id = earlier;
        addExternal(relation, raw);
      }
    } else if (isSlug(raw) && !ids.has(raw)) ids.reserve(raw);
    else pending.push(index);
  }
  for (const index of pending) {
    const relation = relations[index]!;
    const raw = relation.id as string;
    const id = ids.allocate(input.generated.has(index) ? raw : `rel-${slugify(raw) || index + 1}`);
    relation.id = id;
    if (!input.generated.has(index)) addExternal(relation, raw);
    if (isSlug(raw)) {
      report.warn(
        'EDGE_ID_RENAMED',
        'edge ids already used by a node or an earlier edge, renamed',
        input.relationOrigin(index) ?? { file: '' },
        `"${raw}" is now "${id}"`,
      );
    } else report.mapped('edge ids mapped to slugs (original kept in externalIds)');
  }
  return kept;
}

/** Ids that are only a counter ("0", "n12", "v3": networkx, igraph, yEd): an actor with a name gets its id from the name. */
const OPAQUE = /^[a-z]?\d+$/;

function named(actor: Row): boolean {
  return typeof actor.name === 'string' && actor.name !== actor.id && slugify(actor.name) !== '';
}

function addExternal(record: Row, raw: string): void {
  const list = Array.isArray(record.externalIds) ? (record.externalIds as unknown[]) : [];
  if (!list.includes(raw)) record.externalIds = [raw, ...list];
}

// What the actor panel lists: the actor's relations that pass the view's filters (the canvas's own predicate), and counts per kind.
import type { Actor, Relation } from '../../graph/model/schema.js';
import { RELATION_KINDS, type RelationKind } from '../../graph/model/vocabulary.js';
import { viewPredicate } from '../render/view-model.js';
import type { Filters } from '../state/types.js';
import { compareKinds } from '../../graph/model/vocabulary.js';

/** The relations the panel shows and how many the filters leave out. */
export interface PanelRelations {
  shown: Relation[];
  hidden: number;
}

/** Keeps the relations the canvas draws under these filters and as-of year; `actorOf` gives an end's record (for its birth date). */
export function panelRelations(
  relations: readonly Relation[],
  filters: Filters,
  asOf: string | null,
  actorOf: (id: string) => Actor,
): PanelRelations {
  const keep = viewPredicate(filters, asOf);
  const shown = relations.filter((relation) => keep(relation, actorOf(relation.source), actorOf(relation.target)));
  return { shown, hidden: relations.length - shown.length };
}

/** One kind chip: "Arms transfer ×4". */
export interface KindCount {
  kind: string;
  label: string;
  count: number;
}

/** Counts per kind in the one order of kinds (compareKinds). */
export function kindCounts(relations: readonly Relation[]): KindCount[] {
  const counts = new Map<string, number>();
  for (const relation of relations) counts.set(relation.kind, (counts.get(relation.kind) ?? 0) + 1);
  return [...counts]
    .sort(([x], [y]) => compareKinds(x, y))
    .map(([kind, count]) => ({ kind, label: RELATION_KINDS[kind as RelationKind]?.label ?? kind, count }));
}

/** The sources the relations quote, with how many quotes each: the panel cites each once. */
export function quotedSources(relations: readonly Relation[]): Array<{ source: string; quotes: number }> {
  const counts = new Map<string, number>();
  for (const relation of relations)
    for (const evidence of relation.evidence) counts.set(evidence.source, (counts.get(evidence.source) ?? 0) + 1);
  return [...counts].map(([source, quotes]) => ({ source, quotes }));
}

// The one order of relation kinds on screen: by group (cooperative first, structural last), then in vocabulary order — the tie card's order.
import { KIND_GROUPS, RELATION_KINDS, RELATION_KIND_IDS, type RelationKind } from '../../graph/model/vocabulary.js';

/** Sort comparator for relation kinds; unknown kinds go last. The engine's tie card sorts by the same rule (a browser test checks it). */
export function compareKinds(x: string, y: string): number {
  const rank = (kind: string) => {
    const spec = RELATION_KINDS[kind as RelationKind];
    return spec
      ? KIND_GROUPS.indexOf(spec.group) * 1000 + RELATION_KIND_IDS.indexOf(kind as RelationKind)
      : Number.MAX_SAFE_INTEGER;
  };
  return rank(x) - rank(y);
}

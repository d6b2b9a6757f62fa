// Shares repeated values across a large import: one copy of each id, kind or note string, and of each evidence list.

/** Distinct strings kept at most; past this, new strings are simply not shared (memory stays bounded). */
const POOL_LIMIT = 500_000;

/** Relation fields whose values repeat across rows: actor ids, vocabulary tokens, notes. */
const SHARED_FIELDS = ['kind', 'source', 'target', 'valence', 'strengthBasis', 'strengthNote', 'stance'] as const;

/**
 * Interns the repeated strings of imported relations and shares identical single-item evidence lists. A CSV parser
 * hands out a fresh string per cell (and V8 may keep each one's whole input chunk alive as its parent), so a million
 * rows citing a few thousand actors and quotes would otherwise hold a million copies of each.
 */
export class ValueSharer {
  readonly #strings = new Map<string, string>();
  readonly #evidence = new Map<string, unknown>();

  /** The shared copy of a string (the value itself for anything else). */
  string<T>(value: T): T {
    if (typeof value !== 'string') return value;
    const shared = this.#strings.get(value);
    if (shared !== undefined) return shared as T;
    if (this.#strings.size < POOL_LIMIT) this.#strings.set(value, value);
    return value;
  }

  /** Replaces a converted relation's repeated values by shared ones, in place. */
  relation(relation: Record<string, unknown>): void {
    for (const field of SHARED_FIELDS) relation[field] = this.string(relation[field]);
    const evidence = relation.evidence;
    if (!Array.isArray(evidence) || evidence.length !== 1) return;
    const item = evidence[0] as Record<string, unknown> | null;
    if (item === null || typeof item !== 'object' || typeof item.quote !== 'string') return;
    const key = `${String(item.source)}\u0000${String(item.start)}\u0000${item.quote}`;
    const shared = this.#evidence.get(key);
    if (shared !== undefined) relation.evidence = shared;
    else if (this.#evidence.size < POOL_LIMIT) this.#evidence.set(key, evidence);
  }
}

// Foreign ids ("41.0", "Q123", "New York", URLs) to the dataset's slugs, deterministically, with collisions numbered.

/** True if `text` is already an id of the dataset format (a lower-case slug, ≤ 120 characters). */
export function isSlug(text: string): boolean {
  return text.length <= 120 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text);
}

/** Room kept below the 120-character id limit for a `-N` collision suffix. */
const SLUG_LENGTH = 100;

/**
 * A slug from any text: accents dropped (NFKD), lower case, every run of other characters one hyphen
 * ("41.0" → "41-0", "Côte d'Ivoire" → "cote-d-ivoire"); '' when nothing of it is a letter or digit.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
}

/**
 * One id space (sources, actors and relations share it in a dataset): hands out each slug once, numbering later
 * claimants `-2`, `-3`… in the order they ask, so the same file in the same order always gets the same ids.
 */
export class SlugAllocator {
  readonly #used = new Set<string>();
  readonly #next = new Map<string, number>();

  /** Marks `slug` as taken (ids the dataset keeps as they are). */
  reserve(slug: string): void {
    this.#used.add(slug);
  }

  /** True if `slug` is taken. */
  has(slug: string): boolean {
    return this.#used.has(slug);
  }

  /** `wanted` if free, else the first free `wanted-N` (N from 2); the result is taken. */
  allocate(wanted: string): string {
    let slug = wanted;
    if (this.#used.has(slug)) {
      let n = this.#next.get(wanted) ?? 2;
      while (this.#used.has(`${wanted}-${n}`)) n++;
      this.#next.set(wanted, n + 1);
      slug = `${wanted}-${n}`;
    }
    this.#used.add(slug);
    return slug;
  }
}

/** Ids a dataset gave records on an earlier import, by the external id they came from; reused so ids stay stable. */
export interface PreviousIds {
  actors: Map<string, string>;
  relations: Map<string, string>;
}

/** The external-id → id tables of an earlier dataset (its actors' and relations' `externalIds`). */
export function previousIdsOf(dataset: {
  actors: Array<{ id: string; externalIds?: string[] }>;
  relations: Array<{ id: string; externalIds?: string[] }>;
}): PreviousIds {
  const table = (records: Array<{ id: string; externalIds?: string[] }>) => {
    const map = new Map<string, string>();
    for (const record of records) for (const external of record.externalIds ?? []) map.set(external, record.id);
    return map;
  };
  return { actors: table(dataset.actors), relations: table(dataset.relations) };
}

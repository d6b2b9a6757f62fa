// Actor search by name, alias and id: case- and accent-insensitive, ranked exact > prefix > word > substring, with kind filter and paging.
import { Type, type Static } from 'typebox';
import type { ActorGraph } from '../model/actor-graph.js';
import { Actor } from '../model/schema.js';
import { ACTOR_KINDS, type ActorKind } from '../model/vocabulary.js';
import { QueryError } from '../errors.js';

/** How a hit matched, best first. */
export const MATCH_RANKS = ['exact', 'prefix', 'word', 'substring'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

/** Largest page and longest query searchActors accepts. */
export const SEARCH_LIMITS = { maxLimit: 500, maxQueryLength: 200 } as const;

/** One actor found, with the name (or alias, or id) it matched on. */
export const ActorHit = Type.Object(
  {
    actor: Actor,
    match: Type.Optional(
      Type.Object({
        rank: Type.Enum(MATCH_RANKS),
        field: Type.Enum(['name', 'alias', 'id', 'externalId']),
        text: Type.String({ description: 'the name, alias, id or external id (from an imported file) that matched' }),
      }),
    ),
  },
  { additionalProperties: false },
);
export type ActorHit = Static<typeof ActorHit>;

/** A page of hits, best first; `total` counts every match. */
export const ActorSearchResult = Type.Object(
  { total: Type.Integer({ minimum: 0 }), limit: Type.Integer(), offset: Type.Integer(), items: Type.Array(ActorHit) },
  { additionalProperties: false },
);
export type ActorSearchResult = Static<typeof ActorSearchResult>;

/** Options of searchActors; an empty or missing `q` lists every actor (of the kinds) by name. */
export interface ActorSearch {
  q?: string;
  kinds?: ActorKind[];
  limit?: number;
  offset?: number;
}

/** Lower case, accents and punctuation stripped, spaces collapsed: "Türkiye" → "turkiye", "israel-aerospace" → "israel aerospace". */
export function normaliseName(text: string): string {
  // NFKD leaves the Turkic dotless ı (Bakı, Ağdam) and ß whole; fold them by hand so "baki" finds "Bakı".
  // ASCII (most names and every id) needs no Unicode folding; skipping it makes indexing 100k actors cheap.
  if (/^[\x20-\x7e]*$/.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss');
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The search keys of every actor of a graph, in name order: plain data, so a worker thread can search a structured clone of it. */
export type ActorSearchTable = readonly SearchEntry[];

/** A page of hits as actor ids with how each matched; searchActors turns the ids into records. */
export interface RankedActors {
  total: number;
  limit: number;
  offset: number;
  hits: Array<{ id: string; match?: ActorHit['match'] }>;
}

interface SearchKey {
  key: string;
  field: 'name' | 'alias' | 'id' | 'externalId';
  text: string;
}
/** One actor's row of the search table. */
export interface SearchEntry {
  id: string;
  kind: ActorKind;
  sortName: string;
  /** All keys joined by \u0001 (which no normalised needle holds): one `includes` rules most actors out. */
  joined: string;
  keys: SearchKey[];
}

// Normalised keys per graph, computed once and kept in name order, so matches come out sorted without a
// per-query sort: a reload makes a new graph, and a write that changes a graph's actors in place forgets its table.
const entriesByGraph = new WeakMap<ActorGraph, SearchEntry[]>();

/** Drops the search table of a graph whose actors were changed in place (the next search builds it again). */
export function forgetActorSearch(graph: ActorGraph): void {
  entriesByGraph.delete(graph);
}

/** Builds the search keys of a graph ahead of the first search (a server does it before publishing a dataset). */
export function prepareActorSearch(graph: ActorGraph): void {
  searchEntries(graph);
}

/** The search table of a graph (built once per graph and kept). */
export function actorSearchTable(graph: ActorGraph): ActorSearchTable {
  return searchEntries(graph);
}

function searchEntries(graph: ActorGraph): SearchEntry[] {
  let entries = entriesByGraph.get(graph);
  if (!entries) {
    entries = graph.mapNodes(searchEntryOf);
    entries.sort(compareEntries);
    entriesByGraph.set(graph, entries);
  }
  return entries;
}

/** An actor's search row: its normalised name (the sort key), aliases, id and external ids. */
export function searchEntryOf(id: string, actor: Actor): SearchEntry {
  const keys: SearchKey[] = [
    { key: normaliseName(actor.name), field: 'name', text: actor.name },
    ...actor.aliases.map((alias): SearchKey => ({ key: normaliseName(alias), field: 'alias', text: alias })),
    { key: normaliseName(id), field: 'id', text: id },
    // An imported actor is found by the id it had in the other tool's file ("11.0", "Q42", "1283").
    ...(actor.externalIds ?? []).map((external): SearchKey => ({
      key: normaliseName(external),
      field: 'externalId',
      text: external,
    })),
  ];
  return { id, kind: actor.kind, sortName: keys[0]!.key, joined: keys.map((k) => k.key).join('\u0001'), keys };
}

/** The table's order: by normalised name, then id (ids are unique, so the order is total). */
export function compareEntries(x: SearchEntry, y: SearchEntry): number {
  return x.sortName < y.sortName ? -1 : x.sortName > y.sortName ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/**
 * Follows a write that created, changed or deleted the actors `ids` (the graph already changed): their rows are
 * replaced in a new table (one merge pass, no normalising or sorting of the other actors), and the rows of those
 * still in the graph are returned. A new array, not an edit in place: a table handed out before stays as it was.
 */
export function updateActorSearch(graph: ActorGraph, ids: Iterable<string>): SearchEntry[] {
  const changed = new Set(ids);
  const put = [...changed]
    .filter((id) => graph.hasNode(id))
    .map((id) => searchEntryOf(id, graph.getNodeAttributes(id)));
  const entries = entriesByGraph.get(graph);
  if (entries) entriesByGraph.set(graph, mergeSearchEntries(entries, changed, put));
  return put;
}

/** Changes up to which mergeSearchEntries edits a copy in place rather than merging in one pass. */
const FEW_CHANGES = 16;

/** `base` (in table order) without the rows of `drop`, with the rows `put` merged in at their places; a new array. */
export function mergeSearchEntries(
  base: ActorSearchTable,
  drop: ReadonlySet<string>,
  put: readonly SearchEntry[],
): SearchEntry[] {
  if (drop.size + put.length <= FEW_CHANGES) {
    // One write's few actors: a copy (a memory copy of pointers) spliced at each row's place, found by binary
    // search for a new row; a one-pass merge compares strings all the way and took ~13 ms at 100k actors.
    const merged = base.slice();
    for (const id of drop) {
      const at = merged.findIndex((entry) => entry.id === id);
      if (at >= 0) merged.splice(at, 1);
    }
    for (const entry of put) merged.splice(placeOf(merged, entry), 0, entry);
    return merged;
  }
  const added = [...put].sort(compareEntries);
  const merged: SearchEntry[] = [];
  let next = 0;
  for (const entry of base) {
    if (drop.has(entry.id)) continue;
    while (next < added.length && compareEntries(added[next]!, entry) < 0) merged.push(added[next++]!);
    merged.push(entry);
  }
  while (next < added.length) merged.push(added[next++]!);
  return merged;
}

/** Where `entry` goes in the sorted `entries`: the first place whose row sorts after it. */
function placeOf(entries: readonly SearchEntry[], entry: SearchEntry): number {
  let [low, high] = [0, entries.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(entries[middle]!, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The rank of `needle` in `key` (0 exact … 3 substring), or -1 when absent. */
function rankIn(key: string, needle: string): number {
  const at = key.indexOf(needle);
  if (at < 0) return -1;
  if (at === 0) return key.length === needle.length ? 0 : 1;
  return key.includes(` ${needle}`) ? 2 : 3;
}

/**
 * The bucket a key's match sorts into: an id is a slug of words the user never sees ("israel-turkey-crisis"), so
 * a prefix of it ranks with words inside names, below names and aliases that start with the query ("Isr" → Israel first).
 */
function bucketOf(key: SearchKey, rank: number): number {
  return key.field === 'id' && rank > 0 ? Math.min(rank + 1, 3) : rank;
}

function checkPaging(limit: number, offset: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMITS.maxLimit) {
    throw new QueryError('limit', `expected an integer from 1 to ${SEARCH_LIMITS.maxLimit}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0)
    throw new QueryError('offset', `expected a non-negative integer, got ${offset}`);
}

/** Actors whose name, alias or id contains `q` (normalised), best match first, then by name; throws QueryError on bad options. */
export function searchActors(graph: ActorGraph, search: ActorSearch = {}): ActorSearchResult {
  return materialiseActorSearch(graph, rankActors(searchEntries(graph), search));
}

/** The search result with each hit's actor record (shared with the graph) in place of its id. */
export function materialiseActorSearch(graph: ActorGraph, ranked: RankedActors): ActorSearchResult {
  const { total, limit, offset, hits } = ranked;
  const items = hits.map(({ id, match }): ActorHit =>
    match ? { actor: graph.getNodeAttributes(id), match } : { actor: graph.getNodeAttributes(id) },
  );
  return { total, limit, offset, items };
}

/** The ranked page of a search as actor ids, from the table alone (no graph: a worker thread runs it); throws QueryError on bad options. */
export function rankActors(table: ActorSearchTable, search: ActorSearch = {}): RankedActors {
  const { q = '', kinds, limit = 20, offset = 0 } = search;
  checkPaging(limit, offset);
  if (q.length > SEARCH_LIMITS.maxQueryLength)
    throw new QueryError('q', `at most ${SEARCH_LIMITS.maxQueryLength} characters, got ${q.length}`);
  for (const kind of kinds ?? []) {
    if (!ACTOR_KINDS.includes(kind))
      throw new QueryError(
        'kind',
        `unknown actor kind ${JSON.stringify(kind)}; expecting one of ${ACTOR_KINDS.join(', ')}`,
      );
  }
  const needle = normaliseName(q);
  if (q.trim() !== '' && needle === '')
    throw new QueryError('q', `${JSON.stringify(q)} has no letter or digit to search for`);
  const kindSet = kinds && kinds.length > 0 ? new Set(kinds) : undefined;
  // One bucket per rank; entries arrive in name order, so each bucket is already sorted.
  const buckets: Array<Array<{ entry: SearchEntry; key: SearchKey | undefined }>> = [[], [], [], []];
  for (const entry of table) {
    if (kindSet && !kindSet.has(entry.kind)) continue;
    if (needle === '') {
      buckets[0]!.push({ entry, key: undefined });
      continue;
    }
    if (!entry.joined.includes(needle)) continue;
    let best = -1;
    let bestKey: SearchKey | undefined;
    for (const key of entry.keys) {
      const rank = rankIn(key.key, needle);
      const bucket = rank < 0 ? -1 : bucketOf(key, rank);
      if (bucket >= 0 && (best < 0 || bucket < best)) [best, bestKey] = [bucket, key];
      if (best === 0) break;
    }
    if (best >= 0) buckets[best]!.push({ entry, key: bestKey });
  }
  const total = buckets.reduce((sum, bucket) => sum + bucket.length, 0);
  const ordered = buckets.flat();
  const hits = ordered.slice(offset, offset + limit).map(({ entry, key }) =>
    key
      ? {
          id: entry.id,
          match: { rank: MATCH_RANKS[bucketOf(key, rankIn(key.key, needle))]!, field: key.field, text: key.text },
        }
      : { id: entry.id },
  );
  return { total, limit, offset, hits };
}

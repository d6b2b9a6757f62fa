// Close-match suggestions for an unknown actor id, from a table built once per graph so a 404 costs milliseconds, not a scan of every name.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor } from '../model/schema.js';

/** Per graph: ids in node order, each actor's names (id, lower-cased name and aliases) joined, and actors by each name. */
interface CloseMatchTable {
  ids: string[];
  joined: string[];
  byName: Map<string, number[]>;
  /** Recent answers by limit and text: the same unknown id asked again (a retried link, a scan) costs a lookup. */
  recent: Map<string, string[]>;
}

/** Answers a table remembers, oldest dropped first. */
const RECENT_LIMIT = 256;

/** Joins an actor's names; a needle without this character cannot match across two names. */
const SEPARATOR = '\u0000';

// A reload makes a new graph, and a write that changes a graph's actors in place forgets its table, so a table
// lives as long as its graph's actors.
const tables = new WeakMap<ActorGraph, CloseMatchTable>();

/** Drops the close-match table of a graph whose actors were changed in place (the next lookup builds it again). */
export function forgetCloseMatches(graph: ActorGraph): void {
  tables.delete(graph);
}

/** Builds the close-match table of a graph ahead of the first unknown id (a server does it before publishing a dataset). */
export function prepareCloseMatches(graph: ActorGraph): void {
  tableOf(graph);
}

function tableOf(graph: ActorGraph): CloseMatchTable {
  let table = tables.get(graph);
  if (table) return table;
  const { ids, joined, byName }: CloseMatchTable = (table = {
    ids: [],
    joined: [],
    byName: new Map(),
    recent: new Map(),
  });
  graph.forEachNode((id, actor) => {
    const names = namesOf(id, actor);
    const v = ids.length;
    ids.push(id);
    joined.push(names.join(SEPARATOR));
    for (const name of names) {
      const list = byName.get(name);
      if (!list) byName.set(name, [v]);
      else if (list.at(-1) !== v) list.push(v); // an alias equal to the name: the actor once
    }
  });
  tables.set(graph, table);
  return table;
}

/**
 * Follows a write that created, changed or deleted the actors `ids` (the graph already changed), in time
 * proportional to their names: a changed actor keeps its place (graphology keeps a replaced node's place), a new
 * one is appended (as graphology appends it), a deleted one leaves an empty slot the scan skips, so the order of
 * the others (ties of localeCompare fall back on it) is a fresh build's. Remembered answers are forgotten.
 */
export function updateCloseMatches(graph: ActorGraph, ids: Iterable<string>): void {
  const table = tables.get(graph);
  if (!table) return; // built from the graph as it is now at the next lookup
  const { ids: order, joined, byName } = table;
  for (const id of new Set(ids)) {
    // The actor's slot: the only one whose id (always one of its names) is `id`.
    const v = byName.get(id)?.find((w) => order[w] === id);
    if (v !== undefined) {
      for (const name of new Set(joined[v]!.split(SEPARATOR))) {
        const list = byName.get(name)!.filter((w) => w !== v);
        if (list.length > 0) byName.set(name, list);
        else byName.delete(name);
      }
    }
    if (!graph.hasNode(id)) {
      if (v !== undefined) [order[v], joined[v]] = ['', ''];
      continue;
    }
    const names = namesOf(id, graph.getNodeAttributes(id));
    const at = v ?? order.push(id) - 1;
    joined[at] = names.join(SEPARATOR);
    for (const name of new Set(names)) {
      const list = byName.get(name);
      if (!list) byName.set(name, [at]);
      else list.push(at); // the order inside a list does not matter: ties are broken by id, then slot
    }
  }
  table.recent.clear();
}

/** The names an actor is found by: its id as it is, its name and aliases lower-cased. */
function namesOf(id: string, actor: Actor): string[] {
  return [id, actor.name.toLowerCase(), ...actor.aliases.map((alias) => alias.toLowerCase())];
}

/**
 * Up to `limit` actor ids close to `text`: distance 0 when the lower-cased text is in the id, a name or an alias,
 * or one of them is in the text; else the edit distance to the id, if at most 3. Closest first, then by id.
 * The naive scan (lower-case and compare every name, a Levenshtein table per id) took ~250 ms at 100k actors.
 */
export function closeActorIds(graph: ActorGraph, text: string, limit = 3): string[] {
  const needle = text.toLowerCase().slice(0, 64);
  if (!needle) return [];
  const table = tableOf(graph);
  const key = `${limit}:${needle}`;
  let answer = table.recent.get(key);
  if (!answer) {
    answer = scan(table, graph, needle, limit);
    if (table.recent.size >= RECENT_LIMIT) table.recent.delete(table.recent.keys().next().value!);
    table.recent.set(key, answer);
  }
  return [...answer];
}

function scan({ ids, joined, byName }: CloseMatchTable, graph: ActorGraph, needle: string, limit: number): string[] {
  const distance = new Map<number, number>();
  // A name inside the needle: look up each of the needle's substrings (at most 64·65/2 + 1 of them).
  for (let i = 0; i <= needle.length; i++) {
    for (let j = i; j <= needle.length; j++) for (const v of byName.get(needle.slice(i, j)) ?? []) distance.set(v, 0);
  }
  const plain = !needle.includes(SEPARATOR);
  const within = editDistanceWithin(needle, 3);
  for (let v = 0; v < ids.length; v++) {
    if (distance.has(v) || ids[v] === '') continue; // '': a deleted actor's slot
    const contains = plain
      ? joined[v]!.includes(needle)
      : namesOf(ids[v]!, graph.getNodeAttributes(ids[v]!)).some((name) => name.includes(needle));
    const d = contains ? 0 : within(ids[v]!);
    if (d <= 3) distance.set(v, d);
  }
  // The best `limit` by insertion: thousands of ids can be within reach of a short text, and sorting them all by
  // localeCompare cost more than the scan. Ids equal under localeCompare stay in node order, as a stable sort leaves them.
  const before = ([v, d]: [number, number], [w, e]: [number, number]) =>
    d - e || ids[v]!.localeCompare(ids[w]!) || v - w;
  const best: Array<[number, number]> = [];
  for (const entry of distance) {
    if (best.length === limit && before(entry, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(([v]) => ids[v]!);
}

/**
 * A function giving the Levenshtein distance from `pattern` to a text, or max + 1 when it exceeds `max`.
 * Hand-written: Myers' bit-parallel algorithm (Hyyrö's form for whole strings), one pass of a few word
 * operations per character of the text, for patterns of up to 32 characters; a bounded table beyond.
 */
export function editDistanceWithin(pattern: string, max: number): (text: string) => number {
  const m = pattern.length;
  if (m > 32) return (text) => Math.min(editDistance(pattern, text, max), max + 1);
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) ascii[code]! |= 1 << i;
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  return (text) => {
    if (Math.abs(text.length - m) > max) return max + 1;
    if (m === 0) return text.length;
    let pv = -1; // vertical deltas +1 (all ones: the first column is 0, 1, 2, …); bits above m are never read
    let mv = 0;
    let score = m;
    for (let j = 0; j < text.length; j++) {
      const code = text.charCodeAt(j);
      const eq = code < 128 ? ascii[code]! : (other.get(code) ?? 0);
      const xv = eq | mv;
      // JS adds int32s exactly in doubles; the next bitwise operator wraps the sum modulo 2^32, as a machine word would.
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph = (ph << 1) | 1; // the top row grows by one per column: edit distance of whole strings
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score <= max ? score : max + 1;
  };
}

/**
 * Levenshtein distance, cut off at `max` (beyond it: some number above max). Hand-written because graphology has
 * none and the bounded form stops early on hopeless candidates.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

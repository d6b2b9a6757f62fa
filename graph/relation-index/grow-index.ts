// Room for a write when an index buffer's spare room is used up: the newest version copied to a new, larger buffer (a memcpy, relation ints kept) or, once the buffer holds as much garbage as live data, compacted into one (retired ints and moved-from slots left behind).
import {
  allocateIndex,
  allocateRanges,
  isLive,
  RETIRED_NEVER,
  spareCapacity,
  type IndexRegions,
} from './index-core.js';
import { indexVersion, type IndexClaims, type RelationIndex } from './relation-index.js';
import type { Shortfall } from './update-index.js';

/** IndexClaims.version of a buffer whose newest version was copied to another: no update starts from it again. */
export const SUPERSEDED = -1;

const SLOT_ARRAYS = ['neighbour', 'slotRelation', 'slotDirection'] as const;
const RELATION_ARRAYS = [
  'strength',
  'confidence',
  'relationSource',
  'relationTarget',
  'activeFrom',
  'activeTo',
  'retiredAt',
  'kind',
  'valence',
  'dated',
] as const;

/** Copies `src[from .. to)` to `dst[at ..]` for each named array of two carvings (one memcpy each). */
function copyRun(
  dst: IndexRegions,
  src: IndexRegions,
  names: readonly (keyof IndexRegions)[],
  from: number,
  to: number,
  at: number,
) {
  for (const name of names)
    (dst[name] as { set(values: ArrayLike<number>, at: number): void }).set(src[name].subarray(from, to), at);
}

/**
 * `previous` (the newest version on its buffer) on a new buffer with room for a change that needs `short` past its
 * used part: grown while the used part of the buffer is under twice the live part, compacted past that. Growth at
 * least doubles the spare room (so copies are rare, and the quiet-moment merge sees half of it used); compaction is the
 * cap that bounds memory when writes never pause for a merge (`server/store/merge-index.ts`). Either costs a copy of
 * the typed arrays (tens of ms at a million relations), never a read of the graph. The old buffer is not written:
 * versions on it read as before.
 */
export function roomFor(previous: RelationIndex, short: Shortfall): RelationIndex {
  let liveSlots = 0;
  for (let v = 0; v < previous.nodeCount; v++) liveSlots += previous.slotEnd[v]! - previous.slotStart[v]!;
  const { claims } = previous;
  const garbage = claims.slots >= 2 * liveSlots || claims.relations >= liveSlots; // live relations = liveSlots / 2
  return garbage ? compactIndex(previous, liveSlots >> 1, short) : growIndex(previous, short);
}

/** The newest version copied to a larger buffer: same ints, same slots, spare room doubled, or twice the shortfall. */
function growIndex(previous: RelationIndex, short: Shortfall): RelationIndex {
  const { claims } = previous;
  const relationCapacity =
    claims.relations + Math.max(previous.relationCapacity - claims.built.relations, 2 * short.relations + 256);
  const slotCapacity =
    claims.slots + Math.max(previous.slotCapacity - claims.built.slots, 2 * short.slots + 4 * short.relations + 1024);
  const { regions } = allocateIndex(relationCapacity, slotCapacity);
  copyRun(regions, claims.regions, RELATION_ARRAYS, 0, claims.relations, 0);
  copyRun(regions, claims.regions, SLOT_ARRAYS, 0, claims.slots, 0);
  const grown: IndexClaims = { ...claims, regions, slotLimit: claims.slotLimit.slice() };
  const { ranges, slotStart, slotEnd } = previous;
  return indexVersion({ ...previous, claims: grown }, { ranges, slotStart, slotEnd }, previous.version);
}

/**
 * The newest version compacted to a new buffer sized as a fresh build of `live` relations plus the shortfall: live
 * relation ints renumbered in their order, each node's slots in its order, packed. Node ints are kept (deleted actors
 * stay, with no slots): the fresh build at the next quiet moment renumbers them.
 */
function compactIndex(previous: RelationIndex, live: number, short: Shortfall): RelationIndex {
  const spare = spareCapacity(live + short.relations);
  const slotCapacity = Math.max(spare.slotCapacity, 2 * live + 2 * short.slots + 4 * short.relations + 1024);
  const { regions } = allocateIndex(spare.relationCapacity, slotCapacity);
  const from = previous.claims.regions;
  const renumber = new Int32Array(previous.relationCount);
  const relationIds: string[] = new Array(live);
  const relations: RelationIndex['relations'] = new Array(live);
  let n = 0;
  for (let r = 0; r < previous.relationCount;) {
    if (!isLive(previous, r)) {
      r++;
      continue;
    }
    const start = r;
    for (; r < previous.relationCount && isLive(previous, r); r++) {
      renumber[r] = n + r - start;
      relationIds[n + r - start] = previous.relationIds[r]!;
      relations[n + r - start] = previous.relations[r]!;
    }
    copyRun(regions, from, RELATION_ARRAYS, start, r, n);
    n += r - start;
  }
  regions.retiredAt.fill(RETIRED_NEVER, 0, n);
  const { ranges, slotStart, slotEnd } = allocateRanges(previous.nodeCount);
  let at = 0;
  for (let v = 0; v < previous.nodeCount; v++) {
    slotStart[v] = at;
    for (let slot = previous.slotStart[v]!; slot < previous.slotEnd[v]!; slot++, at++) {
      regions.neighbour[at] = from.neighbour[slot]!;
      regions.slotRelation[at] = renumber[from.slotRelation[slot]!]!;
      regions.slotDirection[at] = from.slotDirection[slot]!;
    }
    slotEnd[v] = at;
  }
  const built = { relations: n, slots: at };
  const claims = { regions, slotLimit: slotEnd.slice(), built, version: previous.version, ...built };
  const parts = { ...previous, relationIds, relations, claims };
  return indexVersion(parts, { ranges, slotStart, slotEnd }, previous.version);
}

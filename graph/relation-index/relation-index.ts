// The relation index: a compact CSR (compressed sparse row) copy of the actor graph in typed arrays, rebuilt whenever the data changes.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor, Relation } from '../model/schema.js';
import { DAY_MAX, DAY_MIN, relationSpan, type ActiveSpan } from '../model/dates.js';
import { RELATION_KIND_IDS, VALENCES, type RelationKind, type Valence } from '../model/vocabulary.js';
import { atSliceEnd, runNow, type Sliced } from '../shared/slices.js';
import {
  allocateIndex,
  allocateRanges,
  RETIRED_NEVER,
  spareCapacity,
  versionViews,
  type IndexRegions,
  type RelationIndexCore,
} from './index-core.js';

export { attachIndex, isLive, shareIndex, type RelationIndexCore, type SharedIndex } from './index-core.js';

/** How a slot's relation runs as seen from the slot's node: out of it, into it, or undirected. */
export const DIRECTION_OUT = 0;
export const DIRECTION_IN = 1;
export const DIRECTION_UNDIRECTED = 2;

/** Relation kind ↔ small int code, in vocabulary order. */
export const KIND_CODE: ReadonlyMap<RelationKind, number> = new Map(
  RELATION_KIND_IDS.map((kind, code) => [kind, code]),
);
/** Valence ↔ small int code, in vocabulary order. */
export const VALENCE_CODE: ReadonlyMap<Valence, number> = new Map(VALENCES.map((valence, code) => [valence, code]));

/**
 * Walking graphology's objects (string keys, attribute objects) costs far more per edge than reading typed arrays
 * (README, Speed, has the current figures), so every query that walks many relations runs on this index while the
 * graphology graph stays the model of record (relation records and evidence are read from it).
 */
export interface RelationIndex extends RelationIndexCore {
  readonly graph: ActorGraph;
  /** Node int → actor id, and back. */
  readonly nodeIds: string[];
  readonly nodeIndex: Map<string, number>;
  /** Node int → the actor record (shared with the graph, not copied). */
  readonly actors: Actor[];
  /** Relation int → relation id and record (shared with the graph). */
  readonly relationIds: string[];
  readonly relations: Relation[];
  /** The buffer's full-capacity arrays and what its newest version holds: shared by every version on one buffer. */
  readonly claims: IndexClaims;
  /**
   * Node ints of actors deleted since the fresh build: kept (so no int shifts on a write) with no slots and out of
   * `nodeIndex`; their `nodeIds` and `actors` entries stay for in-flight answers. A fresh build has none.
   */
  readonly goneNodes: ReadonlySet<number>;
}

/** The newest version on a buffer and the relation ints and slots it uses: an update writes only past them. */
export interface IndexClaims {
  readonly regions: IndexRegions;
  /**
   * Node v's slots in the newest version may grow in place up to slotLimit[v] (only the newest version is updated, so
   * one array serves them all; main thread only, never shared).
   */
  slotLimit: Int32Array;
  /** Relation ints and slots the fresh build used: the spare room is what lies past them. */
  readonly built: { readonly relations: number; readonly slots: number };
  version: number;
  relations: number;
  slots: number;
}

/** Builds the CSR index of a graph in two passes: over its edges (records and degrees), then over the records (slots). */
export function buildRelationIndex(graph: ActorGraph): RelationIndex {
  return runNow(relationIndexSteps(graph));
}

/** buildRelationIndex in slices (graph/shared/slices.ts): a million relations take about a second, too long for a serving event loop. */
export function* relationIndexSteps(graph: ActorGraph): Sliced<RelationIndex> {
  const nodeCount = graph.order;
  const relationCount = graph.size;
  const nodeIds: string[] = new Array(nodeCount);
  const actors: Actor[] = new Array(nodeCount);
  const nodeIndex = new Map<string, number>();
  let v = 0;
  graph.forEachNode((id, actor) => {
    nodeIds[v] = id;
    actors[v] = actor;
    nodeIndex.set(id, v++);
  });

  const relationIds: string[] = new Array(relationCount);
  const relations: Relation[] = new Array(relationCount);
  // Every lasting array is a view on one buffer: each separate ArrayBuffer counts as external memory, and on a
  // multi-GB heap (1M/5M) a string of large ones set off repeated full collections during the build. The buffer
  // is shared so that path workers read this very memory, and has spare room so that a write updates it in place.
  const { relationCapacity, slotCapacity } = spareCapacity(relationCount);
  const { regions } = allocateIndex(relationCapacity, slotCapacity);
  const { relationSource, relationTarget } = regions;
  const degree = new Int32Array(nodeCount + 1);
  const undirected = new Uint8Array(relationCount);
  regions.retiredAt.fill(RETIRED_NEVER, 0, relationCount);

  const spans = new Map<string, ActiveSpan>();
  let r = 0;
  const record = (
    id: string,
    relation: Relation,
    s: number,
    t: number,
    sourceActor: Actor,
    targetActor: Actor,
    isUndirected: boolean,
  ) => {
    relationIds[r] = id;
    relations[r] = relation;
    relationSource[r] = s;
    relationTarget[r] = t;
    undirected[r] = isUndirected ? 1 : 0;
    writeRelationFields(regions, r, relation, sourceActor, targetActor, spans);
    degree[s + 1]!++;
    degree[t + 1]!++;
    r++;
  };
  // The iterator rather than forEachEdge, so the loop can pause (a few per cent slower on a million edges).
  for (const {
    edge,
    attributes,
    source,
    target,
    sourceAttributes,
    targetAttributes,
    undirected: isUndirected,
  } of graph.edgeEntries()) {
    record(
      edge,
      attributes,
      nodeIndex.get(source)!,
      nodeIndex.get(target)!,
      sourceAttributes,
      targetAttributes,
      isUndirected,
    );
    if (atSliceEnd(r - 1)) yield; // r counts the relations recorded
  }

  const offsets = degree; // prefix sums in place: offsets[v] = first slot of v
  for (let i = 1; i <= nodeCount; i++) offsets[i]! += offsets[i - 1]!;
  const { ranges, slotStart, slotEnd } = allocateRanges(nodeCount);
  const slotLimit = new Int32Array(nodeCount);
  slotStart.set(offsets.subarray(0, nodeCount));
  slotEnd.set(offsets.subarray(1));
  slotLimit.set(offsets.subarray(1));
  const fill = offsets.slice(0, nodeCount);
  for (let i = 0; i < relationCount; i++) {
    placeSlots(regions, fill, i, relationSource[i]!, relationTarget[i]!, undirected[i] === 1);
    if (atSliceEnd(i)) yield;
  }

  const slotCount = 2 * relationCount;
  const built = { relations: relationCount, slots: slotCount };
  const claims = { regions, slotLimit, built, version: 0, relations: relationCount, slots: slotCount };
  const parts = { graph, nodeIds, nodeIndex, actors, relationIds, relations, claims, goneNodes: NO_NODES };
  return indexVersion(parts, { ranges, slotStart, slotEnd }, 0);
}

const NO_NODES: ReadonlySet<number> = new Set();

/** What one version of an index holds besides its typed arrays (ids, records, the buffer's claims). */
export type IndexParts = Pick<
  RelationIndex,
  'graph' | 'nodeIds' | 'nodeIndex' | 'actors' | 'relationIds' | 'relations' | 'claims' | 'goneNodes'
>;

/**
 * The index of one version: `parts`, its own node ranges, and its views of the claims' buffer cut at the claims'
 * counts (so build the version, then set the claims). The one index literal, for a fresh build, an update and a
 * grown or compacted copy.
 */
export function indexVersion(
  parts: IndexParts,
  ranges: Pick<RelationIndexCore, 'ranges' | 'slotStart' | 'slotEnd'>,
  version: number,
): RelationIndex {
  const { regions, relations, slots } = parts.claims;
  return {
    ...parts,
    ...ranges,
    nodeCount: parts.nodeIds.length,
    version,
    buffer: regions.kind.buffer as SharedArrayBuffer,
    relationCapacity: regions.kind.length,
    slotCapacity: regions.neighbour.length,
    ...versionViews(regions, relations, slots),
  };
}

/** The slot arrays of an index, as allocateIndex carves them. */
type SlotViews = Pick<RelationIndexCore, 'neighbour' | 'slotRelation' | 'slotDirection'>;

/**
 * Gives relation `r` (from `s` to `t`) its slot at each end, at the next free place `fill` holds for that node; the one
 * placement both a fresh build and an update use, so the two indexes stay equal slot for slot.
 */
export function placeSlots(views: SlotViews, fill: Int32Array, r: number, s: number, t: number, both: boolean): void {
  let slot = fill[s]!++;
  views.neighbour[slot] = t;
  views.slotRelation[slot] = r;
  views.slotDirection[slot] = both ? DIRECTION_UNDIRECTED : DIRECTION_OUT;
  slot = fill[t]!++;
  views.neighbour[slot] = s;
  views.slotRelation[slot] = r;
  views.slotDirection[slot] = both ? DIRECTION_UNDIRECTED : DIRECTION_IN;
}

/** The per-relation fields every index carries (`views` as allocateIndex carves them): kind, valence, weights, active span. */
type RelationFields = Pick<
  RelationIndexCore,
  'kind' | 'valence' | 'strength' | 'confidence' | 'activeFrom' | 'activeTo' | 'dated'
>;

/**
 * Writes relation `r`'s kind, valence, weights and active span. Parsing dates is costly: an undated relation between
 * actors of unknown birth has the open span; a dated one between such actors is memoised in `spans` on its dates (few
 * distinct combinations). Births are nearly unique per pair, so a memo keyed on them would grow to millions of
 * entries: those relations call relationSpan directly.
 */
export function writeRelationFields(
  views: RelationFields,
  r: number,
  relation: Relation,
  sourceActor: Actor,
  targetActor: Actor,
  spans?: Map<string, ActiveSpan>,
): void {
  views.kind[r] = KIND_CODE.get(relation.kind) ?? 255;
  views.valence[r] = VALENCE_CODE.get(relation.valence) ?? 255;
  views.strength[r] = relation.strength;
  views.confidence[r] = relation.confidence;
  const dates = relation.dates;
  const born = sourceActor.exists?.start !== undefined || targetActor.exists?.start !== undefined;
  if (dates || born) {
    let span: ActiveSpan | undefined;
    if (born || !spans) {
      span = relationSpan(relation, sourceActor, targetActor);
    } else {
      const key = `${dates!.start}|${dates!.point}|${dates!.end}`;
      span = spans.get(key);
      if (!span) spans.set(key, (span = relationSpan(relation, sourceActor, targetActor)));
    }
    views.activeFrom[r] = span.from;
    views.activeTo[r] = span.to;
    views.dated[r] = span.dated ? 1 : 0;
  } else {
    views.activeFrom[r] = DAY_MIN;
    views.activeTo[r] = DAY_MAX;
    views.dated[r] = 0;
  }
}

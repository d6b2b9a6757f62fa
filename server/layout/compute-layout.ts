// ForceAtlas2 straight from the relation index's arrays (no graphology graph): one weighted tie per pair, seeded starts, bounded iterations.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { RELATION_KIND_IDS, RELATION_KINDS } from '../../graph/model/vocabulary.js';
import {
  LAYOUT_SETTINGS,
  SETTLE_AFTER,
  SETTLED_SHIFT,
  seededPosition,
  seedRadius,
  tiePull,
} from '../../graph/layout/layout-rules.js';

/** What a layout is computed from: copies of the index's arrays (node ints index `nodeIds`). */
export interface LayoutInput {
  nodeIds: string[];
  relationSource: Int32Array;
  relationTarget: Int32Array;
  strength: Float64Array;
  kind: Uint8Array;
}

/** When to stop: whichever of the two comes first. */
export interface LayoutBudget {
  maxIterations: number;
  timeBudgetMs: number;
}

/** Positions as x, y pairs in node order, the iterations it took, and whether it settled before its budget. */
export interface LayoutResult {
  positions: Float32Array;
  iterations: number;
  settled: boolean;
}

/**
 * Largest graph laid out: FA2's edge matrix holds node offsets (10 floats per node) as float32, exact only below
 * 2^24, so about 1.6M actors; beyond that the client keeps its own layout of what it draws.
 */
export const LAYOUT_MAX_ACTORS = Math.floor(2 ** 24 / 10);

const PPN = 10; // floats per node in FA2's matrices
const STRUCTURAL = Uint8Array.from(RELATION_KIND_IDS, (kind) => (RELATION_KINDS[kind].group === 'structural' ? 1 : 0));

/** Runs ForceAtlas2 (Barnes–Hut above 2000 actors, as inferSettings decides) from seeded starts until the budget is spent. */
export function computeLayout(input: LayoutInput, budget: LayoutBudget): LayoutResult {
  const order = input.nodeIds.length;
  if (order > LAYOUT_MAX_ACTORS)
    throw new RangeError(
      `layout: ${order} actors is over the ${LAYOUT_MAX_ACTORS} ForceAtlas2's float32 matrices can index`,
    );
  const nodes = new Float32Array(order * PPN);
  const radius = seedRadius(order);
  for (let v = 0; v < order; v++) {
    const { x, y } = seededPosition(input.nodeIds[v]!, radius);
    nodes[v * PPN] = x;
    nodes[v * PPN + 1] = y;
    nodes[v * PPN + 6] = 1; // mass: 1 + weighted degree, as graphology's graphToByteArrays
    nodes[v * PPN + 7] = 1; // convergence
    nodes[v * PPN + 8] = 1; // size
  }
  const edges = pairMatrix(input, nodes);
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(order), ...LAYOUT_SETTINGS };
  const started = performance.now();
  let iterations = 0;
  let settled = false;
  let previous: Float32Array = new Float32Array(0);
  while (
    !settled &&
    iterations < budget.maxIterations &&
    (iterations === 0 || performance.now() - started < budget.timeBudgetMs)
  ) {
    if (iterations >= SETTLE_AFTER - 1) previous = xy(nodes, previous);
    iterate(settings, nodes, edges);
    iterations++;
    // Stopping once settled saves minutes of CPU on mid-sized graphs; the test is the client's, so both stop alike.
    if (iterations >= SETTLE_AFTER) settled = meanShift(previous, nodes) < SETTLED_SHIFT * extent(nodes);
  }
  const positions = new Float32Array(order * 2);
  for (let v = 0; v < order; v++) {
    let x = nodes[v * PPN]!;
    let y = nodes[v * PPN + 1]!;
    // A diverging actor (never seen, but cheap to guard) goes back to its seed rather than poisoning the cache file.
    if (!Number.isFinite(x) || !Number.isFinite(y)) ({ x, y } = seededPosition(input.nodeIds[v]!, radius));
    positions[2 * v] = x;
    positions[2 * v + 1] = y;
  }
  return { positions, iterations, settled };
}

/** The x, y of every node, into `into` when it has the right size (one buffer reused across iterations). */
function xy(nodes: Float32Array, into: Float32Array): Float32Array {
  const order = nodes.length / PPN;
  const out = into.length === 2 * order ? into : new Float32Array(2 * order);
  for (let v = 0; v < order; v++) {
    out[2 * v] = nodes[v * PPN]!;
    out[2 * v + 1] = nodes[v * PPN + 1]!;
  }
  return out;
}

/** Mean distance the nodes moved since `before`. */
function meanShift(before: Float32Array, nodes: Float32Array): number {
  const order = nodes.length / PPN;
  let total = 0;
  for (let v = 0; v < order; v++)
    total += Math.hypot(nodes[v * PPN]! - before[2 * v]!, nodes[v * PPN + 1]! - before[2 * v + 1]!);
  return total / Math.max(1, order);
}

/** The larger side of the nodes' bounding box. */
function extent(nodes: Float32Array): number {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let i = 0; i < nodes.length; i += PPN) {
    const x = nodes[i]!,
      y = nodes[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}

/**
 * FA2's edge matrix with one tie per pair weighted log(1 + Σ tie weights), as the client's pairWeights: a dozen
 * parallel ties bind a pair more than one does, but not twelve times more. Pairs are merged by a counting sort on
 * the lower end and a stamp per other end, in typed arrays: a Map of a million pair keys costs seconds and ~100 MB.
 * Adds each tie's weight to both ends' masses in `nodes`.
 */
function pairMatrix(input: LayoutInput, nodes: Float32Array): Float32Array {
  const { relationSource, relationTarget, strength, kind } = input;
  const order = input.nodeIds.length;
  const m = relationSource.length;
  const start = new Int32Array(order + 1);
  for (let r = 0; r < m; r++) start[Math.min(relationSource[r]!, relationTarget[r]!) + 1]!++;
  for (let v = 0; v < order; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, order);
  const byLow = new Int32Array(m);
  for (let r = 0; r < m; r++) byLow[fill[Math.min(relationSource[r]!, relationTarget[r]!)]!++] = r;

  const stamp = new Int32Array(order).fill(-1);
  const pairOf = new Int32Array(order);
  const lowEnd = new Int32Array(m);
  const highEnd = new Int32Array(m);
  const weight = new Float64Array(m);
  let pairs = 0;
  for (let low = 0; low < order; low++) {
    for (let i = start[low]!; i < start[low + 1]!; i++) {
      const r = byLow[i]!;
      const high = Math.max(relationSource[r]!, relationTarget[r]!);
      if (stamp[high] !== low) {
        stamp[high] = low;
        pairOf[high] = pairs;
        lowEnd[pairs] = low;
        highEnd[pairs++] = high;
      }
      weight[pairOf[high]!]! += tiePull(STRUCTURAL[kind[r]!] === 1, strength[r]!);
    }
  }
  const edges = new Float32Array(pairs * 3);
  for (let p = 0; p < pairs; p++) {
    const w = Math.log1p(weight[p]!);
    edges[3 * p] = lowEnd[p]! * PPN;
    edges[3 * p + 1] = highEnd[p]! * PPN;
    edges[3 * p + 2] = w;
    nodes[lowEnd[p]! * PPN + 6]! += w;
    nodes[highEnd[p]! * PPN + 6]! += w;
  }
  return edges;
}

// ForceAtlas2 in its web worker, from seeded positions, for a fixed iteration budget or until it settles: the same picture on every load.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker.js';
import type { Relation } from '../../graph/model/schema.js';
import {
  iterationBudget,
  LAYOUT_SETTINGS,
  SETTLE_AFTER,
  SETTLED_SHIFT,
  tiePull,
} from '../../graph/layout/layout-rules.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import type { DisplayGraph } from './display-graph.js';
import { reducedMotion } from './motion.js';

/** How a layout run ended. */
export interface LayoutOutcome {
  iterations: number;
  reason: 'settled' | 'budget' | 'stopped';
  /** 'worker' normally; 'main-thread' if the browser refused the worker (a CSP without worker-src blob:); 'server' or 'file' when the server's or the imported file's positions were used. */
  ran: 'worker' | 'main-thread' | 'server' | 'file';
}

/** A running layout. */
export interface LayoutHandle {
  done: Promise<LayoutOutcome>;
  stop(): void;
}

/** How hard a relation pulls its ends together (the shared rule, graph/layout/layout-rules.ts). */
export function layoutWeight(relation: Relation): number {
  return tiePull(RELATION_KINDS[relation.kind]?.group === 'structural', relation.strength);
}

/**
 * How many iterations pass between two updates of the drawn positions: every one for small graphs, few redraws for
 * big ones; none but the last when the reader asked for less motion (each drawn step is also a full render).
 */
export function syncInterval(size: number, still = reducedMotion()): number {
  return still ? Infinity : size > 5000 ? 40 : 1;
}

/** The layout's own light graph: positions and one weighted tie per pair, so iterations never touch (and redraw) the drawn graph. */
type LayoutGraph = Graph<{ x: number; y: number }, { weight: number }>;

/**
 * One undirected edge per pair, weighted by the log of its summed tie weights: a dozen parallel ties bind a pair
 * more than one tie does, but not twelve times more (which pulled Israel and Azerbaijan onto one point).
 */
export function pairWeights(graph: DisplayGraph): Map<string, { source: string; target: string; weight: number }> {
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  graph.forEachEdge((_edge, relation, source, target) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key);
    if (pair) pair.weight += layoutWeight(relation);
    else pairs.set(key, { source: a, target: b, weight: layoutWeight(relation) });
  });
  for (const pair of pairs.values()) pair.weight = Math.log1p(pair.weight);
  return pairs;
}

function layoutCopy(graph: DisplayGraph): LayoutGraph {
  const copy: LayoutGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node, { x, y }) => copy.addNode(node, { x, y }));
  for (const [key, { source, target, weight }] of pairWeights(graph))
    copy.addEdgeWithKey(key, source, target, { weight });
  return copy;
}

/** Runs the layout and moves the graph's x/y with it; resolves when it has settled, used its budget, or was stopped. */
export function runLayout(graph: DisplayGraph, budget = iterationBudget(graph.order)): LayoutHandle {
  const settings = { ...forceAtlas2.inferSettings(graph), ...LAYOUT_SETTINGS };
  let iterations = 0;
  let finish: (outcome: LayoutOutcome) => void = () => {};
  const done = new Promise<LayoutOutcome>((resolve) => (finish = resolve));
  if (graph.order < 2) {
    finish({ iterations: 0, reason: 'settled', ran: 'worker' });
    return { done, stop: () => {} };
  }
  const work = layoutCopy(graph);
  const every = syncInterval(graph.size);
  const publish = () =>
    graph.updateEachNodeAttributes((node, attributes) => ({
      ...attributes,
      x: work.getNodeAttribute(node, 'x'),
      y: work.getNodeAttribute(node, 'y'),
    }));
  let previous = positions(work);
  let supervisor: FA2LayoutSupervisor | null = null;
  let finished = false;

  const end = (reason: LayoutOutcome['reason'], ran: LayoutOutcome['ran']) => {
    if (finished) return;
    finished = true;
    work.off('eachNodeAttributesUpdated', onIteration);
    // end() may run inside the supervisor's message handler, which still writes to its matrices after we return:
    // stop now (later answers are ignored), kill once the handler is done.
    const ending = supervisor;
    ending?.stop();
    setTimeout(() => ending?.kill(), 0);
    publish();
    finish({ iterations, reason, ran });
  };
  const onIteration = () => {
    iterations++;
    const current = positions(work);
    const settled = iterations >= SETTLE_AFTER && meanShift(previous, current) < SETTLED_SHIFT * extent(current);
    previous = current;
    if (settled) end('settled', 'worker');
    else if (iterations >= budget) end('budget', 'worker');
    else if (iterations % every === 0) publish();
  };
  // Without the worker (refused by a CSP, or no Worker at all) the same iterations run on the main thread.
  // No timer decides that the worker failed: a busy main thread (a big first render) would trip it for nothing.
  const fallBack = () => {
    if (finished || iterations > 0) return;
    supervisor?.kill();
    supervisor = null;
    work.off('eachNodeAttributesUpdated', onIteration);
    forceAtlas2.assign(work, { iterations: budget, settings });
    iterations = budget;
    end('budget', 'main-thread');
  };
  work.on('eachNodeAttributesUpdated', onIteration);
  try {
    supervisor = new FA2LayoutSupervisor(work, { settings });
    (supervisor as unknown as { worker?: Worker }).worker?.addEventListener('error', fallBack);
    supervisor.start();
  } catch {
    fallBack();
  }
  return { done, stop: () => end('stopped', 'worker') };
}

function positions(graph: LayoutGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    out[i++] = attributes.x;
    out[i++] = attributes.y;
  });
  return out;
}

function meanShift(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i += 2)
    total += Math.hypot((b[i] ?? 0) - (a[i] ?? 0), (b[i + 1] ?? 0) - (a[i + 1] ?? 0));
  return total / Math.max(1, a.length / 2);
}

function extent(p: Float64Array): number {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let i = 0; i < p.length; i += 2) {
    const x = p[i] ?? 0,
      y = p[i + 1] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}

// What the canvas shows under the current filters and as-of year: visible ties, their curvature, node sizes and forced labels.
import { parsePartialDate } from '../../graph/model/dates.js';
import { compileFilter, type RelationPredicate } from '../../graph/shared/filter.js';
import { RELATION_KIND_IDS, RELATION_KINDS } from '../../graph/model/vocabulary.js';
import type { Filters } from '../state/types.js';
import type { DisplayGraph } from './display-graph.js';

/** Derived once per filter or as-of change; the reducers only look things up in it. */
export interface ViewModel {
  visibleEdges: ReadonlySet<string>;
  /** Curvature of each visible edge: parallel ties of a pair fan out, single ties stay straight (0). */
  curvature: ReadonlyMap<string, number>;
  /** Sum of the strengths of each actor's visible ties. */
  strength: ReadonlyMap<string, number>;
  maxStrength: number;
  /** Actors that did not exist yet as of the chosen year (Azerbaijan before 1991). */
  notYet: ReadonlySet<string>;
  /** The strongest states and the infrastructure landmarks, labelled whatever the label density. */
  labelled: ReadonlySet<string>;
  /** With an as-of date: visible ties that carry no date of their own (drawn faded: they count from their actors' existence). */
  undated: ReadonlySet<string>;
}

/** How many of the strongest states always carry a label. */
export const FORCED_LABELS = 12;

/** The view filter as the engine's relation filter predicate, so the view and the API apply the same as-of rule. */
export function viewPredicate(filters: Filters, asOf: string | null): RelationPredicate {
  const hidden = new Set<string>(filters.hiddenKinds);
  const kinds = RELATION_KIND_IDS.filter(
    (kind) => !hidden.has(kind) && (filters.showStructural || RELATION_KINDS[kind].group !== 'structural'),
  );
  if (kinds.length === 0 || filters.valences.length === 0) return () => false;
  return compileFilter({
    kinds,
    valence: [...filters.valences],
    minStrength: filters.minStrength,
    minConfidence: filters.minConfidence,
    ...(asOf ? { asOf, datedOnly: filters.datedOnly } : {}),
  });
}

/** Computes the view model of a graph under filters and an as-of year. */
export function computeView(graph: DisplayGraph, filters: Filters, asOf: string | null): ViewModel {
  const passes = viewPredicate(filters, asOf);
  const visibleEdges = new Set<string>();
  const undated = new Set<string>();
  const strength = new Map<string, number>();
  graph.forEachEdge((edge, relation, source, target, sourceAttributes, targetAttributes) => {
    if (!passes(relation, sourceAttributes, targetAttributes)) return;
    visibleEdges.add(edge);
    if (asOf && !relation.dates?.start && !relation.dates?.point && !relation.dates?.end) undated.add(edge);
    strength.set(source, (strength.get(source) ?? 0) + relation.strength);
    strength.set(target, (strength.get(target) ?? 0) + relation.strength);
  });
  const asOfLast = asOf ? parsePartialDate(asOf)?.last : undefined;
  const notYet = new Set<string>();
  if (asOfLast !== undefined) {
    graph.forEachNode((node, actor) => {
      const born = actor.exists?.start ? parsePartialDate(actor.exists.start) : undefined;
      if (born && born.first > asOfLast) notYet.add(node);
    });
  }
  const ranked = [...strength.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    visibleEdges,
    curvature: parallelCurvatures(graph, visibleEdges),
    strength,
    maxStrength: ranked[0]?.[1] ?? 0,
    notYet,
    labelled: new Set([...strongestStates(graph, ranked), ...landmarks(graph, ranked)]),
    undated,
  };
}

/**
 * The strongest states, labelled whatever the label density: they are the protagonists of the story. Firms and
 * bodies go through sigma's label grid like everyone else, so a firm beside its state (Aeronautics Defense
 * Systems beside Azerbaijan) does not draw its label over the state's.
 */
function strongestStates(graph: DisplayGraph, ranked: ReadonlyArray<[string, number]>): string[] {
  return ranked
    .filter(([node]) => graph.getNodeAttribute(node, 'kind') === 'state')
    .slice(0, FORCED_LABELS)
    .map(([node]) => node);
}

/**
 * Infrastructure with visible ties (a pipeline, a corridor): the landmarks of the story, so labelled. Only the
 * strongest FORCED_LABELS of them: a large dataset has hundreds, and forced labels ignore sigma's label grid.
 */
function landmarks(graph: DisplayGraph, ranked: ReadonlyArray<[string, number]>): string[] {
  return ranked
    .filter(([node]) => graph.getNodeAttribute(node, 'kind') === 'infrastructure')
    .slice(0, FORCED_LABELS)
    .map(([node]) => node);
}

/**
 * Curvatures for the visible edges: the ties of one pair fan out symmetrically, a lone tie stays straight.
 * Written here rather than with @sigma/edge-curve's indexParallelEdgesIndex because that module needs WebGL
 * at import (so pure code and its tests could not use it) and it would give hidden ties a slot in the fan.
 */
export function parallelCurvatures(graph: DisplayGraph, edges: Iterable<string>): Map<string, number> {
  const byPair = new Map<string, string[]>();
  for (const edge of edges) {
    const [source, target] = graph.extremities(edge);
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(key);
    if (list) list.push(edge);
    else byPair.set(key, [edge]);
  }
  const curvature = new Map<string, number>();
  for (const list of byPair.values()) {
    list.sort();
    const half = (list.length - 1) / 2;
    list.forEach((edge, i) => {
      const [source, target] = graph.extremities(edge);
      // A curve bends to the left of its own direction: ties drawn the other way round take the opposite sign.
      const sign = source < target ? 1 : -1;
      curvature.set(edge, sign * curvatureOf(i - half, half));
    });
  }
  return curvature;
}

/** sigma's DEFAULT_EDGE_CURVATURE (@sigma/edge-curve), repeated because that module cannot load without WebGL. */
export const BASE_CURVATURE = 0.25;

/** The curvature of the offset-th edge of a fan whose outermost offset is maxOffset (sigma's parallel-edges example). */
export function curvatureOf(offset: number, maxOffset: number): number {
  if (maxOffset <= 0) return 0;
  if (offset < 0) return -curvatureOf(-offset, maxOffset);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxOffset / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * offset) / maxOffset;
}

/** The bounding box of the actors that have a visible tie (all actors if none has), for framing the camera. */
export function tiedBBox(graph: DisplayGraph, view: ViewModel): { x: [number, number]; y: [number, number] } | null {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  const include = (x: number, y: number) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  graph.forEachNode((node, { x, y }) => {
    if (view.strength.has(node)) include(x, y);
  });
  if (!Number.isFinite(minX)) graph.forEachNode((_node, { x, y }) => include(x, y));
  if (!Number.isFinite(minX)) return null;
  return { x: [minX, maxX], y: [minY, maxY] };
}

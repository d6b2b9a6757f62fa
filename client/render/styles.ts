// Node and edge appearance as pure functions of the view model and the highlight: what sigma's reducers return.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Relation } from '../../graph/model/schema.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, KIND_COLORS, edgeColor, fadedColor } from './palette.js';
import type { DisplayNode } from './display-graph.js';
import { edgeType } from './edge-type.js';
import type { Highlight } from './highlight.js';
import type { ViewModel } from './view-model.js';

/** Node radius bounds in pixels at the default zoom. */
export const NODE_SIZE = { min: 3, max: 17, isolated: 2.5 } as const;

/** Edge display data plus the curvature the curved-edge programs read. */
export type EdgeStyle = Partial<EdgeDisplayData> & { curvature?: number };

/** Size of an actor from the sum of its visible tie strengths (square root: area grows with strength). */
export function nodeSize(view: ViewModel, node: string): number {
  const strength = view.strength.get(node) ?? 0;
  if (strength === 0 || view.maxStrength === 0) return NODE_SIZE.isolated;
  return NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(strength / view.maxStrength);
}

/** Longest label drawn on the canvas; the panels show the full name. */
export const MAX_LABEL = 24;

/** A name cut at a word boundary to at most MAX_LABEL characters, with an ellipsis when cut. */
export function shortLabel(name: string): string {
  if (name.length <= MAX_LABEL) return name;
  const cut = name.slice(0, MAX_LABEL - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
}

/** How an actor is drawn. */
export function nodeStyle(
  node: string,
  actor: DisplayNode,
  view: ViewModel,
  highlight: Highlight | null,
): Partial<NodeDisplayData> {
  // sigma uses the reducer's answer in place of the attributes, so even a hidden node keeps its position.
  if (view.notYet.has(node)) return { x: actor.x, y: actor.y, hidden: true };
  // Actors without a visible tie are left out unless something highlights them (a search hit, a path's end).
  const tied = (view.strength.get(node) ?? 0) > 0;
  if (!tied && !highlight?.nodes.has(node)) return { x: actor.x, y: actor.y, hidden: true };
  const style: Partial<NodeDisplayData> = {
    x: actor.x,
    y: actor.y,
    label: shortLabel(actor.name),
    color: KIND_COLORS[actor.kind] ?? '#666666',
    size: nodeSize(view, node),
    forceLabel: view.labelled.has(node),
    zIndex: 1,
  };
  if (!highlight) return style;
  if (highlight.nodes.has(node)) {
    return { ...style, forceLabel: true, zIndex: 2, highlighted: node === highlight.primary };
  }
  return { ...style, color: DIM_NODE_COLOR, label: null, forceLabel: false, zIndex: 0 };
}

/** How a relation is drawn: colour by valence, width by strength, arrow if its kind is directed, curved apart from its parallels. */
export function edgeStyle(
  edge: string,
  relation: Relation,
  directed: boolean,
  view: ViewModel,
  highlight: Highlight | null,
): EdgeStyle {
  const forced = highlight?.forced.has(edge) ?? false;
  if (!view.visibleEdges.has(edge) && !forced) return { hidden: true };
  const spec = RELATION_KINDS[relation.kind];
  const curvature = view.curvature.get(edge) ?? 0;
  // An undated tie under an as-of date holds only by its actors' existence: faded and thin, so it does not read as dated then.
  const undated = view.undated.has(edge);
  const colour = edgeColor(relation.valence, spec.group);
  const style: EdgeStyle = {
    color: undated ? fadedColor(colour) : colour,
    size: (0.6 + 3.4 * relation.strength) * (undated ? 0.5 : 1),
    type: edgeType(directed, curvature),
    curvature,
    label: null,
    zIndex: 1,
  };
  if (!highlight) return style;
  // Edge labels only on highlighted ties, and not inside a fan of parallel ties (they would pile up): the tie card lists those.
  if (highlight.edges.has(edge))
    return {
      ...style,
      label: curvature === 0 || highlight.forced.has(edge) ? spec.label : null,
      size: (style.size ?? 1) + 1,
      zIndex: 2,
    };
  return { ...style, color: DIM_EDGE_COLOR, zIndex: 0 };
}

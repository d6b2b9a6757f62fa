// Which actors and ties stand out: the hovered actor's neighbourhood, else what the open panel is about (path, tie, focus, comparison).
import { readerHighlight } from '../state/reader-state.js';
import type { ExplorerState } from '../state/types.js';
import type { DisplayGraph } from './display-graph.js';
import type { ViewModel } from './view-model.js';

/** Actors and ties to draw in full; everything else is dimmed. `forced` ties are drawn even if the filters hide them. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The actor the highlight is about (hovered or focused), drawn with sigma's highlight ring. */
  primary: string | null;
  /** Ties shown whatever the filters say (a path's structural step). */
  forced: ReadonlySet<string>;
}

/** The highlight the state asks for, or null when nothing stands out. */
export function computeHighlight(graph: DisplayGraph, view: ViewModel, state: ExplorerState): Highlight | null {
  if (state.hovered && graph.hasNode(state.hovered)) return neighbourhood(graph, view, state.hovered);
  switch (state.panel) {
    case 'path':
      return pathHighlight(graph, state);
    case 'reader':
      return readerHighlight(graph, state);
    case 'tie':
      return state.tie ? pairsHighlight(graph, view, [state.tie]) : null;
    case 'compare':
      if (!state.compare) return null;
      if ('pairs' in state.compare) return pairsHighlight(graph, view, state.compare.pairs);
      return actorsHighlight(graph, state.compare.actors);
    default:
      return state.focus && graph.hasNode(state.focus) ? neighbourhood(graph, view, state.focus) : null;
  }
}

/** An actor, its visible ties and the partners at their other ends. */
export function neighbourhood(graph: DisplayGraph, view: ViewModel, node: string): Highlight {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _relation, source, target) => {
    if (!view.visibleEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, primary: node, forced: new Set() };
}

/** The chosen path alternative: its actors and the relation of each step. */
function pathHighlight(graph: DisplayGraph, state: ExplorerState): Highlight | null {
  const result = state.results.paths;
  if (result.status !== 'ok') return null;
  const path = result.data.paths[state.chosenPath];
  if (!path) return null;
  // With roll-up a step's relation may join a firm of the state on the path: light the firm too.
  const onPath = [...path.actors.map((actor) => actor.id), ...path.steps.flatMap((step) => step.via ?? [])];
  const nodes = new Set(onPath.filter((id) => graph.hasNode(id)));
  const edges = new Set(path.relations.map((relation) => relation.id).filter((id) => graph.hasEdge(id)));
  return { nodes, edges, primary: null, forced: edges };
}

/** Pairs of actors and the visible ties between each pair. */
function pairsHighlight(
  graph: DisplayGraph,
  view: ViewModel,
  pairs: readonly (readonly [string, string])[],
): Highlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const [a, b] of pairs) {
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    nodes.add(a).add(b);
    for (const edge of graph.edges(a, b)) if (view.visibleEdges.has(edge)) edges.add(edge);
    for (const edge of graph.edges(b, a)) if (view.visibleEdges.has(edge)) edges.add(edge);
  }
  return { nodes, edges, primary: null, forced: new Set() };
}

function actorsHighlight(graph: DisplayGraph, actors: readonly string[]): Highlight {
  return {
    nodes: new Set(actors.filter((id) => graph.hasNode(id))),
    edges: new Set(),
    primary: null,
    forced: new Set(),
  };
}

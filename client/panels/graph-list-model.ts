// The canvas's text alternative as data: the actors drawn under the current view, strongest first, each with its partners and ties.
import type { ViewModel } from '../render/view-model.js';
import type { DisplayGraph } from '../render/display-graph.js';

/** A partner of a listed actor: the ties drawn between the two. */
export interface ListedPartner {
  id: string;
  name: string;
  ties: number;
}

/** One drawn actor: its name, kind, the strength the canvas sizes it by, and its partners (most ties first). */
export interface ListedActor {
  id: string;
  name: string;
  kind: string;
  strength: number;
  ties: number;
  partners: ListedPartner[];
}

/** The actors the canvas draws (those with a visible tie), strongest first, then by name. */
export function listDrawnActors(
  graph: DisplayGraph,
  view: Pick<ViewModel, 'visibleEdges' | 'notYet' | 'strength'>,
): ListedActor[] {
  const partners = new Map<string, Map<string, number>>();
  const count = (a: string, b: string) => {
    let byPartner = partners.get(a);
    if (!byPartner) partners.set(a, (byPartner = new Map()));
    byPartner.set(b, (byPartner.get(b) ?? 0) + 1);
  };
  for (const edge of view.visibleEdges) {
    if (!graph.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    if (view.notYet.has(source) || view.notYet.has(target) || source === target) continue;
    count(source, target);
    count(target, source);
  }
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  const actors = [...partners].map(([id, byPartner]): ListedActor => {
    const listed = [...byPartner].map(([partner, ties]) => ({ id: partner, name: name(partner), ties }));
    listed.sort((x, y) => y.ties - x.ties || x.name.localeCompare(y.name));
    return {
      id,
      name: name(id),
      kind: graph.getNodeAttribute(id, 'kind'),
      strength: view.strength.get(id) ?? 0,
      ties: listed.reduce((sum, p) => sum + p.ties, 0),
      partners: listed,
    };
  });
  return actors.sort((x, y) => y.strength - x.strength || x.name.localeCompare(y.name));
}

// "Try" suggestions computed from the data shown: its busiest actor, its strongest pair, a comparison and a year inside its range.
import type { DisplayGraph } from '../render/display-graph.js';
import type { ViewModel } from '../render/view-model.js';

/** What the guide suggests; each is null when the data has nothing to show for it. */
export interface TrySuggestions {
  busiest: { id: string; name: string; ties: number } | null;
  strongestPair: { a: string; b: string; label: string; score: number } | null;
  compare: { pairs: [[string, string], [string, string]]; label: string } | null;
  year: string | null;
}

/** The suggestions for the ties drawn under the current view. */
export function trySuggestions(graph: DisplayGraph, view: Pick<ViewModel, 'visibleEdges'>): TrySuggestions {
  const ties = new Map<string, number>();
  const pairs = new Map<string, { a: string; b: string; rest: number }>();
  const years: number[] = [];
  for (const edge of view.visibleEdges) {
    if (!graph.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    const relation = graph.getEdgeAttributes(edge);
    ties.set(source, (ties.get(source) ?? 0) + 1);
    ties.set(target, (ties.get(target) ?? 0) + 1);
    const [a, b] = source < target ? [source, target] : [target, source];
    const pair = pairs.get(`${a}|${b}`) ?? { a, b, rest: 1 };
    pair.rest *= 1 - relation.strength * relation.confidence; // combined score 1 − Π(1 − s·c), as the tie card
    pairs.set(`${a}|${b}`, pair);
    const date = relation.dates?.start ?? relation.dates?.point;
    if (date) years.push(Number(date.slice(0, 4)));
  }
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  const [busiestId, busiestTies] = [...ties].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? [];
  const ranked = [...pairs.values()].sort((x, y) => x.rest - y.rest || (`${x.a}|${x.b}` < `${y.a}|${y.b}` ? -1 : 1));
  const best = ranked[0];
  // Two partners of the busiest actor, strongest first: "compare A–B with A–C".
  const partners = busiestId
    ? ranked.filter((p) => p.a === busiestId || p.b === busiestId).map((p) => (p.a === busiestId ? p.b : p.a))
    : [];
  years.sort((x, y) => x - y);
  return {
    busiest: busiestId ? { id: busiestId, name: name(busiestId), ties: busiestTies! } : null,
    strongestPair: best
      ? { a: best.a, b: best.b, label: `${name(best.a)} – ${name(best.b)}`, score: 1 - best.rest }
      : null,
    compare:
      busiestId && partners.length >= 2
        ? {
            pairs: [
              [busiestId, partners[0]!],
              [busiestId, partners[1]!],
            ],
            label: `${name(busiestId)}–${name(partners[0]!)} with ${name(busiestId)}–${name(partners[1]!)}`,
          }
        : null,
    year: years.length ? String(years[Math.floor(years.length / 2)]) : null,
  };
}

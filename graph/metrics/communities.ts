// Communities metric: Louvain communities (graphology-communities-louvain) on the weighted filtered projection, seeded so results are stable.
import louvain from 'graphology-communities-louvain';
import type { Metric } from './metric.js';
import type { ProjectionGraph } from './projection.js';
import type { Community } from './results.js';
import { mulberry32 } from '../shared/random.js';

/** Members listed per community (those with the most ties first). */
export const COMMUNITY_MEMBERS = 10;

/** Seed of Louvain's random walk: the same graph and filter give the same communities. */
export const LOUVAIN_SEED = 1723;

/** Louvain communities weighted by the projection's tie scores; numbered 0.. by size, largest first. */
export const communitiesMetric: Metric = {
  id: 'communities',
  description:
    'Louvain communities on the filtered undirected projection, weighted by 1 − Π(1 − s·c) per pair; seeded, stable.',
  compute(_graph, scope) {
    const projection = scope.projectionGraph();
    const raw = louvain(projection, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED).next });
    const communities = numberBySize(projection, raw);
    communities.forEach((community) => {
      for (const id of community.all) scope.rows.get(id)!.community = community.id;
    });
    return { communities: communities.map(({ id, size, members }) => ({ id, size, members })) };
  },
};

/** Groups Louvain's arbitrary labels, numbers them largest first (ties broken by first member id) and picks the best-connected members. */
function numberBySize(projection: ProjectionGraph, raw: Record<string, number>): Array<Community & { all: string[] }> {
  const groups = new Map<number, string[]>();
  for (const [id, label] of Object.entries(raw)) {
    const group = groups.get(label) ?? [];
    group.push(id);
    groups.set(label, group);
  }
  const sorted = [...groups.values()]
    .map((ids) => ids.sort((x, y) => projection.degree(y) - projection.degree(x) || x.localeCompare(y)))
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
  return sorted.map((all, id) => ({ id, size: all.length, members: all.slice(0, COMMUNITY_MEMBERS), all }));
}

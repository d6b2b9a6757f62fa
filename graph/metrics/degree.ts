// Degree metric: how many filtered relations each actor has, in, out and in total.
import type { Metric } from './metric.js';

/** Degree, in-degree and out-degree; an undirected relation counts in both `inDegree` and `outDegree`, once in `degree`. */
export const degreeMetric: Metric = {
  id: 'degree',
  description:
    'Relations passing the filter per actor: total, incoming and outgoing (undirected ones count both ways).',
  compute(_graph, scope) {
    for (const row of scope.rows.values()) Object.assign(row, { degree: 0, inDegree: 0, outDegree: 0 });
    for (const { source, target, undirected } of scope.relations) {
      const from = scope.rows.get(source.id)!;
      const to = scope.rows.get(target.id)!;
      from.degree! += 1;
      to.degree! += 1;
      from.outDegree! += 1;
      to.inDegree! += 1;
      if (undirected) {
        from.inDegree! += 1;
        to.outDegree! += 1;
      }
    }
  },
};

// Strength metric: the sum of strength·confidence of each actor's filtered relations, per valence.
import { RELATION_KINDS } from '../model/vocabulary.js';
import type { Metric } from './metric.js';

/** Strength per valence; structural relations (based in, part of) say where an actor sits, not how it relates, so they are left out. */
export const strengthMetric: Metric = {
  id: 'strength',
  description:
    'Sum of strength × confidence of the filtered relations per valence (structural kinds left out); never netted.',
  compute(_graph, scope) {
    for (const row of scope.rows.values()) row.strength = { cooperative: 0, hostile: 0, mixed: 0, neutral: 0 };
    for (const { relation, source, target } of scope.relations) {
      if (RELATION_KINDS[relation.kind].group === 'structural') continue;
      const weight = relation.strength * relation.confidence;
      scope.rows.get(source.id)!.strength![relation.valence] += weight;
      scope.rows.get(target.id)!.strength![relation.valence] += weight;
    }
  },
};

// A path as one line that says what each step is: hostile ties in the chain's sign, structural links marked as such.
import type { Path } from '../path-query.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';

/**
 * "Israel → (rivalry) Iran → …", "United States → Triangle → [party to] Israel": a hostile step names its kind in
 * round brackets before the actor it reaches, a structural step its kind in square brackets; others are plain.
 */
export function pathLine(path: Pick<Path, 'actors' | 'relations' | 'steps'>): string {
  const parts = [path.actors[0]?.name ?? ''];
  path.relations.forEach((relation, i) => {
    const label = RELATION_KINDS[relation.kind].label.toLowerCase();
    const mark = path.steps[i]?.structural ? `[${label}] ` : relation.valence === 'hostile' ? `(${label}) ` : '';
    parts.push(`${mark}${path.actors[i + 1]?.name ?? ''}`);
  });
  return parts.join(' → ');
}

/** Whether a chain holds a hostile tie, so the panel can say its sign is not simply cooperative. */
export function hostileSteps(path: Pick<Path, 'relations'>): number {
  return path.relations.filter((relation) => relation.valence === 'hostile').length;
}

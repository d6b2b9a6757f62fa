// The profile's index, one definition: per side the mean of the strongest weight in its verbal and material domain; and a pair's tie intensity from it.
import type { Domain } from '../model/vocabulary.js';
import type { ProfileIndex } from './profile-results.js';

/**
 * The indices from the strongest weight (strength × confidence) of each domain, 0 where a domain has none:
 * `cooperation` = mean of verbal and material cooperation, `conflict` likewise. A copy of a relation leaves every
 * maximum as it was; a fact in an empty domain raises its side; a dozen weak facts stay as weak as the strongest.
 */
export function indexOfStrongest(strongest: (domain: Domain) => number): ProfileIndex {
  return {
    cooperation: (strongest('verbal-cooperation') + strongest('material-cooperation')) / 2,
    conflict: (strongest('verbal-conflict') + strongest('material-conflict')) / 2,
  };
}

/**
 * How intense a tie is whatever its sign, for measures that take one weight per pair (the metrics' projection):
 * the mean of the two sides, so a conflict adds to a cooperation rather than cancelling it (never netted), and
 * the value keeps the index's properties (split invariance, a fact in an empty domain raises it, no saturation).
 */
export function tieIntensity(index: ProfileIndex): number {
  return (index.cooperation + index.conflict) / 2;
}

// Aligns the profiles of a comparison: every side gets every domain and every kind any side has, in one order.
import { DOMAINS, type RelationKind } from '../model/vocabulary.js';
import { byVocabulary, kindRow } from './build-profile.js';
import type { DomainProfile } from './profile-results.js';

/** The rows a comparison shows: every domain, and the union of the kinds of all sides in vocabulary order. */
export function comparisonRows(profiles: readonly DomainProfile[]): {
  domains: (typeof DOMAINS)[number][];
  kinds: RelationKind[];
} {
  const kinds = new Set<RelationKind>();
  for (const profile of profiles) for (const row of profile.kinds) kinds.add(row.kind);
  return { domains: [...DOMAINS], kinds: [...kinds].sort(byVocabulary) };
}

/** The profile with a row for every kind in `kinds`, in that order; a kind it lacks gets an empty row ("none"). */
export function alignKinds(profile: DomainProfile, kinds: readonly RelationKind[]): DomainProfile {
  const present = new Map(profile.kinds.map((row) => [row.kind, row]));
  return { ...profile, kinds: kinds.map((kind) => present.get(kind) ?? kindRow(kind)) };
}

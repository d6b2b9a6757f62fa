// Semantic checks on ids: duplicates, and references to actors that the dataset does not declare.
import type { DatasetParts } from './dataset-parts.js';
import { type DatasetIssue, DuplicateId, SelfLoop, UnknownActor } from './dataset-issues.js';
import { didYouMean } from './did-you-mean.js';
import { atSliceEnd, type Sliced } from '../shared/slices.js';

/** Unknown actor ids that get a did-you-mean; later ones are listed without. */
const HINTED_UNKNOWN_IDS = 50;

/**
 * Ids declared twice. Sources, actors and relations share one id space: a URL or a search result that
 * names an id then means one thing, and a relation named like an actor is almost always a slip.
 */
export function* duplicateIdIssues(parts: DatasetParts): Sliced<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  const seen = new Map<string, string>();
  for (const section of ['sources', 'actors', 'relations'] as const) {
    for (const { index, item: id } of parts.ids[section]) {
      const path = `/${section}/${index}/id`;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path);
      else issues.push(new DuplicateId(parts.file, path, `id "${id}" is already used at ${first}`));
      if (atSliceEnd(index)) yield;
    }
  }
  return issues;
}

/** Relation ends, `country` and `partOf` that name no declared actor, and relations from an actor to itself. */
export function* actorReferenceIssues(parts: DatasetParts): Sliced<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  const known = new Set(parts.ids.actors.map(({ item }) => item));
  // A did-you-mean for the first unknown ids only: each scans every declared id, and a file with thousands wrong has a bigger problem.
  let hinted = 0;
  const check = (id: string, path: string, role: string): void => {
    if (known.has(id)) return;
    const hint = hinted++ < HINTED_UNKNOWN_IDS ? didYouMean(id, known) : '';
    issues.push(new UnknownActor(parts.file, path, `${role} "${id}" is not a declared actor${hint}`));
  };
  for (const { index, item: actor } of parts.actors) {
    if (actor.country !== undefined) check(actor.country, `/actors/${index}/country`, 'country');
    if (actor.partOf !== undefined) check(actor.partOf, `/actors/${index}/partOf`, 'partOf');
    if (actor.partOf === actor.id) {
      issues.push(new SelfLoop(parts.file, `/actors/${index}/partOf`, `actor "${actor.id}" cannot be part of itself`));
    }
    if (atSliceEnd(index)) yield;
  }
  for (const { index, item: relation } of parts.relations) {
    check(relation.source, `/relations/${index}/source`, 'source');
    check(relation.target, `/relations/${index}/target`, 'target');
    if (relation.source === relation.target) {
      issues.push(
        new SelfLoop(
          parts.file,
          `/relations/${index}/target`,
          `relation "${relation.id}" joins "${relation.source}" to itself`,
        ),
      );
    }
    if (atSliceEnd(index)) yield;
  }
  return issues;
}

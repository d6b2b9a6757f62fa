// A kind outside the vocabulary where a --default kind is given: the default used, the file's word kept and counted.
import { ACTOR_KINDS, isRelationKind } from '../model/vocabulary.js';
import type { FieldReader } from './field-reader.js';
import type { Origin } from './import-issues.js';
import type { ImportReport } from './import-report.js';
import { asActorKind } from './record-to-actor.js';
import { asRelationKind } from './record-to-relation.js';

const KNOWN = {
  nodes: (kind: string) => (ACTOR_KINDS as readonly string[]).includes(asActorKind(kind) as string),
  edges: (kind: string) => isRelationKind(asRelationKind(kind) as string),
};

/**
 * A kind the vocabulary lacks (Kumu's "Personal", Gephi's "Undirected") where a `--default kind` is given: the record
 * is to be read with the default instead, the file's word kept in `attributes.kind`, and a warning counts it. Without
 * a (valid) default it is refused later. Returns the record with the default in place, or undefined if the kind is fine.
 */
export function kindFallback(
  values: Record<string, unknown>,
  reader: FieldReader,
  fallback: unknown,
  side: 'nodes' | 'edges',
  origin: Origin,
  report: ImportReport,
): { values: Record<string, unknown>; kind: string } | undefined {
  const known = KNOWN[side];
  const kind = reader.get(values, 'kind');
  if (typeof kind !== 'string' || kind.trim() === '' || known(kind) || typeof fallback !== 'string' || !known(fallback))
    return undefined;
  const node = side === 'nodes';
  report.warn(
    node ? 'NODE_KIND_DEFAULTED' : 'EDGE_KIND_DEFAULTED',
    `${node ? 'node' : 'edge'} kinds outside the vocabulary: the --default ${node ? 'node.' : ''}kind used, the file's word kept in attributes.kind`,
    origin,
    `"${kind}" → "${fallback}"`,
  );
  return { values: { ...values, [reader.column('kind')]: fallback }, kind };
}

// A tiny hand-made graph view (the shape GET /api/graph answers) for the renderer's pure tests.
import type { Actor, Relation } from '../../../graph/model/schema.js';
import type { GraphView } from '../../../graph/query/graph-view.js';
import { RELATION_KINDS, type RelationKind } from '../../../graph/model/vocabulary.js';

const actor = (id: string, kind: Actor['kind'] = 'state', exists?: string): Actor => ({
  id,
  name: id.toUpperCase(),
  kind,
  aliases: [],
  ...(exists ? { exists: { start: exists } } : {}),
});

/** A relation with sensible defaults; `start` dates it. */
export function relation(
  id: string,
  kind: RelationKind,
  source: string,
  target: string,
  extra: Partial<Relation> = {},
): Relation {
  return {
    id,
    kind,
    source,
    target,
    valence: RELATION_KINDS[kind].valences[0]!,
    strength: 0.5,
    strengthBasis: 'scale',
    strengthNote: 'test',
    confidence: 0.8,
    stance: 'asserted',
    evidence: [{ source: 'src', quote: `quote of ${id}` }],
    ...extra,
  };
}

/** Israel–Azerbaijan with three ties (one each way plus an undirected one), a hostile Iran, a firm based in Israel, an untied actor. */
export function fixtureView(): GraphView {
  const actors = [
    actor('israel'),
    actor('azerbaijan', 'state', '1991'),
    actor('iran'),
    actor('iai', 'firm'),
    actor('loner', 'organisation'),
  ];
  const relations = [
    relation('arms-1', 'arms-transfer', 'israel', 'azerbaijan', { strength: 0.9, dates: { start: '2012' } }),
    relation('oil-1', 'energy-supply', 'azerbaijan', 'israel', { strength: 0.7, dates: { start: '1995' } }),
    relation('partner-1', 'strategic-partnership', 'israel', 'azerbaijan', { strength: 0.8 }),
    relation('rival-1', 'rivalry', 'iran', 'israel', { strength: 0.9, confidence: 0.9 }),
    relation('iai-based', 'based-in', 'iai', 'israel', { strength: 1 }),
  ];
  return {
    attributes: { id: 'fixture', title: 'Fixture', sources: [] },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: actors.map((a) => ({ key: a.id, attributes: a })),
    edges: relations.map((r) => ({
      key: r.id,
      source: r.source,
      target: r.target,
      attributes: r,
      undirected: !RELATION_KINDS[r.kind].directed,
    })),
  };
}

// The relation form's choices and its record, without the DOM: kinds grouped by valence with their roles spelled out, the pair proposed from the mentions, the Relation built.
import type { Amount, Relation, RelationDates } from '../../graph/model/schema.js';
import {
  KIND_GROUPS,
  RELATION_KIND_IDS,
  RELATION_KINDS,
  type AmountMeasure,
  type KindGroup,
  type RelationKind,
  type Stance,
  type StrengthBasis,
  type Valence,
} from '../../graph/model/vocabulary.js';
import type { ActorRef } from '../../graph/sources/results.js';
import { recordId } from './record-id.js';

/** How a kind's two ends read: "supplier → recipient", or that the kind has no direction. */
export function kindRoles(kind: RelationKind): string {
  const spec = RELATION_KINDS[kind];
  if (!spec.directed) return 'both sides alike (no direction)';
  const [source, target] = spec.roles ?? ['source', 'target'];
  return `${source} → ${target}`;
}

/** The kinds by group (cooperative, hostile, mixed, neutral, structural), each with its label and roles, for the kind select. */
export function kindChoices(): Array<{ group: KindGroup; kinds: Array<{ id: RelationKind; label: string }> }> {
  return KIND_GROUPS.map((group) => ({
    group,
    kinds: RELATION_KIND_IDS.filter((id) => RELATION_KINDS[id].group === group).map((id) => ({
      id,
      label: `${RELATION_KINDS[id].label} (${kindRoles(id)})`,
    })),
  }));
}

/** The source and target proposed from the actors mentioned in a passage: the first two different ones, in order. */
export function proposePair(mentioned: readonly ActorRef[]): [string | null, string | null] {
  const ids = [...new Set(mentioned.map((actor) => actor.id))];
  return [ids[0] ?? null, ids[1] ?? null];
}

/** A relation id from its pair, kind and year ("israel-azerbaijan-arms-transfer-2016"). */
export function draftRelationId(source: string, target: string, kind: string, year = ''): string {
  return recordId(`${source} ${target}`, kind, year);
}

/** What the form holds, as typed (numbers already parsed; empty optional fields as ''). */
export interface RelationFormValues {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  valence: Valence;
  strength: number;
  strengthBasis: StrengthBasis;
  strengthNote: string;
  confidence: number;
  stance: Stance;
  dates: { start: string; end: string; point: string };
  amount: { value: number | null; currency: string; unit: string; measure: AmountMeasure | '' };
  evidence: { source: string; quote: string; start: number };
  note: string;
}

/** The Relation the form describes: optional parts left out when empty, the quote exactly as selected. */
export function buildRelation(values: RelationFormValues): Relation {
  const dates: RelationDates = {};
  for (const part of ['start', 'end', 'point'] as const)
    if (values.dates[part].trim()) dates[part] = values.dates[part].trim();
  const amount: Amount | null =
    values.amount.value === null
      ? null
      : {
          value: values.amount.value,
          ...(values.amount.currency.trim() ? { currency: values.amount.currency.trim().toUpperCase() } : {}),
          ...(values.amount.unit.trim() ? { unit: values.amount.unit.trim() } : {}),
          ...(values.amount.measure ? { measure: values.amount.measure } : {}),
        };
  return {
    id: values.id,
    kind: values.kind,
    source: values.source,
    target: values.target,
    valence: values.valence,
    strength: values.strength,
    strengthBasis: values.strengthBasis,
    strengthNote: values.strengthNote.trim(),
    confidence: values.confidence,
    stance: values.stance,
    ...(Object.keys(dates).length ? { dates } : {}),
    ...(amount ? { amounts: [amount] } : {}),
    evidence: [{ source: values.evidence.source, quote: values.evidence.quote, start: values.evidence.start }],
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
}

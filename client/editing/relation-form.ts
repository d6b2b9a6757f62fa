// The New relation form's fields: the quote and where it is, the two actors (swap), the kind with its roles, measurement beside strength and confidence, dates, amount, id — filled from a draft and read back as a Relation.
import type { Relation } from '../../graph/model/schema.js';
import { CONFIDENCE_LADDER, moneyStrength } from '../../graph/model/measurement.js';
import {
  AMOUNT_MEASURES,
  relationKindSpec,
  STANCES,
  STRENGTH_BASES,
  type AmountMeasure,
  type RelationKind,
  type Stance,
  type StrengthBasis,
  type Valence,
} from '../../graph/model/vocabulary.js';
import type { ActorRef } from '../../graph/sources/results.js';
import type { AppContext } from '../app/context.js';
import type { FieldIssue } from '../api/writes.js';
import { h } from '../panels/dom.js';
import { formField, type FormField } from './form-field.js';
import { stanceLadder, strengthRubric } from './measurement-help.js';
import { cueText, passageDate, suggestKind } from './passage-cues.js';
import { actorChoice, swapChoices } from './relation-actors.js';
import { buildRelation, draftRelationId, kindChoices, kindRoles, proposePair } from './relation-draft.js';

/** What the form opens with: the quote, where it is, and the actors mentioned in it. */
export interface RelationDraft {
  source: string;
  quote: string;
  start: number;
  mentioned: readonly ActorRef[];
}

/** The fields of the form, laid out, with what fills, checks and reads them. */
export interface RelationFields {
  /** The rows in their order, from the quote to the id. */
  rows: HTMLElement[];
  /** Every field a server issue may name (the quote's included). */
  fields: FormField<HTMLElement>[];
  /** Sets the defaults and what the draft proposes (after the form's reset); answers the control to focus first. */
  fill(draft: RelationDraft): HTMLElement;
  /** What the browser can tell is missing or wrong before asking the server. */
  localIssues(): FieldIssue[];
  /** The relation the fields describe, with the draft's quote as its evidence. */
  read(draft: RelationDraft): Relation;
}

const option = (value: string, label: string) => h('option', { value }, label);

/** Builds the fields of the New relation form and wires the ones that follow each other (kind → valences, stance → confidence, amount → strength, id). */
export function relationFields(context: AppContext): RelationFields {
  const sourceChoice = actorChoice(context, 'source', () => suggestId());
  const targetChoice = actorChoice(context, 'target', () => suggestId());
  const [sourceActor, targetActor] = [sourceChoice.select, targetChoice.select];
  const swap = h('button', { type: 'button', id: 'relation-swap' }, 'Swap ⇅');
  const kind = h(
    'select',
    {},
    kindChoices().map(({ group, kinds }) =>
      h(
        'optgroup',
        { label: group },
        kinds.map((k) => option(k.id, k.label)),
      ),
    ),
  );
  const roles = h('p', { class: 'muted small', id: 'relation-roles', 'aria-live': 'polite' });
  const suggested = h('p', { class: 'muted small', id: 'relation-suggested' });
  const valence = h('select', {});
  const strength = h('input', { type: 'number', min: '0', max: '1', step: '0.05', value: '0.5' });
  const basis = h(
    'select',
    {},
    STRENGTH_BASES.map((b) => option(b, b)),
  );
  const note = h('input', { autocomplete: 'off', value: 'moderate: the size is not stated' });
  const stance = h(
    'select',
    {},
    STANCES.map((s) => option(s, s)),
  );
  const confidence = h('input', { type: 'number', min: '0', max: '1', step: '0.05', value: '0.95' });
  const date = (placeholder: string) => h('input', { placeholder, inputmode: 'numeric', autocomplete: 'off' });
  const [start, end, point] = [date('YYYY[-MM[-DD]]'), date('YYYY[-MM[-DD]]'), date('YYYY[-MM[-DD]]')];
  const amount = h('input', { type: 'number', min: '0', step: 'any' });
  const currency = h('input', { placeholder: 'USD', maxlength: '3', autocomplete: 'off' });
  const measure = h(
    'select',
    {},
    option('', '—'),
    AMOUNT_MEASURES.map((m) => option(m, m)),
  );
  const remark = h('textarea', { rows: '2' });
  const id = h('input', { autocomplete: 'off', spellcheck: 'false' });
  const where = h('p', { class: 'muted small', id: 'relation-where' });
  const quote = h('blockquote', { class: 'relation-quote', id: 'relation-quote' });
  const quoteError = h('p', { class: 'field-error', id: 'relation-quote-error' });
  const f = {
    source: formField('relation-source', 'Source actor', sourceActor),
    target: formField('relation-target', 'Target actor', targetActor),
    kind: formField('relation-kind', 'Kind', kind),
    valence: formField('relation-valence', 'Valence', valence),
    strength: formField('relation-strength', 'Strength (0–1)', strength),
    basis: formField('relation-basis', 'Basis', basis, { names: ['strengthBasis'] }),
    note: formField('relation-strength-note', 'Why this strength', note, { names: ['strengthNote'] }),
    stance: formField('relation-stance', 'Stance', stance),
    confidence: formField('relation-confidence', 'Confidence (0–1)', confidence),
    start: formField('relation-start', 'From', start, { names: ['dates.start', 'dates'] }),
    end: formField('relation-end', 'Until', end, { names: ['dates.end'] }),
    point: formField('relation-point', 'On (a point in time)', point, { names: ['dates.point'] }),
    amount: formField('relation-amount', 'Amount', amount, { names: ['amounts'] }),
    currency: formField('relation-currency', 'Currency', currency, { names: [] }),
    measure: formField('relation-measure', 'Measure', measure, { names: [] }),
    remark: formField('relation-note', 'Note', remark, { names: ['note'] }),
    id: formField('relation-id', 'Id', id),
  };
  const quoteField = { control: quote, row: quote, error: quoteError, names: ['evidence'] };
  let idEdited = false;
  const syncKind = () => {
    const spec = relationKindSpec(kind.value as RelationKind);
    const [from, to] = spec.roles ?? ['source', 'target'];
    roles.textContent = spec.directed
      ? `${spec.label}: ${kindRoles(kind.value as RelationKind)}. Source actor is the ${from}, target the ${to}. ${spec.description}`
      : `${spec.label}: no direction, the order of the two actors does not matter. ${spec.description}`;
    const previous = valence.value;
    valence.replaceChildren(...spec.valences.map((v) => option(v, v)));
    valence.value = (spec.valences as readonly string[]).includes(previous) ? previous : spec.valences[0]!;
    suggestId();
  };
  const suggestId = () => {
    if (!idEdited && sourceActor.value && targetActor.value)
      id.value = draftRelationId(
        sourceActor.value,
        targetActor.value,
        kind.value,
        (point.value || start.value).slice(0, 4),
      );
  };
  kind.addEventListener('change', syncKind);
  for (const input of [start, point]) input.addEventListener('change', suggestId);
  id.addEventListener('input', () => (idEdited = id.value !== ''));
  swap.addEventListener('click', () => {
    swapChoices(sourceChoice, targetChoice);
    suggestId();
  });
  // The stance sets the confidence of its rung; an amount in a currency sets the strength on the money scale.
  stance.addEventListener('change', () => (confidence.value = String(CONFIDENCE_LADDER[stance.value as Stance][0])));
  amount.addEventListener('change', () => {
    const value = Number(amount.value);
    if (!amount.value || !(value > 0)) return;
    strength.value = moneyStrength(value).toFixed(2);
    basis.value = 'amount';
    note.value = `${currency.value || 'USD'} ${value.toLocaleString('en-GB')}: (log10 - 6) / 4`;
  });

  return {
    rows: [
      where,
      quote,
      quoteError,
      h('div', { class: 'field-pair' }, f.source.row, f.target.row),
      h('div', { class: 'field-pair' }, sourceChoice.finder, targetChoice.finder),
      h('p', { class: 'buttons start' }, swap),
      f.kind.row,
      suggested,
      roles,
      f.valence.row,
      h('div', { class: 'field-pair' }, f.strength.row, f.basis.row),
      f.note.row,
      strengthRubric(),
      h('div', { class: 'field-pair' }, f.stance.row, f.confidence.row),
      stanceLadder(),
      h('div', { class: 'field-triple' }, f.start.row, f.end.row, f.point.row),
      h('div', { class: 'field-triple' }, f.amount.row, f.currency.row, f.measure.row),
      f.remark.row,
      f.id.row,
    ],
    fields: [...Object.values(f), quoteField],
    fill(next) {
      idEdited = false;
      // The defaults of a tie whose text gives no size, asserted by the author (the measurement model's usual case).
      strength.value = '0.5';
      basis.value = 'rubric';
      note.value = 'moderate: the size is not stated';
      stance.value = 'asserted';
      confidence.value = String(CONFIDENCE_LADDER.asserted[0]);
      quote.textContent = next.quote;
      where.textContent = `Evidence: characters ${next.start}–${next.start + next.quote.length} of source "${next.source}", exactly as selected.`;
      const [proposedSource, proposedTarget] = proposePair(next.mentioned);
      sourceChoice.fill(next.mentioned, proposedSource);
      targetChoice.fill(next.mentioned, proposedTarget);
      // What the passage itself gives: a kind its words point to and its one date, said so the analyst checks them.
      const cue = suggestKind(next.quote);
      if (cue) kind.value = cue.kind;
      const when = passageDate(next.quote);
      if (when) (when.part === 'start' ? start : point).value = when.value;
      suggested.textContent = cueText(cue, when);
      syncKind();
      return proposedSource && proposedTarget ? kind : sourceActor;
    },
    localIssues() {
      return [
        !sourceActor.value && { field: 'source', message: 'Choose the source actor.' },
        !targetActor.value && { field: 'target', message: 'Choose the target actor.' },
        sourceActor.value &&
          sourceActor.value === targetActor.value && { field: 'target', message: 'Source and target must differ.' },
        !note.value.trim() && { field: 'strengthNote', message: 'Say in one line why this strength.' },
      ].filter((issue): issue is { field: string; message: string } => Boolean(issue));
    },
    read(draft) {
      return buildRelation({
        id: id.value.trim(),
        kind: kind.value as RelationKind,
        source: sourceActor.value,
        target: targetActor.value,
        valence: valence.value as Valence,
        strength: Number(strength.value),
        strengthBasis: basis.value as StrengthBasis,
        strengthNote: note.value,
        confidence: Number(confidence.value),
        stance: stance.value as Stance,
        dates: { start: start.value, end: end.value, point: point.value },
        amount: {
          value: amount.value ? Number(amount.value) : null,
          currency: currency.value,
          unit: '',
          measure: measure.value as AmountMeasure | '',
        },
        evidence: { source: draft.source, quote: draft.quote, start: draft.start },
        note: remark.value,
      });
    },
  };
}

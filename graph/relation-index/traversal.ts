// A path query compiled against the index: which slots may be walked and what each relation weighs, read from typed arrays.
import { DIRECTION_IN, DIRECTION_OUT, KIND_CODE, VALENCE_CODE, type RelationIndexCore } from './relation-index.js';
import { RELATION_KINDS } from '../model/vocabulary.js';
import { parsePartialDate } from '../model/dates.js';
import { allowedKinds, type RelationFilter } from '../shared/filter.js';
import { QueryError } from '../errors.js';
import { STRUCTURAL_STEP_WEIGHT, type PathMode, type PathWeight } from './path-query.js';

/** 1 for the kind codes of structural kinds, whose steps weigh STRUCTURAL_STEP_WEIGHT. */
export const STRUCTURAL_CODE = (() => {
  const codes = new Uint8Array(256);
  for (const [kind, code] of KIND_CODE) if (RELATION_KINDS[kind].domain === 'structural') codes[code] = 1;
  return codes;
})();

/** The query's rules of traversal, checked per slot without touching a relation record. */
export class Traversal {
  readonly kindOk = new Uint8Array(256);
  readonly valenceOk = new Uint8Array(256);
  readonly minStrength: number;
  readonly minConfidence: number;
  readonly asOfFirst: number;
  readonly asOfLast: number;
  readonly hasAsOf: boolean;
  readonly datedOnly: boolean;
  readonly useConfidence: boolean;
  /** Strongest and widest cannot walk a zero-weight relation (its −log is infinite; it carries nothing). */
  readonly positiveOnly: boolean;
  /** With roll-up: 1 for the membership links that fold a firm or body into its state (they weigh 1 and run both ways). */
  readonly fold: Uint8Array | undefined;

  /** Compiles the filter; throws QueryError naming the field of an impossible or malformed constraint. */
  constructor(
    readonly index: RelationIndexCore,
    readonly mode: PathMode,
    readonly directed: boolean,
    weight: PathWeight,
    filter: RelationFilter,
    folds?: Int32Array,
  ) {
    for (const kind of allowedKinds(filter)) {
      const code = KIND_CODE.get(kind);
      if (code === undefined) throw new QueryError('kinds', `unknown relation kind "${String(kind)}"`);
      this.kindOk[code] = 1;
    }
    for (const valence of filter.valence ?? VALENCE_CODE.keys()) {
      const code = VALENCE_CODE.get(valence);
      if (code === undefined) throw new QueryError('valence', `unknown valence "${String(valence)}"`);
      this.valenceOk[code] = 1;
    }
    this.minStrength = checkUnit(filter.minStrength, 'minStrength');
    this.minConfidence = checkUnit(filter.minConfidence, 'minConfidence');
    const asOf = filter.asOf === undefined ? undefined : parsePartialDate(filter.asOf);
    if (filter.asOf !== undefined && !asOf)
      throw new QueryError('asOf', `"${filter.asOf}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    this.hasAsOf = asOf !== undefined;
    this.asOfFirst = asOf?.first ?? 0;
    this.asOfLast = asOf?.last ?? 0;
    // As in compileFilter: datedOnly only means something together with an as-of date.
    this.datedOnly = this.hasAsOf && filter.datedOnly === true;
    this.useConfidence = weight === 'strength-confidence';
    this.positiveOnly = mode !== 'shortest';
    if (folds && folds.length > 0) {
      this.fold = new Uint8Array(index.relationCount);
      for (const r of folds) this.fold[r] = 1;
    }
  }

  /** The relation's weight if it passes the filter, else -1. */
  weight(r: number): number {
    const index = this.index;
    // A fold link is not a tie but the identity of a firm with its state: only time limits it (no firm before it exists).
    if (this.fold !== undefined && this.fold[r] === 1) return this.activeAsOf(r) ? 1 : -1;
    if (this.kindOk[index.kind[r]!] === 0 || this.valenceOk[index.valence[r]!] === 0) return -1;
    const strength = index.strength[r]!;
    const confidence = index.confidence[r]!;
    if (strength < this.minStrength || confidence < this.minConfidence) return -1;
    if (!this.activeAsOf(r) || (this.datedOnly && index.dated[r] === 0)) return -1;
    // positiveOnly is exactly the weighted modes (strongest, widest), where a structural step weighs STRUCTURAL_STEP_WEIGHT.
    const w =
      this.positiveOnly && STRUCTURAL_CODE[index.kind[r]!] === 1
        ? STRUCTURAL_STEP_WEIGHT
        : this.useConfidence
          ? strength * confidence
          : strength;
    return this.positiveOnly && w <= 0 ? -1 : w;
  }

  /** True if the relation was active as of the query's date (always, without one). */
  activeAsOf(r: number): boolean {
    return !this.hasAsOf || (this.index.activeFrom[r]! <= this.asOfLast && this.index.activeTo[r]! >= this.asOfFirst);
  }

  /** True if a path may use this slot leaving its node (forward) or arriving at its node (backward). */
  open(slot: number, forward: boolean): boolean {
    if (!this.directed) return true;
    if (this.fold !== undefined && this.fold[this.index.slotRelation[slot]!] === 1) return true;
    const direction = this.index.slotDirection[slot]!;
    return forward ? direction !== DIRECTION_IN : direction !== DIRECTION_OUT;
  }
}

function checkUnit(value: number | undefined, field: string): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw new QueryError(field, 'must be a number from 0 to 1');
  return value;
}

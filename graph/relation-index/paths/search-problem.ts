// One best-path search as Yen's algorithm poses it: from a spur node to the target, within a hop budget, avoiding banned nodes and first steps.

/** A single-pair search; `bans` is the stamp that marks banned nodes and banned first steps in the scratch. */
export interface SearchProblem {
  source: number;
  target: number;
  hopLimit: number;
  bans: number;
  /** Widest only: the weakest link of the fixed root path before `source` (Infinity when there is none). */
  cap: number;
  /** Strongest only: spur paths costing more than this (Σ −log w) cannot make the top k (Infinity when unknown). */
  costBound?: number;
}

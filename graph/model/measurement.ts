// The measurement model's fixed values in code: the confidence ladder by stance and the strength tiers for ties without an amount.
import type { Stance } from './vocabulary.js';

/**
 * Confidence by stance (`MEASUREMENT.md`, "Confidence"): the values a relation of each stance may carry without a note.
 * The first is the usual one; a value off its stance's rung needs a `note` that gives the reason and says "confidence".
 */
export const CONFIDENCE_LADDER: Readonly<Record<Stance, readonly number[]>> = {
  asserted: [0.95, 0.85], // a dated or definitional fact the author asserts; the same in general terms
  implied: [0.75, 0.6], // clearly implied by the text or a name; implied by reading context
  reported: [0.6, 0.5], // attributed to a named reporter or speaker; "reports emerged"
  alleged: [0.35, 0.3], // "claims", "media sources claim"; "alleged", "presumably"
  hypothetical: [0.25], // "could", "would", an idea floated
};

/** True if the confidence sits on its stance's rung of the ladder. */
export function onLadder(stance: Stance, confidence: number): boolean {
  return CONFIDENCE_LADDER[stance].some((rung) => Math.abs(rung - confidence) < 1e-9);
}

/** Ordinal strength tiers for a tie whose text gives no amount; an unstated size is `moderate`, never large. */
export const STRENGTH_TIERS = { slight: 0.3, moderate: 0.5, strong: 0.8, superlative: 0.95 } as const;

/** Money on one scale per currency and measure: (log10(value) − 6) / 4, clamped, so $1 million → 0 and $10 billion → 1. */
export function moneyStrength(value: number): number {
  return Math.max(0, Math.min(1, (Math.log10(value) - 6) / 4));
}

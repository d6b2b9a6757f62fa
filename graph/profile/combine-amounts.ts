// Amounts combined only within one unit and measure: transactions, annual totals and TIV add up, cumulative totals and shares do not.
import type { Relation } from '../model/schema.js';
import type { AmountMeasure } from '../model/vocabulary.js';
import type { AmountTotal } from './profile-results.js';

const ADDITIVE: ReadonlySet<AmountMeasure> = new Set(['transaction', 'annual', 'tiv']);

/**
 * One total per unit and measure over the facts' relations (one relation per fact, so a copy is not counted twice).
 * An amount with no declared measure is never summed: the largest stands for its group.
 */
export function combineAmounts(relations: readonly Relation[]): AmountTotal[] {
  const groups = new Map<string, AmountTotal>();
  for (const relation of relations) {
    for (const amount of relation.amounts ?? []) {
      const measure = amount.measure ?? 'unspecified';
      const key = `${amount.currency ?? ''}\u0000${amount.unit ?? ''}\u0000${measure}`;
      const combined = amount.measure !== undefined && ADDITIVE.has(amount.measure) ? 'sum' : 'largest';
      const total = groups.get(key);
      if (!total) {
        const fresh: AmountTotal = { measure, combined, value: amount.value, count: 1 };
        if (amount.currency !== undefined) fresh.currency = amount.currency;
        if (amount.unit !== undefined) fresh.unit = amount.unit;
        groups.set(key, fresh);
      } else {
        total.value = combined === 'sum' ? total.value + amount.value : Math.max(total.value, amount.value);
        total.count += 1;
      }
    }
  }
  return [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, total]) => total);
}

// The caption of a large drawing: how much of the dataset is drawn, which part, and how to load more.
import type { ExplorerState } from '../state/types.js';

/** What the caption reports. */
export interface LargeCounts {
  /** Actors shown: loaded (the overview, expansions, paths) and with a tie that passes the filters. */
  drawn: number;
  /** Actors in the dataset. */
  total: number;
  /** Actors whose neighbours were loaded. */
  expanded: number;
  /** Ties shown and ties in the dataset. */
  ties: number;
  totalTies: number;
}

const number = new Intl.NumberFormat('en-GB');

/** "2,000 of 100,000 actors — the strongest; double-click an actor or use Expand to load its neighbours." and the ties shown. */
export function largeSummaryText(counts: LargeCounts, state: Pick<ExplorerState, 'asOf' | 'filters'>): string {
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`largeSummaryText: \`${name}\` must be a count (got ${value})`);
  }
  const which =
    counts.expanded > 0
      ? `the strongest and the neighbours of ${number.format(counts.expanded)} ${counts.expanded === 1 ? 'actor' : 'actors'}`
      : 'the strongest';
  const when = state.asOf ? ` as of ${state.asOf}${state.filters.datedOnly ? ' (dated ties only)' : ''}` : '';
  return (
    `${number.format(counts.drawn)} of ${number.format(counts.total)} actors — ${which}; ` +
    `${number.format(counts.ties)} of ${number.format(counts.totalTies)} ties shown${when}. ` +
    'Double-click an actor or use Expand to load its neighbours.'
  );
}

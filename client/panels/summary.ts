// The caption under the canvas: how many actors and ties are shown, as of when; also the canvas's text alternative.
import type { AppContext } from '../app/context.js';
import { largeSummaryText } from '../large/large-summary.js';
import type { ExplorerState } from '../state/types.js';

/** The caption's text for the counts of a view. */
export function summaryText(
  actors: number,
  ties: number,
  total: number,
  state: Pick<ExplorerState, 'asOf' | 'filters'>,
): string {
  const when = state.asOf ? ` as of ${state.asOf}${state.filters.datedOnly ? ' (dated ties only)' : ''}` : '';
  return `${actors} actors and ${ties} of ${total} ties shown${when}.`;
}

/** Fills `root` with the caption; returns the function that keeps it current. */
export function mountSummary(root: HTMLElement, context: AppContext): (state: ExplorerState) => void {
  return (state) => {
    const view = context.renderer.view();
    const actors = [...view.strength.keys()].filter((id) => !view.notYet.has(id)).length;
    const { large } = context;
    root.textContent = large
      ? (large.busy() ? 'Loading more of the graph… ' : '') +
        largeSummaryText(
          {
            drawn: actors,
            total: large.total.actors,
            expanded: large.expanded().size,
            ties: view.visibleEdges.size,
            totalTies: large.total.relations,
          },
          state,
        )
      : summaryText(actors, view.visibleEdges.size, context.graph.size, state) +
        (context.filePositions ? ' Positions from the imported file.' : '');
  };
}

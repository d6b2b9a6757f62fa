// Revert on a history entry (editors, not while travelling): undoes that revision as a new change; a refusal is shown in the entry, with what to do next.
import { describeWriteError, sendJson, WriteError } from '../api/writes.js';
import type { AppContext } from '../app/context.js';
import { afterWrite } from '../editing/edit-after-write.js';
import { editorControls } from '../editing/edit-buttons.js';
import { h } from '../panels/dom.js';
import type { Change } from './history-api.js';

/** The sentence after a refused revert: a 412 means a later change touched the same records. */
export function revertRefusal(error: unknown, revision: number): string {
  if (error instanceof WriteError && error.status === 412)
    return `Revision ${revision} cannot be undone as it stands: its records were changed after it. Revert the later changes first (newest first), or edit the record by hand.`;
  return describeWriteError(error);
}

/** POST /api/history/:revision/revert; then the drawing and panels follow. */
export async function revertRevision(context: AppContext, revision: number): Promise<number> {
  const answer = await sendJson<{ revision: number }>('POST', `/api/history/${revision}/revert`);
  await afterWrite(
    context,
    `Reverted revision ${revision}: that is revision ${answer.data.revision}.`,
    answer.data.revision,
  );
  return answer.data.revision;
}

/** The Revert control of one entry: hidden unless the session may edit; the outcome is said in the entry. */
export function revertControl(context: AppContext, change: Change, done: () => void): HTMLElement | null {
  if (change.op === 'load') return null;
  const outcome = h('p', { class: 'revert-outcome', role: 'alert' });
  const row = editorControls([
    [
      `Revert revision ${change.revision}`,
      'revert',
      async () => {
        outcome.textContent = 'Reverting…';
        try {
          await revertRevision(context, change.revision);
          outcome.textContent = '';
          done();
        } catch (error) {
          outcome.textContent = revertRefusal(error, change.revision);
        }
      },
    ],
  ]);
  return row ? h('div', { class: 'revert-control' }, row, outcome) : null;
}

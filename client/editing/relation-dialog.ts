// "New relation": the dialog around relation-form.ts — opened on a draft (the selection, exact, offsets kept), checked, saved with an idempotency key, the server's refusals put at their fields.
import type { Relation } from '../../graph/model/schema.js';
import type { AppContext } from '../app/context.js';
import { createRelation } from '../api/record-writes.js';
import { describeWriteError, newIdempotencyKey, WriteError } from '../api/writes.js';
import { h } from '../panels/dom.js';
import { showFieldIssues, submitOnEnter, showModalFrom } from './form-field.js';
import { relationFields, type RelationDraft } from './relation-form.js';

/** Builds the dialog; returns the function that opens it on a draft. `onCreated` gets the relation saved. */
export function mountRelationDialog(
  context: AppContext,
  onCreated: (relation: Relation) => void,
): (draft: RelationDraft) => void {
  const { rows, fields, fill, localIssues, read } = relationFields(context);
  const problem = h('p', { class: 'error', role: 'alert', id: 'relation-problem' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Save relation');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: 'relation-title' }, 'New relation'),
    ...rows,
    problem,
    h('p', { class: 'buttons' }, cancel, submit),
  );
  const dialog = h(
    'dialog',
    { class: 'edit-dialog wide', id: 'relation-dialog', 'aria-labelledby': 'relation-title' },
    form,
  );
  document.body.append(dialog);

  let draft: RelationDraft | null = null;
  let key = newIdempotencyKey();
  cancel.addEventListener('click', () => dialog.close());

  submitOnEnter(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!draft) return;
    problem.textContent = '';
    const local = localIssues();
    // Said in the alert line too, so a screen reader announces it (focus also lands on the first field in error).
    if (local.length) {
      problem.textContent = local.map((issue) => issue.message).join(' ');
      showFieldIssues(fields, local);
      return;
    }
    const relation = read(draft);
    submit.disabled = true;
    createRelation(relation, key)
      .then(() => {
        key = newIdempotencyKey();
        dialog.close();
        onCreated(relation);
      })
      .catch((error: unknown) => {
        const unplaced = error instanceof WriteError ? showFieldIssues(fields, error.issues) : [];
        problem.textContent =
          error instanceof WriteError
            ? [...unplaced.map((issue) => `${issue.field}: ${issue.message}`), error.advice].join('. ')
            : describeWriteError(error);
      })
      .finally(() => (submit.disabled = false));
  });

  return (next) => {
    draft = next;
    key = newIdempotencyKey();
    form.reset();
    problem.textContent = '';
    showFieldIssues(fields, []);
    const first = fill(next);
    showModalFrom(dialog);
    first.focus();
  };
}

// The modal of an edit or a delete: a form, Save and Cancel, and a refusal shown where the user acted — the message, what to do next, each field's issue beside it.
import { describeWriteError, WriteError } from '../api/writes.js';
import { h, replaceChildren } from '../panels/dom.js';
import type { EditField } from './edit-fields.js';

/** What a dialog is built from: its title, what it says, its fields, and the action its main button runs. */
export interface EditDialogOptions {
  title: string;
  intro?: HTMLElement | string | null;
  fields?: readonly EditField[];
  submit: string;
  /** Danger styling for deletes. */
  danger?: boolean;
  /** Runs the write; resolve to close the dialog, throw to show the refusal and keep it open. */
  run(): Promise<void>;
  /** After a 412 (someone wrote in between): reopen from the current version. */
  restart?(): void;
}

/** Shows a refusal: the sentence in the dialog, and each issue beside its field (issues no field shows are listed). */
export function showRefusal(
  error: unknown,
  box: HTMLElement,
  fields: readonly EditField[],
  restart?: () => void,
): void {
  for (const field of fields) field.issue.hidden = true;
  const loose: string[] = [];
  if (error instanceof WriteError) {
    for (const issue of error.issues) {
      const field = fields.find(
        (f) => issue.field === f.name || issue.field.endsWith(`.${f.name}`) || issue.field.startsWith(`${f.name}.`),
      );
      if (field) {
        field.issue.textContent = issue.message;
        field.issue.hidden = false;
      } else if (issue.message !== error.message) loose.push(`${issue.field}: ${issue.message}`); // the lead sentence says it already
    }
  }
  replaceChildren(
    box,
    h('strong', {}, describeWriteError(error)),
    loose.length
      ? h(
          'ul',
          {},
          loose.map((line) => h('li', {}, line)),
        )
      : null,
    restart && error instanceof WriteError && error.status === 412
      ? h(
          'p',
          {},
          h('button', { type: 'button', class: 'restart', onclick: restart }, 'Load their version and start again'),
        )
      : null,
  );
  box.hidden = false;
  if (error instanceof WriteError) box.dataset.status = String(error.status);
}

/** Opens the dialog (modal); it removes itself when closed. */
export function openEditDialog(options: EditDialogOptions): HTMLDialogElement {
  const fields = options.fields ?? [];
  const refusal = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: options.danger ? 'danger' : 'primary' }, options.submit);
  const cancel = h('button', { type: 'button', class: 'cancel' }, 'Cancel');
  const form = h(
    'form',
    { class: 'edit-form', novalidate: true },
    h('h2', {}, options.title),
    options.intro ? (typeof options.intro === 'string' ? h('p', {}, options.intro) : options.intro) : null,
    fields.map((field) => field.row),
    refusal,
    h('p', { class: 'edit-buttons' }, submit, cancel),
  );
  const dialog = h('dialog', { class: 'edit-dialog record-edit' }, form);
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    options.run().then(
      () => dialog.close(),
      (error: unknown) => {
        showRefusal(
          error,
          refusal,
          fields,
          options.restart &&
            (() => {
              dialog.close();
              options.restart!();
            }),
        );
        submit.disabled = false;
        submit.removeAttribute('aria-busy');
      },
    );
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

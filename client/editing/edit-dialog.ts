// The modal of an edit or a delete: a form, Save and Cancel, and a refusal shown where the user acted — the message, what to do next, each field's issue beside it.
import { describeWriteError, WriteError } from '../api/writes.js';
import { h, replaceChildren, uid } from '../panels/dom.js';
import { readFields, type EditField } from './edit-fields.js';

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
  /** After a 412 (someone wrote in between): reopen from the current version, carrying the values the user had typed. */
  restart?(mine: Record<string, unknown>): void;
  /** The user's values from a form refused with 412: each one that differs from the version now loaded is offered back. */
  mine?: Record<string, unknown>;
}

/** Shows a refusal: the sentence in the dialog, and each issue beside its field (issues no field shows are listed). */
export function showRefusal(
  error: unknown,
  box: HTMLElement,
  fields: readonly EditField[],
  restart?: () => void,
): void {
  for (const field of fields) field.issue.hidden = true;
  box.hidden = false;
  if (error instanceof WriteError) box.dataset.status = String(error.status);
  if (error instanceof WriteError && error.status === 412) {
    // One message and one way on: the server's sentence, its if-match issue and the advice all said the same thing.
    replaceChildren(
      box,
      h('strong', {}, 'Someone changed this since you opened it: your changes are not saved.'),
      h(
        'p',
        {},
        restart
          ? 'Load their version to see what they changed; the values you typed stay beside their fields, to apply again with one click.'
          : 'Close this form and open it again to start from their version.',
      ),
      restart
        ? h(
            'p',
            {},
            h('button', { type: 'button', class: 'restart', onclick: restart }, 'Load their version and start again'),
          )
        : null,
    );
    return;
  }
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
  );
}

/** Under each field whose stored value differs from what the user had typed before a 412: "Yours: …" and "Use mine". */
function offerMine(fields: readonly EditField[], mine: Record<string, unknown>): number {
  const shown = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? '(empty)'));
  let offered = 0;
  for (const field of fields) {
    if (!(field.name in mine) || JSON.stringify(field.read()) === JSON.stringify(mine[field.name])) continue;
    offered++;
    const line = h(
      'p',
      { class: 'yours small' },
      `Theirs is above. Yours: ${shown(mine[field.name])} `,
      h(
        'button',
        {
          type: 'button',
          class: 'use-mine',
          onclick: () => {
            field.write(mine[field.name]);
            line.remove();
          },
        },
        'Use mine',
      ),
    );
    field.row.append(line);
  }
  return offered;
}

/** Opens the dialog (modal); it removes itself when closed. */
export function openEditDialog(options: EditDialogOptions): HTMLDialogElement {
  const fields = options.fields ?? [];
  const titleId = uid('edit-dialog-title');
  const refusal = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const offered = options.mine ? offerMine(fields, options.mine) : 0;
  const carried = offered
    ? h(
        'p',
        { class: 'carried', role: 'status' },
        `Their version is loaded. ${offered === 1 ? 'One field differs' : `${offered} fields differ`} from what you typed: "Use mine" under a field applies yours again.`,
      )
    : null;
  const submit = h('button', { type: 'submit', class: options.danger ? 'danger' : 'primary' }, options.submit);
  const cancel = h('button', { type: 'button', class: 'cancel' }, 'Cancel');
  const form = h(
    'form',
    { class: 'edit-form', novalidate: true },
    h('h2', { id: titleId }, options.title),
    options.intro ? (typeof options.intro === 'string' ? h('p', {}, options.intro) : options.intro) : null,
    carried,
    fields.map((field) => field.row),
    refusal,
    h('p', { class: 'edit-buttons' }, submit, cancel),
  );
  const dialog = h('dialog', { class: 'edit-dialog record-edit', 'aria-labelledby': titleId }, form);
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
              const mine = readFields(fields);
              dialog.close();
              options.restart!(mine);
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

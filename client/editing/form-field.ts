// A labelled form field with its hint and its error line, and the server's field issues put beside the fields they name.
import type { FieldIssue } from '../api/writes.js';
import { h } from '../panels/dom.js';

/** A control with its row, the line its error is written in, and the request field(s) it stands for. */
export interface FormField<E extends HTMLElement = HTMLInputElement> {
  control: E;
  row: HTMLElement;
  error: HTMLElement;
  /** Request body fields this control edits: an issue about one of them (or inside it) is shown here. */
  names: readonly string[];
}

/** Builds a field: label, control, optional hint (read by screen readers with the control) and an empty error line. */
export function formField<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  id: string,
  label: string,
  control: E,
  options: { hint?: string; names?: readonly string[] } = {},
): FormField<E> {
  control.id = id;
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const hint = options.hint ? h('span', { class: 'muted small', id: `${id}-hint` }, options.hint) : null;
  control.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
  control.addEventListener('input', () => setFieldError(field, null));
  const row = h('div', { class: 'field' }, h('label', { for: id }, label), hint, control, error);
  const field: FormField<E> = { control, row, error, names: options.names ?? [id.replace(/^[a-z]+-/, '')] };
  return field;
}

/** Writes (or clears, with null) a field's error and marks its control invalid. */
export function setFieldError(field: FormField<HTMLElement>, message: string | null): void {
  field.error.textContent = message ?? '';
  if (message) field.control.setAttribute('aria-invalid', 'true');
  else field.control.removeAttribute('aria-invalid');
}

function names(issue: FieldIssue, name: string): boolean {
  return issue.field === name || issue.field.startsWith(`${name}.`) || issue.field.startsWith(`${name}[`);
}

/**
 * Puts each issue beside the field it names (several on one field are joined); answers the issues no field
 * took (for the form's own error line) and focuses the first field in error so the user lands where to act.
 */
export function showFieldIssues(
  fields: readonly FormField<HTMLElement>[],
  issues: readonly FieldIssue[],
): FieldIssue[] {
  for (const field of fields) setFieldError(field, null);
  const unplaced: FieldIssue[] = [];
  const messages = new Map<FormField<HTMLElement>, string[]>();
  for (const issue of issues) {
    const field = fields.find((f) => f.names.some((name) => names(issue, name)));
    if (!field) unplaced.push(issue);
    else messages.set(field, [...(messages.get(field) ?? []), issue.message]);
  }
  for (const [field, list] of messages) setFieldError(field, list.join('; '));
  fields.find((field) => messages.has(field))?.control.focus();
  return unplaced;
}

/** Enter on a select submits the form, as it does in a text field: the analyst saves from where they checked the last value. */
export function submitOnEnter(form: HTMLFormElement): void {
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}

/** Opens `dialog` as a modal and, when it closes, puts focus back on what had it (if still on the page): Esc and Cancel land where the user was. */
export function showModalFrom(dialog: HTMLDialogElement): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.isConnected && opener.focus(), { once: true });
  dialog.showModal();
}

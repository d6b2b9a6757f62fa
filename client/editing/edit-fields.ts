// Form fields of the edit dialogs: a labelled input, its current value read back, and the server's issue about it shown beside it.
import { h, uid } from '../panels/dom.js';

/** One field of an edit form: the body field it fills, its row, its value, and where its issue is shown. */
export interface EditField {
  name: string;
  row: HTMLElement;
  /** The value for the request body; undefined leaves an optional field out. */
  read(): unknown;
  /** Puts a value (as `read` gives it) back into the control: re-applying one's own value after a 412. */
  write(value: unknown): void;
  issue: HTMLElement;
}

function row(name: string, label: string, control: HTMLElement, id: string, hint?: string): EditField['row'] {
  return h(
    'div',
    { class: 'edit-field', 'data-field': name },
    h('label', { for: id }, label),
    control,
    hint ? h('span', { class: 'small muted' }, hint) : null,
  );
}

function issueLine(): HTMLElement {
  return h('p', { class: 'field-issue', role: 'alert', hidden: true });
}

/** A text field (one line, or several when `multiline`); empty reads as undefined unless `required`. */
export function textField(
  name: string,
  label: string,
  value: string | undefined,
  options: { multiline?: boolean; required?: boolean; hint?: string } = {},
): EditField {
  const id = uid(`edit-${name}`);
  const control = options.multiline
    ? h('textarea', { id, name, rows: 3, required: options.required })
    : h('input', { id, name, type: 'text', required: options.required });
  control.value = value ?? ''; // a property, never markup: the value is shown as typed
  const issue = issueLine();
  const element = row(name, label, control, id, options.hint);
  element.append(issue);
  return {
    name,
    row: element,
    issue,
    read: () => (control.value.trim() === '' && !options.required ? undefined : control.value),
    write: (next) => (control.value = next === undefined ? '' : String(next)),
  };
}

/** A number field in 0..1 (strength, confidence). */
export function unitField(name: string, label: string, value: number, hint?: string): EditField {
  const id = uid(`edit-${name}`);
  const control = h('input', { id, name, type: 'number', min: 0, max: 1, step: 0.05, required: true, value });
  const issue = issueLine();
  const element = row(name, label, control, id, hint);
  element.append(issue);
  return {
    name,
    row: element,
    issue,
    read: () => Number(control.value),
    write: (next) => (control.value = String(next)),
  };
}

/** A choice among fixed values, each with its label. */
export function selectField(
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
): EditField {
  const id = uid(`edit-${name}`);
  const control = h(
    'select',
    { id, name },
    options.map(([option, text]) => h('option', { value: option, selected: option === value }, text)),
  );
  control.value = value;
  const issue = issueLine();
  const element = row(name, label, control, id);
  element.append(issue);
  return { name, row: element, issue, read: () => control.value, write: (next) => (control.value = String(next)) };
}

/** A comma-separated list (aliases). */
export function listField(name: string, label: string, values: readonly string[], hint?: string): EditField {
  const field = textField(name, label, values.join(', '), { hint: hint ?? 'separated by commas' });
  return {
    ...field,
    read: () =>
      String(field.read() ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    write: (next) => field.write(Array.isArray(next) ? next.join(', ') : next),
  };
}

/** The fields' values as a body, optional empty ones left out. */
export function readFields(fields: readonly EditField[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = field.read();
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

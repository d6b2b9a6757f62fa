// "Add a source": paste a text or read a .txt/.md/.html file, give title, author, publisher, date and URL, and create it through the write API.
import type { Source } from '../../graph/model/schema.js';
import { describeWriteError, newIdempotencyKey, WriteError } from '../api/writes.js';
import { createSource } from '../api/record-writes.js';
import { h } from '../panels/dom.js';
import { formField, setFieldError, showFieldIssues, showModalFrom } from './form-field.js';
import { recordId } from './record-id.js';
import { readSourceFile, SOURCE_FILE_TYPES } from './source-file.js';

const DATE = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/;

/** Builds the dialog (appended to the body); returns the function that opens it. `onCreated` gets the new source. */
export function mountAddSourceDialog(onCreated: (source: Source) => void): () => void {
  const file = h('input', { type: 'file', accept: SOURCE_FILE_TYPES.join(',') });
  const text = h('textarea', { rows: '8', spellcheck: 'false' });
  const title = h('input', { autocomplete: 'off' });
  const author = h('input', { autocomplete: 'off' });
  const publisher = h('input', { autocomplete: 'off' });
  const published = h('input', { inputmode: 'numeric', placeholder: '2020-08-31', autocomplete: 'off' });
  const url = h('input', { type: 'url', placeholder: 'https://…', autocomplete: 'off' });
  const id = h('input', { autocomplete: 'off', spellcheck: 'false' });
  const fields = {
    file: formField('source-file', `Read a file (${SOURCE_FILE_TYPES.join(', ')})`, file, {
      hint: 'HTML is reduced to its text: scripts and styles are dropped, paragraphs kept.',
      names: [],
    }),
    text: formField('source-text', 'Text', text, { hint: 'Paste the article, or read it from a file.' }),
    title: formField('source-title', 'Title', title),
    author: formField('source-author', 'Author', author),
    publisher: formField('source-publisher', 'Publisher', publisher),
    published: formField('source-published', 'Date published', published, { hint: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
    url: formField('source-url', 'Address (URL)', url),
    id: formField('source-id', 'Id', id, { hint: 'Made from the title and year; change it if it is taken.' }),
  };
  const count = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const problem = h('p', { class: 'error', role: 'alert', id: 'add-source-problem' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Add source');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: 'add-source-title' }, 'Add a source'),
    fields.file.row,
    fields.text.row,
    count,
    fields.title.row,
    h('div', { class: 'field-pair' }, fields.author.row, fields.publisher.row),
    h('div', { class: 'field-pair' }, fields.published.row, fields.url.row),
    fields.id.row,
    problem,
    h('p', { class: 'buttons' }, cancel, submit),
  );
  const dialog = h(
    'dialog',
    { class: 'edit-dialog wide', id: 'add-source-dialog', 'aria-labelledby': 'add-source-title' },
    form,
  );
  document.body.append(dialog);

  let idEdited = false;
  let key = newIdempotencyKey();
  const suggestId = () => {
    if (!idEdited) id.value = recordId(title.value, published.value.slice(0, 4));
  };
  const showCount = () =>
    (count.textContent = text.value ? `${text.value.length.toLocaleString('en-GB')} characters` : '');
  title.addEventListener('input', suggestId);
  published.addEventListener('input', suggestId);
  id.addEventListener('input', () => (idEdited = id.value !== ''));
  text.addEventListener('input', showCount);
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    setFieldError(fields.file, null);
    readSourceFile(chosen).then(
      (read) => {
        text.value = read.text;
        if (!title.value) title.value = read.title;
        suggestId();
        showCount();
        setFieldError(fields.text, null);
      },
      (error: unknown) => setFieldError(fields.file, error instanceof Error ? error.message : String(error)),
    );
  });
  cancel.addEventListener('click', () => dialog.close());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem.textContent = '';
    const list = Object.values(fields);
    // The server checks everything again; these are said here so the usual slips need no round trip.
    const local = [
      !text.value.trim() && { field: 'text', message: 'Paste the text or read it from a file.' },
      !title.value.trim() && { field: 'title', message: 'Give the title.' },
      url.value.trim() &&
        !/^https?:\/\/\S+$/.test(url.value.trim()) && {
          field: 'url',
          message: 'Give an address that starts with http:// or https://, or leave it empty.',
        },
      !DATE.test(published.value.trim()) && {
        field: 'published',
        message: 'Give the date as YYYY, YYYY-MM or YYYY-MM-DD.',
      },
    ].filter((issue): issue is { field: string; message: string } => Boolean(issue));
    // Said in the alert line too, so a screen reader announces it (focus also lands on the first field in error).
    if (local.length) {
      problem.textContent = local.map((issue) => issue.message).join(' ');
      showFieldIssues(list, local);
      return;
    }
    const source: Source = {
      id: id.value.trim(),
      title: title.value.trim(),
      author: author.value.trim(),
      publisher: publisher.value.trim(),
      published: published.value.trim(),
      path: `sources/${id.value.trim()}.txt`,
      ...(url.value.trim() ? { url: url.value.trim() } : {}),
    };
    submit.disabled = true;
    createSource(source, text.value, key)
      .then(() => {
        key = newIdempotencyKey();
        dialog.close();
        form.reset();
        idEdited = false;
        showCount();
        onCreated(source);
      })
      .catch((error: unknown) => {
        const unplaced = error instanceof WriteError ? showFieldIssues(list, error.issues) : [];
        problem.textContent =
          error instanceof WriteError
            ? [...unplaced.map((issue) => issue.message), error.advice].join('. ')
            : describeWriteError(error);
      })
      .finally(() => (submit.disabled = false));
  });

  return () => {
    if (dialog.open) return;
    showModalFrom(dialog);
    (text.value ? title : text).focus();
  };
}

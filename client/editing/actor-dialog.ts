// "New actor": a selected name becomes an actor (name, kind, aliases, id from the name), created through the write API.
import type { Actor } from '../../graph/model/schema.js';
import { ACTOR_KINDS, type ActorKind } from '../../graph/model/vocabulary.js';
import { createActor } from '../api/record-writes.js';
import { describeWriteError, newIdempotencyKey, WriteError } from '../api/writes.js';
import { h } from '../panels/dom.js';
import { formField, showFieldIssues, submitOnEnter, showModalFrom } from './form-field.js';
import { recordId } from './record-id.js';

/** Builds the dialog; returns the function that opens it on a name. `onCreated` gets the new actor. */
export function mountActorDialog(
  onCreated: (actor: Actor, near: readonly string[]) => void,
): (name: string, near?: readonly string[]) => void {
  const name = h('input', { autocomplete: 'off' });
  const kind = h(
    'select',
    {},
    ACTOR_KINDS.map((k) => h('option', { value: k }, k)),
  );
  // No placeholder: grey example names in the box read as names already typed (the timed newcomer run).
  const aliases = h('input', { autocomplete: 'off' });
  const description = h('input', { autocomplete: 'off' });
  const id = h('input', { autocomplete: 'off', spellcheck: 'false' });
  const f = {
    name: formField('actor-name', 'Name', name),
    kind: formField('actor-kind', 'Kind', kind),
    aliases: formField('actor-aliases', 'Aliases', aliases, {
      hint: 'Other names it goes by, separated by commas (for Azerbaijan, e.g.: Baku, Azeris).',
    }),
    description: formField('actor-description', 'Description', description),
    id: formField('actor-id', 'Id', id, { hint: 'Made from the name; change it if it is taken.' }),
  };
  const problem = h('p', { class: 'error', role: 'alert', id: 'actor-problem' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Create actor');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: 'actor-title' }, 'New actor'),
    ...Object.values(f).map((field) => field.row),
    problem,
    h('p', { class: 'buttons' }, cancel, submit),
  );
  const dialog = h('dialog', { class: 'edit-dialog', id: 'actor-dialog', 'aria-labelledby': 'actor-title' }, form);
  document.body.append(dialog);
  let key = newIdempotencyKey();
  let idEdited = false;
  let nearNow: readonly string[] = [];
  name.addEventListener('input', () => {
    if (!idEdited) id.value = recordId(name.value);
  });
  id.addEventListener('input', () => (idEdited = id.value !== ''));
  cancel.addEventListener('click', () => dialog.close());
  submitOnEnter(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem.textContent = '';
    if (!name.value.trim())
      return void showFieldIssues(Object.values(f), [{ field: 'name', message: 'Give the name.' }]);
    if (!id.value.trim())
      return void showFieldIssues(Object.values(f), [
        { field: 'id', message: 'Give an id: lower-case letters, digits and hyphens.' },
      ]);
    const actor: Actor = {
      id: id.value.trim(),
      name: name.value.trim(),
      kind: kind.value as ActorKind,
      aliases: aliases.value
        .split(',')
        .map((alias) => alias.trim())
        .filter(Boolean),
      ...(description.value.trim() ? { description: description.value.trim() } : {}),
    };
    submit.disabled = true;
    createActor(actor, key)
      .then(() => {
        key = newIdempotencyKey();
        dialog.close();
        onCreated(actor, nearNow);
      })
      .catch((error: unknown) => {
        const unplaced = error instanceof WriteError ? showFieldIssues(Object.values(f), error.issues) : [];
        problem.textContent =
          error instanceof WriteError
            ? [...unplaced.map((issue) => issue.message), error.advice].join('. ')
            : describeWriteError(error);
      })
      .finally(() => (submit.disabled = false));
  });
  return (selected, near = []) => {
    nearNow = near;
    form.reset();
    idEdited = false;
    showFieldIssues(Object.values(f), []);
    problem.textContent = '';
    name.value = selected.trim();
    id.value = recordId(name.value);
    showModalFrom(dialog);
    (name.value ? kind : name).focus();
  };
}

// The sign-in dialog: name and password in a native <dialog> (Esc closes it, focus returns), the server's refusal in words beside the fields.
import { WriteError } from '../api/writes.js';
import { h } from '../panels/dom.js';
import { signIn } from '../state/session.js';

/** The sentence for a failed sign-in: never which half was wrong (the server does not say either). */
export function signInProblem(error: unknown): string {
  if (error instanceof WriteError) {
    if (error.status === 401) return 'Wrong name or password. Check both and try again.';
    if (error.status === 429)
      return `Too many failed sign-ins: ${error.message.replace(/^too many failed sign-ins; /, '')}.`;
    if (error.status === 400) return 'Type a name and a password.';
    return `${error.message}. ${error.advice}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Builds the dialog (appended to the body); returns the function that opens it, which calls `onSignedIn` after a success. */
export function mountSignInDialog(onSignedIn: () => void): () => void {
  const name = h('input', {
    id: 'sign-in-name',
    name: 'username',
    autocomplete: 'username',
    required: true,
    spellcheck: 'false',
    autocapitalize: 'none',
  });
  const password = h('input', {
    id: 'sign-in-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const problem = h('p', { id: 'sign-in-problem', class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'sign-in-submit' }, 'Sign in');
  const cancel = h('button', { type: 'button', id: 'sign-in-cancel' }, 'Cancel');
  const form = h(
    'form',
    { method: 'dialog', novalidate: true },
    h('h2', { id: 'sign-in-title' }, 'Sign in'),
    h('p', { class: 'field' }, h('label', { for: 'sign-in-name' }, 'Name'), name),
    h('p', { class: 'field' }, h('label', { for: 'sign-in-password' }, 'Password'), password),
    problem,
    h('p', { class: 'buttons' }, submit, ' ', cancel),
  );
  const dialog = h('dialog', { class: 'sign-in', id: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title' }, form);
  document.body.append(dialog);

  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Checked here, not by the browser's bubbles, so the message is in the same words and place as the server's.
    const empty = !name.value.trim() ? name : !password.value ? password : null;
    if (empty) {
      problem.textContent = empty === name ? 'Type your account name.' : 'Type your password.';
      empty.setAttribute('aria-invalid', 'true');
      empty.focus();
      return;
    }
    submit.disabled = true;
    problem.textContent = '';
    void signIn(name.value.trim(), password.value)
      .then(() => {
        password.value = '';
        dialog.close();
        onSignedIn();
      })
      .catch((error: unknown) => {
        problem.textContent = signInProblem(error);
        password.setAttribute('aria-invalid', 'true');
        password.select();
        password.focus();
      })
      .finally(() => (submit.disabled = false));
  });
  for (const input of [name, password]) input.addEventListener('input', () => input.removeAttribute('aria-invalid'));

  return () => {
    if (dialog.open) return;
    problem.textContent = '';
    password.value = '';
    dialog.showModal();
    (name.value ? password : name).focus();
  };
}

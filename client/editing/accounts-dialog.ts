// The Accounts… dialog (admins of every dataset): list accounts with their roles, add one, change or take a role, remove one — through /api/accounts, while the server runs.
import type { AccountInfo } from '../../server/accounts/auth-schemas.js';
import type { Role } from '../../server/accounts/roles.js';
import { addAccount, fetchAccounts, removeAccount, setAccountRole } from '../api/accounts.js';
import { getSession } from '../state/session.js';
import { describeWriteError, WriteError, type FieldIssue } from '../api/writes.js';
import { h, replaceChildren } from '../panels/dom.js';
import { accountRow, roleSelect, type RowActions } from './account-rows.js';
import { formField, showFieldIssues, showModalFrom, submitOnEnter } from './form-field.js';

const NAME_RULE = 'Lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.';

/** The server's refusal in words for people: its pattern message for a name becomes the rule itself. */
function plainIssues(error: WriteError): FieldIssue[] {
  return error.issues.map((issue) =>
    issue.field === 'name' && /pattern/.test(issue.message)
      ? { ...issue, message: `Not a possible name. ${NAME_RULE}` }
      : issue,
  );
}

/** Builds the dialog (appended to the body); returns the function that opens it, which reads the accounts afresh. */
export function mountAccountsDialog(): () => void {
  const status = h('p', { id: 'accounts-status', class: 'muted', role: 'status', 'aria-live': 'polite' });
  const problem = h('p', { id: 'accounts-problem', class: 'error', 'aria-live': 'assertive' });
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'accounts-table', id: 'accounts-table' },
    h(
      'caption',
      { class: 'muted small' },
      'A role on * holds on every dataset. Giving a role on a dataset that has one replaces it.',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Account'),
        h('th', { scope: 'col' }, 'Roles'),
        h('th', { scope: 'col' }, ''),
      ),
    ),
    body,
  );
  const f = {
    name: formField(
      'account-new-name',
      'Name',
      h('input', { autocomplete: 'off', spellcheck: 'false', autocapitalize: 'none' }),
      { hint: NAME_RULE, names: ['name'] },
    ),
    password: formField(
      'account-new-password',
      'Password',
      h('input', { type: 'password', autocomplete: 'new-password' }),
      { hint: 'Leave it empty for an account that only uses API tokens.', names: ['password'] },
    ),
    role: formField('account-new-role', 'Role', roleSelect('editor'), { names: ['roles'] }),
    dataset: formField('account-new-dataset', 'On dataset', h('input', { autocomplete: 'off', spellcheck: 'false' }), {
      hint: 'A dataset id, or * for every dataset.',
      names: ['dataset'],
    }),
  };
  const add = h(
    'form',
    { novalidate: true, id: 'account-add' },
    h('h3', {}, 'Add an account'),
    h('div', { class: 'field-pair' }, f.name.row, f.password.row),
    h('div', { class: 'field-pair' }, f.role.row, f.dataset.row),
    h('p', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Add account')),
  );
  const close = h('button', { type: 'button' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'edit-dialog wide', id: 'accounts-dialog', 'aria-labelledby': 'accounts-title' },
    h('h2', { id: 'accounts-title' }, 'Accounts'),
    table,
    add,
    status,
    problem,
    h('p', { class: 'buttons' }, close),
  );
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());
  submitOnEnter(add);

  const dataset = () => getSession().dataset ?? '*';
  const render = (accounts: readonly AccountInfo[], focusKey?: string) => {
    replaceChildren(
      body,
      accounts.map((account) => accountRow(account, dataset(), account.name === getSession().account, actions)),
    );
    const again = focusKey ? dialog.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`) : null;
    again?.focus();
  };
  /** Runs one change, says what it did (or why not) in the live lines, reads the list again and puts focus back. */
  const run = async (change: () => Promise<unknown>, done: string, focusKey?: string) => {
    problem.textContent = '';
    status.textContent = '';
    let said = '';
    try {
      await change();
      said = done;
    } catch (error) {
      problem.textContent = describeWriteError(error);
    }
    try {
      render(await fetchAccounts(), focusKey);
    } catch (error) {
      problem.textContent = `Could not read the accounts: ${describeWriteError(error)}`;
    }
    // Said once the list is redrawn and focus is back: what the line announces is what the reader now sees.
    status.textContent = said;
  };
  const actions: RowActions = {
    setRole: (name: string, on: string, role: Role | null, key: string) =>
      void run(
        () => setAccountRole(name, on, role),
        role === null ? `${name} no longer has a role on ${on}.` : `${name} is now ${role} of ${on}.`,
        key,
      ),
    remove: (name: string) =>
      void run(() => removeAccount(name), `Removed ${name} with its roles, sessions and tokens.`, undefined).then(() =>
        f.name.control.focus(),
      ),
  };

  add.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = f.name.control.value.trim();
    const password = f.password.control.value;
    const on = f.dataset.control.value.trim() || '*';
    const role = f.role.control.value as Role;
    if (!name) return void showFieldIssues(Object.values(f), [{ field: 'name', message: 'Give the account a name.' }]);
    showFieldIssues(Object.values(f), []);
    void run(async () => {
      try {
        await addAccount({ name, roles: [{ dataset: on, role }], ...(password ? { password } : {}) });
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        const issues = plainIssues(error);
        const [unplaced] = showFieldIssues(Object.values(f), issues);
        // The live line says it too: a screen reader hears it at once, where the field's line is read only on focus.
        throw new Error(
          `${unplaced?.message ?? issues[0]?.message ?? error.message}. ${error.advice}`.replace('.. ', '. '),
          { cause: error },
        );
      }
      f.name.control.value = '';
      f.password.control.value = '';
    }, `Added ${name}: ${role} of ${on}.`).then(() => {
      if (!problem.textContent) f.name.control.focus();
    });
  });

  return () => {
    if (dialog.open) return;
    problem.textContent = '';
    status.textContent = 'Reading the accounts…';
    f.dataset.control.value = dataset();
    showModalFrom(dialog);
    f.name.control.focus();
    void fetchAccounts().then(
      (accounts) => {
        status.textContent = `${accounts.length} account${accounts.length === 1 ? '' : 's'}.`;
        render(accounts);
      },
      (error: unknown) => (problem.textContent = `Could not read the accounts: ${describeWriteError(error)}`),
    );
  };
}

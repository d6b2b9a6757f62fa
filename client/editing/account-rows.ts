// One row of the Accounts… table, compact: the account, its roles as chips (each with a button to take it away), one "give a role" control, and a two-step Remove.
import type { AccountInfo } from '../../server/accounts/auth-schemas.js';
import type { Role } from '../../server/accounts/roles.js';
import { h } from '../panels/dom.js';

/** Each role an admin can give, with the words the selects show: a Record over the server's Role, so a new role must be worded here. */
export const ROLE_WORDS: Record<Role, string> = {
  viewer: 'viewer (reads)',
  editor: 'editor (reads and writes)',
  admin: 'admin (also manages accounts on *)',
};

/** What a row asks the dialog to do; `key` names the control that asked, so focus can return to it after the redraw. */
export interface RowActions {
  setRole(name: string, dataset: string, role: Role | null, key: string): void;
  remove(name: string, key: string): void;
}

/** A select of every role, `chosen` selected. */
export function roleSelect(chosen: Role, props: Record<string, string> = {}): HTMLSelectElement {
  const select = h('select', props);
  for (const [role, words] of Object.entries(ROLE_WORDS)) select.append(h('option', { value: role }, words));
  select.value = chosen;
  return select;
}

/** A row's compact select of every role: the role's name alone (the Add an account form's select explains them). */
function shortRoleSelect(chosen: Role, props: Record<string, string>): HTMLSelectElement {
  const select = h('select', props);
  for (const role of Object.keys(ROLE_WORDS)) select.append(h('option', { value: role }, role));
  select.value = chosen;
  return select;
}

/**
 * One role as a chip: dataset and role, and a button to take it away — but not the signed-in admin's own admin role
 * on `*`, which the server refuses (another admin must take it): that chip has no button and the row says why.
 */
function roleChip(account: AccountInfo, dataset: string, role: Role, own: boolean, actions: RowActions): HTMLElement {
  const key = `${account.name} on ${dataset}`; // names and dataset ids hold no spaces
  const chip = h(
    'li',
    { class: 'role-chip' },
    h('span', { class: 'role-chip-dataset' }, dataset === '*' ? '* (every dataset)' : dataset),
    ' ',
    h('span', { class: 'role-chip-role' }, role),
  );
  if (own && dataset === '*' && role === 'admin') return chip;
  const take = h(
    'button',
    { type: 'button', 'aria-label': `Take away ${account.name}'s role on ${dataset}`, 'data-key': `take ${key}` },
    '×',
  );
  take.addEventListener('click', () => actions.setRole(account.name, dataset, null, `give ${account.name}`));
  chip.append(take);
  return chip;
}

/** The one "add role" control of a row: a dataset and a role; on a dataset the account has a role on already, it replaces it. */
function giveRoleForm(account: AccountInfo, defaultDataset: string, actions: RowActions): HTMLElement {
  const dataset = h('input', {
    value: defaultDataset,
    'aria-label': `Dataset of a new role for ${account.name} (an id, or * for every dataset)`,
    autocomplete: 'off',
    spellcheck: 'false',
    size: 10,
  });
  const role = shortRoleSelect('viewer', { 'aria-label': `New role for ${account.name}` });
  const give = h('button', { type: 'submit', 'data-key': `give ${account.name}` }, 'Give role');
  const form = h('form', { class: 'give-role', novalidate: true }, dataset, role, give);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.setRole(account.name, dataset.value.trim(), role.value as Role, `give ${account.name}`);
  });
  return form;
}

function removeButton(account: AccountInfo, actions: RowActions): HTMLButtonElement {
  // "Remove" shows; the name is there for screen readers (the row's header says it to the eye).
  const words = () => [h('span', {}, 'Remove'), h('span', { class: 'visually-hidden' }, ` ${account.name}`)];
  const button = h('button', { type: 'button', class: 'danger', 'data-key': `remove ${account.name}` }, ...words());
  // Two steps, not confirm(): the second press names what goes, and leaving the button (blur, Esc) calls it off.
  let armed = false;
  const disarm = () => ((armed = false), button.replaceChildren(...words()));
  button.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      button.textContent = `Press again to remove ${account.name} with its roles, sessions and tokens`;
      return;
    }
    disarm();
    actions.remove(account.name, `remove ${account.name}`);
  });
  button.addEventListener('blur', disarm);
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && armed) {
      event.preventDefault(); // keep the dialog open: Esc here only calls the removal off
      disarm();
    }
  });
  return button;
}

/**
 * The table row of `account`: its name, its roles as chips, one "add role" control, and Remove. `own` marks the
 * signed-in account, whose admin role on `*` and removal the server leaves to another admin: the row offers neither.
 */
export function accountRow(
  account: AccountInfo,
  defaultDataset: string,
  own: boolean,
  actions: RowActions,
): HTMLTableRowElement {
  const roles = account.roles.map(({ dataset, role }) => roleChip(account, dataset, role, own, actions));
  return h(
    'tr',
    { 'data-account': account.name },
    h(
      'th',
      { scope: 'row' },
      account.name,
      own ? h('span', { class: 'muted small' }, ' (you)') : null,
      account.canSignIn ? null : h('span', { class: 'muted small' }, ' (API tokens only)'),
    ),
    h(
      'td',
      {},
      // A flex box inside the cell, not a flex cell: the cell keeps its table role for screen readers.
      h(
        'div',
        { class: 'account-roles-cell' },
        roles.length ? h('ul', { class: 'role-chips' }, roles) : h('span', { class: 'muted small' }, 'no roles'),
        giveRoleForm(account, defaultDataset, actions),
      ),
    ),
    h(
      'td',
      { class: 'account-remove-cell' },
      own
        ? h('p', { class: 'muted small own-account-note' }, 'Another admin must remove you or your admin role on *.')
        : removeButton(account, actions),
    ),
  );
}

// One row of the Accounts… table: the account, each role with a select to change it and a button to take it away, a small "give a role" form, and a two-step Remove.
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

function roleItem(account: AccountInfo, dataset: string, role: Role, actions: RowActions): HTMLElement {
  const key = `${account.name} on ${dataset}`; // names and dataset ids hold no spaces
  const select = roleSelect(role, { 'aria-label': `Role of ${account.name} on ${dataset}`, 'data-key': `role ${key}` });
  select.addEventListener('change', () => actions.setRole(account.name, dataset, select.value as Role, `role ${key}`));
  const take = h(
    'button',
    { type: 'button', 'aria-label': `Take away ${account.name}'s role on ${dataset}`, 'data-key': `take ${key}` },
    'Take away',
  );
  take.addEventListener('click', () => actions.setRole(account.name, dataset, null, `give ${account.name}`));
  return h(
    'li',
    {},
    h('span', { class: 'role-dataset' }, dataset === '*' ? '* (every dataset)' : dataset),
    ' ',
    select,
    ' ',
    take,
  );
}

function giveRoleForm(account: AccountInfo, defaultDataset: string, actions: RowActions): HTMLElement {
  const dataset = h('input', {
    value: defaultDataset,
    'aria-label': `Dataset of a new role for ${account.name} (an id, or * for every dataset)`,
    autocomplete: 'off',
    spellcheck: 'false',
    size: 12,
  });
  const role = roleSelect('viewer', { 'aria-label': `New role for ${account.name}` });
  const give = h('button', { type: 'submit', 'data-key': `give ${account.name}` }, 'Give role');
  const form = h('form', { class: 'give-role', novalidate: true }, dataset, ' ', role, ' ', give);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.setRole(account.name, dataset.value.trim(), role.value as Role, `give ${account.name}`);
  });
  return form;
}

function removeButton(account: AccountInfo, actions: RowActions): HTMLButtonElement {
  const words = `Remove ${account.name}`;
  const button = h('button', { type: 'button', class: 'danger', 'data-key': `remove ${account.name}` }, words);
  // Two steps, not confirm(): the second press names what goes, and leaving the button (blur, Esc) calls it off.
  let armed = false;
  const disarm = () => ((armed = false), (button.textContent = words));
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

/** The table row of `account`. */
export function accountRow(account: AccountInfo, defaultDataset: string, actions: RowActions): HTMLTableRowElement {
  const roles = account.roles.map(({ dataset, role }) => roleItem(account, dataset, role, actions));
  return h(
    'tr',
    { 'data-account': account.name },
    h(
      'th',
      { scope: 'row' },
      account.name,
      account.canSignIn ? null : h('span', { class: 'muted small' }, ' (API tokens only)'),
    ),
    h(
      'td',
      {},
      roles.length ? h('ul', { class: 'account-roles' }, roles) : h('p', { class: 'muted small' }, 'no roles'),
      giveRoleForm(account, defaultDataset, actions),
    ),
    h('td', {}, removeButton(account, actions)),
  );
}

// The header's account area: "Sign in" for a visitor, the account and its role with "Sign out" once signed in; nothing when the server has no accounts.
import { describeWriteError } from '../api/writes.js';
import { h, replaceChildren } from '../panels/dom.js';
import { getSession, signOut, subscribeSession, type Session } from '../state/session.js';
import { mountAccountsDialog } from './accounts-dialog.js';
import { mountSignInDialog } from './sign-in-dialog.js';

/** What the header says about the role on this dataset. */
export function roleWords(session: Session): string {
  if (session.role === 'admin') return 'admin';
  if (session.role === 'editor') return 'editor';
  if (session.role === 'viewer') return 'viewer (read only)';
  return 'read only';
}

/** True when the session may manage accounts: an admin role on every dataset (`*`), as the server's /api/accounts asks. */
export function canManageAccounts(session: Session): boolean {
  return session.account !== null && session.roles.some(({ dataset, role }) => dataset === '*' && role === 'admin');
}

/** Fills `slot` with the sign-in button or the signed-in account, kept in step with the session. */
export function mountAccountMenu(slot: HTMLElement): void {
  const problem = h('span', { class: 'error', role: 'alert' });
  const open = mountSignInDialog(() => slot.querySelector<HTMLButtonElement>('#sign-out')?.focus());
  let openAccounts: (() => void) | undefined; // built on first use: most sessions never manage accounts
  const render = (session: Session) => {
    slot.hidden = !session.accounts || !session.known;
    if (session.account === null) {
      replaceChildren(slot, h('button', { type: 'button', id: 'sign-in', onclick: () => open() }, 'Sign in'), problem);
      return;
    }
    const out = h('button', { type: 'button', id: 'sign-out' }, 'Sign out');
    out.addEventListener('click', () => {
      problem.textContent = '';
      void signOut()
        .catch((error: unknown) => (problem.textContent = `Could not sign out: ${describeWriteError(error)}`))
        .finally(() => slot.querySelector<HTMLButtonElement>('#sign-in')?.focus());
    });
    replaceChildren(
      slot,
      h('span', { class: 'account-name', id: 'account-name' }, session.account, ' · ', roleWords(session)),
      ' ',
      canManageAccounts(session)
        ? h(
            'button',
            { type: 'button', id: 'open-accounts', onclick: () => (openAccounts ??= mountAccountsDialog())() },
            'Accounts…',
          )
        : null,
      ' ',
      out,
      problem,
    );
  };
  render(getSession());
  subscribeSession((session) => render(session));
}

// Who is signed in: account, role on the current dataset and CSRF token, refreshed from /api/auth/me; canEdit() is the one check behind every edit control.
import type { Me } from '../../server/accounts/auth-schemas.js';
import type { DatasetRole, Role } from '../../server/accounts/roles.js';
import { ApiError, getJson } from '../api/http.js';
import { sendJson, useCsrfToken } from '../api/writes.js';

/**
 * Rank of each role (the server's `roles.ts` may not ship to the browser): a Record over the server's Role type, so a
 * role added there fails this file's typecheck until it is ranked here.
 */
const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };
/** The dataset id of a role held on every dataset (the server's ALL_DATASETS). */
const ALL_DATASETS = '*';

/** The strongest role `roles` grant on `dataset` (null: none), as the server's `roleOn` decides. */
export function roleOn(roles: readonly DatasetRole[], dataset: string | null): Role | null {
  let best: Role | null = null;
  for (const { dataset: on, role } of roles)
    if ((on === dataset || on === ALL_DATASETS) && (best === null || RANK[role] > RANK[best])) best = role;
  return best;
}

/** The signed-in state as the explorer sees it. */
export interface Session {
  /** True once /api/auth/me has answered (until then nobody is signed in as far as the page knows). */
  known: boolean;
  /** False when the server has no accounts (datasets served from files): no sign-in is offered. */
  accounts: boolean;
  account: string | null;
  via: Me['via'];
  roles: readonly DatasetRole[];
  /** The dataset the role is about (null: unknown; only roles on every dataset count). */
  dataset: string | null;
  role: Role | null;
  csrfToken: string | null;
}

/** Nobody signed in, on `dataset`. */
export function anonymousSession(dataset: string | null = null, accounts = true, known = false): Session {
  return { known, accounts, account: null, via: 'anonymous', roles: [], dataset, role: null, csrfToken: null };
}

/** The session an answer of /api/auth/me (or of sign-in) describes, for `dataset`. */
export function sessionFromMe(me: Me, dataset: string | null): Session {
  return {
    known: true,
    accounts: me.accounts !== false,
    account: me.account,
    via: me.via,
    roles: me.roles,
    dataset,
    role: roleOn(me.roles, dataset),
    csrfToken: me.csrfToken ?? null,
  };
}

/** True when the session may change the current dataset (editor or admin on it): the one test every edit control uses. */
export function canEdit(session: Session = current): boolean {
  return session.account !== null && session.role !== null && RANK[session.role] >= RANK.editor;
}

/** Called with the new session and the one before it after every change. */
export type SessionListener = (session: Session, previous: Session) => void;

let current: Session = anonymousSession();
const listeners = new Set<SessionListener>();

function set(next: Session): void {
  const previous = current;
  current = next;
  useCsrfToken(next.csrfToken);
  for (const listener of [...listeners]) listener(next, previous);
}

/** The current session. */
export function getSession(): Session {
  return current;
}

/** Calls `listener` after every change of the session; returns the function that stops it. */
export function subscribeSession(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks /api/auth/me who this browser is (a server without accounts says `accounts: false`: nobody, and no sign-in). */
export async function refreshSession(): Promise<Session> {
  const dataset = current.dataset;
  try {
    const me = await getJson<Me>('/api/auth/me', {}, undefined, true);
    set(sessionFromMe(me, current.dataset));
  } catch (error) {
    if (!(error instanceof ApiError) || error.statusCode !== 404) throw error;
    set(anonymousSession(dataset, false, true));
  }
  return current;
}

/** Points the session at another dataset (its role there), then asks the server again. */
export async function setSessionDataset(dataset: string | null): Promise<Session> {
  set({ ...current, dataset, role: roleOn(current.roles, dataset) });
  return refreshSession();
}

/** Signs in with name and password; throws the WriteError of a refusal (401 wrong name or password, 429 too many). */
export async function signIn(name: string, password: string): Promise<Session> {
  const { data } = await sendJson<Me>('POST', '/api/auth/login', { name, password }, { unscoped: true });
  set(sessionFromMe(data, current.dataset));
  return current;
}

/** Signs out (the server ends the session and clears its cookie); the page is anonymous afterwards either way. */
export async function signOut(): Promise<void> {
  try {
    await sendJson('POST', '/api/auth/logout', undefined, { unscoped: true });
  } finally {
    set(anonymousSession(current.dataset, current.accounts, true));
  }
}

// The second time axis in the address: `?revision=N` shows what the team had recorded at revision N (pure, no DOM).

/** Highest revision number a link may name (the server's own bound: nine digits). */
export const MAX_REVISION = 999_999_999;

/** The revision a query string asks for (null: now), with a note when it is not a revision number. */
export function revisionFromQuery(q: URLSearchParams, problems: string[]): number | null {
  const text = q.get('revision');
  if (text === null || text === '') return null;
  const value = Number(text);
  if (/^[0-9]{1,9}$/.test(text) && value >= 1 && value <= MAX_REVISION) return value;
  problems.push(`revision: "${text}" is not a revision number`);
  return null;
}

/** Writes `revision=N` when the view travels to a past revision. */
export function revisionToQuery(q: URLSearchParams, revision: number | null): void {
  if (revision !== null) q.set('revision', String(revision));
}

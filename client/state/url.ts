// URL ⇄ state: what is on screen lives in the query string, so a reload (or a shared link) shows the same view.
import { isRelationKind, VALENCES, type RelationKind, type Valence } from '../../graph/model/vocabulary.js';
import { readerFromQuery, readerToQuery } from './reader-state.js';
import { revisionFromQuery, revisionToQuery } from './revision.js';
import { pairKey, sortKinds } from './transitions.js';
import {
  DATASET_ID,
  DEFAULT_FILTERS,
  INITIAL_STATE,
  MAX_EXPANDED,
  MAX_K,
  PANELS,
  PATH_MODES,
  type CompareQuery,
  type ExplorerState,
  type Filters,
  type PanelId,
  type Pair,
  type PathMode,
} from './types.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DEFAULT_K = 3;

/** The panel a query string opens when it does not name one: the most specific question it carries. */
export function derivedPanel(
  state: Pick<ExplorerState, 'compare' | 'path' | 'tie' | 'focus' | 'reader'>,
): PanelId | null {
  if (state.reader) return 'reader';
  if (state.compare) return 'compare';
  if (state.path) return 'path';
  if (state.tie) return 'tie';
  if (state.focus) return 'actor';
  return null;
}

/** The query string (without "?") that restores this state; defaults are left out. */
export function stateToQuery(state: ExplorerState): string {
  const q = new URLSearchParams();
  if (state.dataset) q.set('dataset', state.dataset);
  if (state.focus) q.set('focus', state.focus);
  if (state.expanded.length) q.set('expand', state.expanded.join(','));
  if (state.tie) q.set('tie', pairKey(state.tie));
  if (state.path) {
    q.set('from', state.path.from);
    q.set('to', state.path.to);
    q.set('mode', state.path.mode);
    if (state.path.k !== DEFAULT_K) q.set('k', String(state.path.k));
    if (state.path.kinds.length) q.set('pathKinds', state.path.kinds.join(','));
    if (state.path.valence.length) q.set('pathValence', state.path.valence.join(','));
    if (state.chosenPath > 0) q.set('alt', String(state.chosenPath + 1));
  }
  if (state.compare) {
    if ('pairs' in state.compare) q.set('compare', state.compare.pairs.map(pairKey).join(','));
    else q.set('compareActors', state.compare.actors.join(','));
  }
  if (state.rollup) q.set('rollup', 'state');
  readerToQuery(q, state.reader);
  if (state.asOf) q.set('asOf', state.asOf);
  revisionToQuery(q, state.revision);
  writeFilters(q, state.filters);
  if (state.panel !== derivedPanel(state)) q.set('panel', state.panel ?? 'none');
  // Commas and colons are legal in a query string and keep the URL readable: ?compare=israel:azerbaijan,israel:armenia
  return q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

function writeFilters(q: URLSearchParams, filters: Filters): void {
  if (filters.hiddenKinds.length) q.set('hide', filters.hiddenKinds.join(','));
  if (filters.valences.length !== DEFAULT_FILTERS.valences.length)
    q.set('valence', filters.valences.join(',') || 'none');
  if (filters.minStrength > 0) q.set('minStrength', String(filters.minStrength));
  if (filters.minConfidence > 0) q.set('minConfidence', String(filters.minConfidence));
  if (filters.showStructural) q.set('structural', 'show');
  if (filters.datedOnly) q.set('dated', 'only');
}

/** The state a query string describes, and a note for each part that was not understood (dropped, never fatal). */
export function queryToState(query: string | URLSearchParams): { state: ExplorerState; problems: string[] } {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: string[] = [];
  const id = (name: string): string | null => {
    const value = q.get(name);
    if (value === null || value === '') return null;
    if (ID.test(value)) return value;
    problems.push(`${name}: "${value}" is not an actor id`);
    return null;
  };
  const state: ExplorerState = { ...INITIAL_STATE, filters: readFilters(q, problems) };
  const dataset = q.get('dataset');
  if (dataset)
    state.dataset = DATASET_ID.test(dataset)
      ? dataset
      : note(problems, `dataset: "${dataset}" is not a dataset id`, null);
  state.focus = id('focus');
  state.expanded = readExpanded(q.get('expand'), problems);
  state.tie = readPair(q.get('tie'), 'tie', problems);
  const from = id('from');
  const to = id('to');
  if (from && to) {
    const mode = q.get('mode') ?? 'shortest';
    state.path = {
      from,
      to,
      mode: (PATH_MODES as readonly string[]).includes(mode)
        ? (mode as PathMode)
        : note(problems, `mode: "${mode}" is not one of ${PATH_MODES.join(', ')}`, 'shortest'),
      k: readInt(q.get('k'), 1, MAX_K, DEFAULT_K, 'k', problems),
      kinds: readKinds(q.get('pathKinds'), 'pathKinds', problems),
      valence: readValences(q.get('pathValence'), 'pathValence', problems) ?? [],
    };
    state.chosenPath = readInt(q.get('alt'), 1, MAX_K, 1, 'alt', problems) - 1;
  } else if (from || to) {
    problems.push('a path needs both from and to');
  }
  state.compare = readCompare(q, problems);
  const rollup = q.get('rollup');
  if (rollup === 'state') state.rollup = true;
  else if (rollup !== null && rollup !== 'none') problems.push(`rollup: "${rollup}" is not one of state, none`);
  state.reader = readerFromQuery(q, problems);
  const asOf = q.get('asOf');
  if (asOf) state.asOf = /^\d{4}$/.test(asOf) ? asOf : note(problems, `asOf: "${asOf}" is not a year`, null);
  state.revision = revisionFromQuery(q, problems);
  const panel = q.get('panel');
  if (panel === 'none') state.panel = null;
  else if (panel && (PANELS as readonly string[]).includes(panel)) state.panel = panel as PanelId;
  else {
    if (panel) problems.push(`panel: "${panel}" is not a panel`);
    state.panel = derivedPanel(state);
  }
  return { state, problems };
}

function readFilters(q: URLSearchParams, problems: string[]): Filters {
  return {
    hiddenKinds: readKinds(q.get('hide'), 'hide', problems),
    valences: readValences(q.get('valence'), 'valence', problems) ?? DEFAULT_FILTERS.valences,
    minStrength: readUnit(q.get('minStrength'), 'minStrength', problems),
    minConfidence: readUnit(q.get('minConfidence'), 'minConfidence', problems),
    showStructural: q.get('structural') === 'show',
    datedOnly: q.get('dated') === 'only',
  };
}

function readExpanded(text: string | null, problems: string[]): string[] {
  if (!text) return [];
  const ids = [
    ...new Set(
      text.split(',').filter((id) => ID.test(id) || note(problems, `expand: "${id}" is not an actor id`, false)),
    ),
  ];
  if (ids.length > MAX_EXPANDED)
    problems.push(`expand: at most ${MAX_EXPANDED} actors, the first ${MAX_EXPANDED} are kept`);
  return ids.slice(0, MAX_EXPANDED);
}

function readCompare(q: URLSearchParams, problems: string[]): CompareQuery | null {
  const pairsText = q.get('compare');
  if (pairsText) {
    const pairs = pairsText
      .split(',')
      .map((text) => readPair(text, 'compare', problems))
      .filter((p): p is Pair => p !== null);
    if (pairs.length >= 2) return { pairs };
    problems.push('compare needs two or more pairs a:b');
  }
  const actorsText = q.get('compareActors');
  if (actorsText) {
    const actors = actorsText
      .split(',')
      .filter((a) => ID.test(a) || note(problems, `compareActors: "${a}" is not an actor id`, false));
    if (actors.length >= 2) return { actors };
    problems.push('compareActors needs two or more actors');
  }
  return null;
}

function readPair(text: string | null, name: string, problems: string[]): Pair | null {
  if (!text) return null;
  const [a, b, ...rest] = text.split(':');
  if (a && b && rest.length === 0 && ID.test(a) && ID.test(b) && a !== b) return [a, b];
  problems.push(`${name}: "${text}" is not a pair of actor ids a:b`);
  return null;
}

function readKinds(text: string | null, name: string, problems: string[]): RelationKind[] {
  if (!text) return [];
  return sortKinds(
    text
      .split(',')
      .filter(
        (k): k is RelationKind => isRelationKind(k) || note(problems, `${name}: "${k}" is not a relation kind`, false),
      ),
  );
}

function readValences(text: string | null, name: string, problems: string[]): Valence[] | undefined {
  if (text === null || text === '') return undefined;
  if (text === 'none') return [];
  const wanted = new Set(text.split(','));
  for (const v of wanted)
    if (!(VALENCES as readonly string[]).includes(v)) problems.push(`${name}: "${v}" is not a valence`);
  const known = VALENCES.filter((v) => wanted.has(v));
  // A list of nothing but typos means the default, not "no valence at all" (an empty view).
  return known.length ? known : undefined;
}

function readUnit(text: string | null, name: string, problems: string[]): number {
  if (text === null || text === '') return 0;
  const value = Number(text);
  if (Number.isFinite(value) && value >= 0 && value <= 1) return value;
  return note(problems, `${name}: "${text}" is not a number in 0..1`, 0);
}

function readInt(
  text: string | null,
  min: number,
  max: number,
  fallback: number,
  name: string,
  problems: string[],
): number {
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  return note(problems, `${name}: "${text}" is not a whole number in ${min}..${max}`, fallback);
}

function note<T>(problems: string[], message: string, value: T): T {
  problems.push(message);
  return value;
}

/** The address of a fresh view of another dataset: only `?dataset=` (actors and questions of one dataset mean nothing in another). */
export function datasetQuery(dataset: string | null): string {
  return stateToQuery({ ...INITIAL_STATE, dataset });
}

// Why a path query found nothing, in one sentence from the data: the chain the valence filter rules out and the links it would need.
import type { RelationIndex } from '../relation-index.js';
import type { Path } from '../path-query.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';
import type { PreparedPathQuery } from './prepare-path-query.js';
import { foldedNode } from './rollup-map.js';
import { pathLine } from './path-line.js';

/**
 * The query to run again when a valence-filtered query finds nothing: the same without the valence filter, one
 * path. Undefined without a valence filter (nothing to relax: the reason is then the constraints as a whole).
 */
export function relaxedQuery(prepared: PreparedPathQuery): PreparedPathQuery | undefined {
  if (!prepared.filter.valence) return undefined;
  const { valence: _valence, ...filter } = prepared.filter;
  return { ...prepared, filter, k: 1 };
}

/**
 * "No chain of only cooperative ties from A to B within 6 hops. Without the valence filter the best is A → C →
 * [party to] B, which needs party to (neutral, a structural link), left out by the valence filter…": built from
 * `relaxed`, the best path the relaxed query found (null: none either; undefined: not searched).
 */
export function explainNoPath(
  index: RelationIndex,
  prepared: PreparedPathQuery,
  relaxed: Path | null | undefined,
): string {
  const end = (v: number) => {
    const state = prepared.folds ? foldedNode(prepared.folds, v) : v;
    const name = index.actors[v]!.name;
    return state === v ? name : `${name} (rolled up into ${index.actors[state]!.name})`;
  };
  const where = `from ${end(prepared.source)} to ${end(prepared.target)} within ${prepared.maxHops} hops`;
  const valences = prepared.filter.valence;
  if (!valences || relaxed === undefined) return `No chain ${where}${constraints(prepared)}.`;
  const wanted = `only ${valences.join(' or ')} ties`;
  if (!relaxed) return `No chain ${where}${constraints(prepared)}, even without the valence filter.`;
  const off = relaxed.relations.filter((relation) => !valences.includes(relation.valence));
  // A chain of allowed valences only was left out for another reason (a roll-up that folds it into a loop).
  if (off.length === 0) return `No chain ${where}${constraints(prepared)}.`;
  const structural = off.some((relation) => RELATION_KINDS[relation.kind].domain === 'structural');
  const needs = [
    ...new Set(
      off.map((relation) => {
        const kind = RELATION_KINDS[relation.kind];
        return `${kind.label.toLowerCase()} (${relation.valence}${kind.domain === 'structural' ? ', a structural link' : ''})`;
      }),
    ),
  ];
  return (
    `No chain of ${wanted} ${where}. Without the valence filter the best is ${pathLine(relaxed)}, which needs ` +
    `${needs.join(', ')}: the valence filter leaves ${needs.length === 1 ? 'it' : 'them'} out` +
    (structural ? ' (a structural link says where an actor sits and is never cooperative or hostile).' : '.')
  );
}

/** The constraints a query set, in words: " (as of 1992; only arms transfer)", or nothing. */
function constraints({ directed, filter }: PreparedPathQuery): string {
  const kinds = (list: readonly (keyof typeof RELATION_KINDS)[]) =>
    list.map((kind) => RELATION_KINDS[kind].label.toLowerCase()).join(', ');
  const parts = [
    directed ? 'along relation direction' : '',
    filter.kinds ? `only ${kinds(filter.kinds)}` : '',
    filter.exclude?.length ? `no ${kinds(filter.exclude)}` : '',
    filter.valence ? `only ${filter.valence.join(' or ')} ties` : '',
    filter.minStrength ? `strength at least ${filter.minStrength}` : '',
    filter.minConfidence ? `confidence at least ${filter.minConfidence}` : '',
    filter.asOf ? `as of ${filter.asOf}${filter.datedOnly ? ', dated ties only' : ''}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

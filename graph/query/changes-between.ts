// Changes between two dates: ties that appeared, ended or changed strength from date A to date B, each with its evidence.
import { Type, type Static } from 'typebox';
import type { ActorGraph } from '../model/actor-graph.js';
import { parsePartialDate } from '../model/dates.js';
import { Evidence, PartialDate, type Relation } from '../model/schema.js';
import { RELATION_KIND_IDS } from '../model/vocabulary.js';
import { QueryError } from '../errors.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';

/** One change: a pair (a < b by id) and kind, its strongest strength at each date (null: absent), and the relation shown. */
export const TieChange = Type.Object(
  {
    a: Type.String(),
    b: Type.String(),
    kind: Type.Enum(RELATION_KIND_IDS),
    relation: Type.String({ description: 'id of the relation whose evidence is shown' }),
    strengthFrom: Type.Union([Type.Number(), Type.Null()], {
      description: 'strongest strength at `from`; null when absent',
    }),
    strengthTo: Type.Union([Type.Number(), Type.Null()], {
      description: 'strongest strength at `to`; null when absent',
    }),
    evidence: Evidence,
  },
  { additionalProperties: false },
);
export type TieChange = Static<typeof TieChange>;

/** The changes between two dates, each list ordered by pair, kind and relation id. */
export const ChangesBetween = Type.Object(
  {
    from: PartialDate,
    to: PartialDate,
    appeared: Type.Array(TieChange, { description: 'relations that hold at `to` but not at `from`' }),
    ended: Type.Array(TieChange, { description: 'relations that hold at `from` but not at `to`' }),
    changed: Type.Array(TieChange, {
      description: 'pairs and kinds held at both dates whose strongest strength differs',
    }),
  },
  { additionalProperties: false },
);
export type ChangesBetween = Static<typeof ChangesBetween>;

/** The relation filter of a changes query: every constraint but the date, which `from` and `to` give. */
export type ChangesFilter = Omit<RelationFilter, 'asOf'>;

interface Held {
  relation: Relation;
  a: string;
  b: string;
  key: string;
}

/**
 * The ties that appeared, ended or changed strength between `from` and `to`, by the as-of rule every query
 * uses; throws QueryError naming `from` or `to` for a malformed date or `to` before `from`.
 */
export function changesBetween(
  graph: ActorGraph,
  from: string,
  to: string,
  filter: ChangesFilter = {},
): ChangesBetween {
  const fromDay = parsePartialDate(from);
  if (!fromDay) throw new QueryError('from', `"${from}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const toDay = parsePartialDate(to);
  if (!toDay) throw new QueryError('to', `"${to}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (toDay.first < fromDay.first) throw new QueryError('to', `"${to}" is before \`from\` "${from}"`);
  const atFrom = compileFilter({ ...filter, asOf: from });
  const atTo = compileFilter({ ...filter, asOf: to });
  const before = new Map<string, Held>();
  const after = new Map<string, Held>();
  graph.forEachEdge((id, relation, s, t, source, target) => {
    const [a, b] = s < t ? [s, t] : [t, s];
    const held = { relation, a, b, key: `${a}\u0000${b}\u0000${relation.kind}` };
    if (atFrom(relation, source, target)) before.set(id, held);
    if (atTo(relation, source, target)) after.set(id, held);
  });
  const appeared = [...after]
    .filter(([id]) => !before.has(id))
    .map(([, held]) => change(held, null, held.relation.strength));
  const ended = [...before]
    .filter(([id]) => !after.has(id))
    .map(([, held]) => change(held, held.relation.strength, null));
  const strongestFrom = strongestByKey(before.values());
  const changed: TieChange[] = [];
  for (const [key, top] of strongestByKey(after.values())) {
    const old = strongestFrom.get(key);
    if (old && old.relation.strength !== top.relation.strength)
      changed.push(change(top, old.relation.strength, top.relation.strength));
  }
  return { from, to, appeared: sorted(appeared), ended: sorted(ended), changed: sorted(changed) };
}

// The strongest relation of each pair and kind; equal strengths keep the smaller id, so the evidence shown is stable.
function strongestByKey(helds: Iterable<Held>): Map<string, Held> {
  const top = new Map<string, Held>();
  for (const held of helds) {
    const best = top.get(held.key);
    const wins =
      !best ||
      held.relation.strength > best.relation.strength ||
      (held.relation.strength === best.relation.strength && held.relation.id < best.relation.id);
    if (wins) top.set(held.key, held);
  }
  return top;
}

function change({ relation, a, b }: Held, strengthFrom: number | null, strengthTo: number | null): TieChange {
  return {
    a,
    b,
    kind: relation.kind,
    relation: relation.id,
    strengthFrom,
    strengthTo,
    evidence: relation.evidence[0]!,
  };
}

// Plain code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function sorted(changes: TieChange[]): TieChange[] {
  return changes.sort(
    (x, y) => compare(x.a, y.a) || compare(x.b, y.b) || compare(x.kind, y.kind) || compare(x.relation, y.relation),
  );
}

// Semantic checks a schema cannot express: valence and direction against the kind, and dates that name real, ordered days.
import { type DayInterval, parsePartialDate } from '../model/dates.js';
import { RELATION_KINDS } from '../model/vocabulary.js';
import type { DatasetParts } from './dataset-parts.js';
import {
  type DatasetIssue,
  DirectionContradictsKind,
  EndBeforeStart,
  MalformedDate,
  ValenceContradictsKind,
} from './dataset-issues.js';
import { atSliceEnd, type Sliced } from '../shared/slices.js';

/** Relations whose valence or `directed` flag contradicts the vocabulary entry of their kind. */
export function* kindIssues(parts: DatasetParts): Sliced<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  for (const { index, item: relation } of parts.relations) {
    const spec = RELATION_KINDS[relation.kind];
    if (!(spec.valences as readonly string[]).includes(relation.valence)) {
      const allowed = spec.valences.join(' or ');
      issues.push(
        new ValenceContradictsKind(
          parts.file,
          `/relations/${index}/valence`,
          `a "${relation.kind}" relation is ${allowed}, not ${relation.valence}`,
        ),
      );
    }
    if (relation.directed !== undefined && relation.directed !== spec.directed) {
      issues.push(
        new DirectionContradictsKind(
          parts.file,
          `/relations/${index}/directed`,
          `a "${relation.kind}" relation is ${spec.directed ? 'directed' : 'undirected'}, but directed is ${relation.directed}`,
        ),
      );
    }
    if (atSliceEnd(index)) yield;
  }
  return issues;
}

/** Dates that name no real day (2019-02-30), spans whose end lies wholly before their start, and `by` without a lone point. */
export function* dateIssues(parts: DatasetParts): Sliced<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  const parse = (text: string | undefined, path: string): DayInterval | undefined => {
    if (text === undefined) return undefined;
    const interval = parsePartialDate(text);
    if (!interval) issues.push(new MalformedDate(parts.file, path, `"${text}" names no real date`));
    return interval;
  };
  const order = (first: DayInterval | undefined, end: DayInterval | undefined, path: string, what: string): void => {
    // Partial dates compare by precision: an end in "2016" does not precede a start in "2016-05".
    if (first && end && end.last < first.first) issues.push(new EndBeforeStart(parts.file, path, what));
  };
  for (const { index, item: source } of parts.sources) parse(source.published, `/sources/${index}/published`);
  for (const { index, item: actor } of parts.actors) {
    const path = `/actors/${index}/exists`;
    const start = parse(actor.exists?.start, `${path}/start`);
    const end = parse(actor.exists?.end, `${path}/end`);
    order(start, end, `${path}/end`, `"${actor.exists?.end}" is before the start "${actor.exists?.start}"`);
    if (atSliceEnd(index)) yield;
  }
  for (const { index, item: relation } of parts.relations) {
    if (atSliceEnd(index)) yield;
    const dates = relation.dates;
    if (!dates) continue;
    const path = `/relations/${index}/dates`;
    const start = parse(dates.start, `${path}/start`);
    const point = parse(dates.point, `${path}/point`);
    const end = parse(dates.end, `${path}/end`);
    const begin = dates.start ?? dates.point;
    if (dates.by !== undefined && (dates.point === undefined || dates.start !== undefined || dates.end !== undefined))
      issues.push(
        new MalformedDate(
          parts.file,
          `${path}/by`,
          '`by` says an event happened by its `point` date: it needs `point` and no `start` or `end`',
        ),
      );
    order(
      start ?? point,
      end,
      `${path}/end`,
      `"${dates.end}" is before the ${dates.start ? 'start' : 'point'} "${begin}"`,
    );
  }
  return issues;
}

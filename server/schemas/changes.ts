// The query string and response of GET /api/changes: two dates plus the usual dataset and relation filter (no asOf: the dates are the slices).
import { Type, type Static } from 'typebox';
import { PartialDate } from '../../graph/model/schema.js';
import { ChangesBetween } from '../../graph/query/changes-between.js';
import { datasetQueryProperties } from './dataset-query.js';
import { filterQueryProperties } from './filter-query.js';

const { asOf: _asOf, ...filters } = filterQueryProperties;

/** `from` and `to` (partial dates, `to` not before `from`), the dataset, and every relation filter but `asOf`. */
export const ChangesQuery = Type.Object(
  {
    ...datasetQueryProperties,
    from: PartialDate, // the earlier date
    to: PartialDate, // the later date, not before `from` (checked by changesBetween: 400 naming `to`)
    ...filters,
  },
  { additionalProperties: false },
);
export type ChangesQuery = Static<typeof ChangesQuery>;

/** The response: defined once beside the query in graph/, re-exported for the route and the client's `import type`. */
export { ChangesBetween as ChangesResponse };

// The comparison table: one column per pair or actor, one row per domain and per kind, so the sides line up row by row.
import type { Source } from '../../graph/model/schema.js';
import type { DomainProfile } from '../../graph/profile/profile-results.js';
import type { CompareRows } from '../../graph/query/results.js';
import { DOMAIN_LABELS, RELATION_KINDS } from '../../graph/model/vocabulary.js';
import { h } from './dom.js';
import { rowContent, rowFill } from './profile-rows.js';

/** One column of the table: its heading and the profile, whose rows the server already aligned with `rows`. */
export interface CompareColumn {
  heading: string;
  profile: DomainProfile;
}

/** The table; `name` turns actor ids into names for the strongest evidence. */
export function compareTable(
  rows: CompareRows,
  columns: readonly CompareColumn[],
  name: (id: string) => string,
  sources: ReadonlyMap<string, Source>,
): HTMLElement {
  const domainLines = rows.domains.map((domain) =>
    h(
      'tr',
      { class: 'domain-line', 'data-domain': domain },
      h('th', { scope: 'row' }, DOMAIN_LABELS[domain]),
      columns.map(({ profile }) => {
        const row = profile.domains.find((entry) => entry.domain === domain)!;
        return h('td', {}, rowContent(row, DOMAIN_LABELS[domain], rowFill(domain), name, sources));
      }),
    ),
  );
  const kindLines = rows.kinds.map((kind) =>
    h(
      'tr',
      { class: 'kind-line', 'data-kind': kind },
      h('th', { scope: 'row' }, RELATION_KINDS[kind].label),
      columns.map(({ profile }) => {
        const row = profile.kinds.find((entry) => entry.kind === kind)!;
        return h('td', {}, rowContent(row, RELATION_KINDS[kind].label, rowFill(row.domain), name, sources));
      }),
    ),
  );
  return h(
    'table',
    { class: 'compare-table' },
    h(
      'caption',
      {},
      'Side by side by domain, then by kind: distinct facts, the strongest (strength × confidence) with its quote',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Row'),
        columns.map((column) => h('th', { scope: 'col' }, column.heading)),
      ),
    ),
    h('tbody', { class: 'domains' }, domainLines),
    h('tbody', { class: 'kinds' }, kindLines),
  );
}

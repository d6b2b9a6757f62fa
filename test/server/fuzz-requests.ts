// Fuzz request generators shared by the fuzz test (≥ 1k requests) and the fuzz benchmark (≥ 10k): routes from the OpenAPI spec, fast-check values.
import fc from 'fast-check';

/** A documented GET route: how to fill its path parameters and the query parameters it declares. */
export interface RouteSpec {
  template: string;
  path: (id: string) => string;
  params: string[];
}

/** Every documented GET route with the query parameters it declares, read from the OpenAPI spec so that new routes are fuzzed too. */
export function routesOf(spec: {
  paths: Record<string, { get?: { parameters?: Array<{ in: string; name: string }> } }>;
}): RouteSpec[] {
  return Object.entries(spec.paths).flatMap(([template, item]) =>
    item.get
      ? [
          {
            template,
            path: (id: string) => template.replace(/\{\w+\}/g, id),
            params: (item.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          },
        ]
      : [],
  );
}

const plausible = fc.constantFrom(
  'israel',
  'azerbaijan',
  'armenia',
  'iran',
  'israel-aerospace-industries',
  'besa-1723',
  'arms-transfer',
  'arms-transfer,energy-supply',
  'cooperative',
  'hostile,mixed',
  'strongest',
  'widest',
  'shortest',
  'both',
  'out',
  'true',
  'false',
  '2016',
  '2020-07',
  '2019-02-30',
  'israel:azerbaijan,israel:armenia',
  'israel,turkey',
  'degree,betweenness',
  '0',
  '1',
  '3',
  '8',
  '-1',
  '0.5',
  '1e9',
  'NaN',
  '',
  ',',
  ':',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${7*7}',
  '\u0000',
  '\u202e',
  '😀',
);

/** A query or path value: mostly plausible, often arbitrary text (unicode, binary), sometimes numbers. */
export const fuzzValue = fc.oneof(
  { weight: 4, arbitrary: plausible },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** One request: which route, the path id, query pairs (a declared parameter by index, or any name), raw or encoded. */
export const fuzzRequest = (routeCount: number) =>
  fc.record({
    route: fc.nat(routeCount - 1),
    id: fuzzValue,
    pairs: fc.array(fc.tuple(fc.oneof(fc.nat(20), fc.string({ minLength: 1, maxLength: 12 })), fuzzValue), {
      maxLength: 6,
    }),
    raw: fc.boolean(),
  });

/** The URL of a generated request: encoded most of the time; sometimes raw, to exercise the parser on what a careless client sends. */
export function fuzzUrl(
  spec: RouteSpec,
  { id, pairs, raw }: { id: string; pairs: Array<[number | string, string]>; raw: boolean },
): string {
  const entries = pairs.map(
    ([name, v]) =>
      [typeof name === 'number' ? (spec.params[name % Math.max(spec.params.length, 1)] ?? 'x') : name, v] as [
        string,
        string,
      ],
  );
  const query = raw ? entries.map(([k, v]) => `${k}=${v}`).join('&') : new URLSearchParams(entries).toString();
  return `${spec.path(raw ? id.replace(/[/?#]/g, '') : encodeURIComponent(id))}${query ? `?${query}` : ''}`;
}

/** Why a response breaks the contract (a 5xx, a 4xx that is not our JSON error, a 400/422/NOT_FOUND that names no field), or undefined. */
export function contractBreach(status: number, body: string): string | undefined {
  if (status >= 500) return `${status} ${body}`;
  if (status < 400) return undefined;
  let error: { statusCode?: number; message?: string; code?: string; field?: string };
  try {
    error = JSON.parse(body);
  } catch {
    return `${status} without a JSON body: ${body.slice(0, 200)}`;
  }
  if (error.statusCode !== status || typeof error.message !== 'string' || !error.message || !error.code)
    return `${status} without a proper JSON error: ${body}`;
  if ((status === 400 || status === 422 || error.code === 'NOT_FOUND') && !error.field)
    return `${status} ${error.code} names no field: ${body}`;
  return undefined;
}

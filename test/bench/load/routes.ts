// The request mix of the load benchmark: realistic reads per route, each with varied ids drawn from the served dataset.
import { mulberry32 } from '../../../graph/shared/random.js';

/** One route of the mix: a label for the report, how to make its next URL, and its share of the mixed run. */
export interface RouteLoad {
  label: string;
  next: () => string;
  weight: number;
}

/** The mix over a dataset whose actor ids are `ids` (relation ids from `relationIds`); `large` leaves out whole-graph routes. */
export function routeMix(ids: readonly string[], relationIds: readonly string[], large: boolean): RouteLoad[] {
  // Seeded uniform draws: every run asks the same questions, and 1,000 ids give ~10^6 distinct pairs. (The
  // multiplicative step this replaced cycled through 50 ids, so the same 25 path pairs came back again and again
  // and shared answers in flight: 5,056 strongest paths/s on 1M relations, against ~1,000 with distinct pairs.)
  const random = mulberry32(1723);
  const pick = (list: readonly string[]) => random.pick(list);
  const year = () => 1995 + random.int(30);
  // Two different actors: a path, tie card or comparison of an actor with itself is a 400.
  const two = (): [string, string] => {
    const a = pick(ids);
    let b = pick(ids);
    while (b === a && ids.length > 1) b = pick(ids);
    return [a, b];
  };
  const pair = (first: string, second: string): string => {
    const [a, b] = two();
    return `${first}=${a}&${second}=${b}`;
  };
  const routes: RouteLoad[] = [
    { label: '/api/health', next: () => '/api/health', weight: 1 },
    {
      label: '/api/actors?q=',
      next: () => `/api/actors?q=${encodeURIComponent(pick(ids).slice(0, 6))}&limit=20`,
      weight: 3,
    },
    { label: '/api/actors/:id', next: () => `/api/actors/${pick(ids)}?limit=20`, weight: 3 },
    {
      label: '/api/actors/:id/neighbors',
      next: () => `/api/actors/${pick(ids)}/neighbors?depth=1&limit=200`,
      weight: 2,
    },
    { label: '/api/relations?actor=', next: () => `/api/relations?actor=${pick(ids)}&limit=50`, weight: 2 },
    { label: '/api/relations/:id', next: () => `/api/relations/${pick(relationIds)}`, weight: 1 },
    { label: '/api/ties', next: () => `/api/ties?${pair('a', 'b')}`, weight: 1 },
    { label: '/api/paths?mode=strongest', next: () => `/api/paths?${pair('from', 'to')}&mode=strongest`, weight: 2 },
    {
      label: '/api/paths?mode=shortest&k=3',
      next: () => `/api/paths?${pair('from', 'to')}&mode=shortest&k=3`,
      weight: 1,
    },
    { label: '/api/metrics?metrics=degree', next: () => '/api/metrics?metrics=degree&limit=100', weight: 1 },
  ];
  if (!large) {
    routes.push({ label: '/api/graph?asOf=', next: () => `/api/graph?asOf=${year()}`, weight: 1 });
    routes.push({ label: '/api/compare', next: () => `/api/compare?actors=${two().join(',')}`, weight: 1 });
  }
  return routes;
}

/** The routes timed one request at a time: health (the floor of any answer) and the path queries of issue 12's targets. */
export function serialRoutes(ids: readonly string[]): RouteLoad[] {
  const random = mulberry32(12);
  const pair = () => {
    const a = random.pick(ids);
    let b = random.pick(ids);
    while (b === a && ids.length > 1) b = random.pick(ids);
    return `from=${a}&to=${b}`;
  };
  return [
    { label: '/api/health', next: () => '/api/health', weight: 1 },
    { label: '/api/paths?mode=strongest', next: () => `/api/paths?${pair()}&mode=strongest`, weight: 1 },
    { label: '/api/paths?mode=shortest', next: () => `/api/paths?${pair()}&mode=shortest`, weight: 1 },
    { label: '/api/paths?mode=shortest&k=3', next: () => `/api/paths?${pair()}&mode=shortest&k=3`, weight: 1 },
  ];
}

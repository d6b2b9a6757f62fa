// Tests for client/panels/reader-state.ts: span parsing, the URL's source/span, reader transitions, supports of a range, the graph highlight.
import t from 'tap';
import {
  focusPassage,
  formatRange,
  openReader,
  parseRange,
  readerFromQuery,
  readerHighlight,
  readerToQuery,
  supportsOf,
} from '../../../client/state/reader-state.js';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { INITIAL_STATE } from '../../../client/state/types.js';
import type { QuoteSpan } from '../../../graph/sources/results.js';
import { fixtureView } from '../render/fixture.js';

t.test('parseRange refuses anything but start-end with end after start', async (t) => {
  for (const bad of [null, '', '12', '12-', '-5', 'a-b', '5-5', '9-3', '1.5-3', '1-2-3', '1234567890-1234567891'])
    t.equal(parseRange(bad), null, String(bad));
  t.same(parseRange('120-245'), [120, 245]);
  t.equal(formatRange([120, 245]), '120-245');
});

t.test('readerFromQuery: source and span, with problems noted and never fatal', async (t) => {
  const read = (query: string) => {
    const problems: string[] = [];
    return { reader: readerFromQuery(new URLSearchParams(query), problems), problems };
  };
  t.same(read(''), { reader: null, problems: [] });
  t.same(read('span=1-5').problems, ['span: needs a source']);
  t.same(read('source=Bad%20Id').problems, ['source: "Bad Id" is not a source id']);
  t.same(read('source=besa-1723&span=9-3'), {
    reader: { source: 'besa-1723', span: null, relations: [], actors: [] },
    problems: ['span: "9-3" is not a range start-end'],
  });
  t.same(read('source=besa-1723&span=10-20').reader, {
    source: 'besa-1723',
    span: [10, 20],
    relations: [],
    actors: [],
  });
  const q = new URLSearchParams();
  readerToQuery(q, { source: 'besa-1723', span: [10, 20], relations: ['r'], actors: [] });
  t.equal(q.toString(), 'source=besa-1723&span=10-20', 'only source and span go in the URL');
  const none = new URLSearchParams();
  readerToQuery(none, null);
  t.equal(none.toString(), '');
});

t.test('openReader and focusPassage', async (t) => {
  t.equal(openReader(INITIAL_STATE, 'Not An Id'), INITIAL_STATE, 'a bad source id changes nothing');
  t.equal(focusPassage(INITIAL_STATE, [1, 2], ['r'], []), INITIAL_STATE, 'no reader open: nothing to focus');
  const open = openReader({ ...INITIAL_STATE, hovered: 'israel' }, 'besa-1723', [10, 20]);
  t.equal(open.panel, 'reader');
  t.equal(open.hovered, null, 'a stale hover would hide the reader’s highlight');
  t.same(open.reader, { source: 'besa-1723', span: [10, 20], relations: [], actors: [] });
  const focused = focusPassage(open, [10, 20], ['arms-1'], ['iai']);
  t.same(focused.reader, { source: 'besa-1723', span: [10, 20], relations: ['arms-1'], actors: ['iai'] });
  t.equal(focusPassage(focused, [10, 20], ['arms-1'], ['iai']), focused, 'the same focus returns the same state');
  t.equal(focusPassage(focused, null, [], []).reader?.span, null, 'unmarking');
});

t.test('supportsOf: every span containing the range, each id once', async (t) => {
  const span = (start: number, end: number, relations: string[], actors: string[] = []): QuoteSpan => ({
    start,
    end,
    quote: 'x'.repeat(end - start),
    occurrences: 1,
    relations: relations.map((id) => ({ id }) as never),
    actors: actors.map((id) => ({ id }) as never),
  });
  const spans = [
    span(0, 30, ['outer']),
    span(5, 10, ['inner', 'outer'], ['a']),
    span(8, 20, ['overlapping']),
    span(40, 50, ['later']),
  ];
  t.same(supportsOf(spans, [5, 10]), { relations: ['outer', 'inner'], actors: ['a'] });
  t.same(supportsOf(spans, [8, 20]), { relations: ['outer', 'overlapping'], actors: [] });
  t.same(supportsOf(spans, [31, 39]), { relations: [], actors: [] });
});

t.test(
  'readerHighlight: the focused ties, their ends and actors; forced past the filters; null when nothing is focused',
  async (t) => {
    const graph = toDisplayGraph(fixtureView());
    const reader = { source: 's', span: [0, 1] as const, relations: [] as string[], actors: [] as string[] };
    t.equal(readerHighlight(graph, INITIAL_STATE), null);
    t.equal(readerHighlight(graph, { ...INITIAL_STATE, reader }), null);
    const edge = graph.edges()[0]!;
    const highlight = readerHighlight(graph, {
      ...INITIAL_STATE,
      reader: { ...reader, relations: [edge, 'not-in-graph'], actors: ['loner'] },
    })!;
    t.same([...highlight.edges], [edge]);
    t.same([...highlight.forced], [edge]);
    t.same(new Set(highlight.nodes), new Set([...graph.extremities(edge), 'loner']));
    t.equal(highlight.primary, null);
  },
);

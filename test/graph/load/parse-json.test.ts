// Tests for graph/load/parse-json.ts: syntax errors located by line and column, including those V8 gives no position for.
import t from 'tap';
import { InvalidJson } from '../../../graph/load/dataset-issues.js';
import { lineAndColumn, parseJson } from '../../../graph/load/parse-json.js';

t.test('lineAndColumn counts from 1 and puts an offset past the end on the last line', async (t) => {
  t.same(lineAndColumn('', 0), { line: 1, column: 1 });
  t.same(lineAndColumn('ab\ncd', 3), { line: 2, column: 1 }, 'the character after a newline starts line 2');
  t.same(lineAndColumn('ab\ncd', 2), { line: 1, column: 3 }, 'the newline itself ends line 1');
  t.same(lineAndColumn('ab\r\ncd\n', 99), { line: 3, column: 1 }, 'an offset past the end is clamped to the end');
  t.same(lineAndColumn('ab', -5), { line: 1, column: 1 }, 'a negative offset is clamped to the start');
});

t.test('parseJson locates errors V8 reports without a position, by hand-counted offsets', async (t) => {
  // 'Unexpected token' errors carry no position on Node 20: the x below is the 7th character of line 2.
  const cases: Array<[string, number, number]> = [
    ['[1,\n  2, 3x]', 2, 7],
    ['{"a": tru}', 1, 10],
    ['nul', 1, 4],
  ];
  for (const [text, line, column] of cases) {
    const result = parseJson(text, 'f.json');
    t.ok('issue' in result, text);
    if (!('issue' in result)) continue;
    t.ok(result.issue instanceof InvalidJson);
    t.same([result.issue.line, result.issue.column], [line, column], text);
    t.match(result.issue.reason, `line ${line}, column ${column}`);
  }
  t.same(parseJson('{"a": [1, 2]}', 'f.json'), { value: { a: [1, 2] } });
});

// Tests for graph/sources/sentences.ts: empty input, headings, abbreviations, sentences cut by a line break, exact offsets, windowed segmentation of long texts.
import t from 'tap';
import { sentenceSegments, splitSentences } from '../../../graph/sources/sentences.js';

t.test('splitSentences: nothing in empty or blank text', async (t) => {
  t.same(splitSentences(''), []);
  t.same(splitSentences('  \n\n \t'), []);
});

t.test('splitSentences: plain sentences, trimmed, with exact offsets', async (t) => {
  const text = '  One sentence here. Two? Three!\n';
  const sentences = splitSentences(text);
  t.same(
    sentences.map((s) => s.text),
    ['One sentence here.', 'Two?', 'Three!'],
  );
  t.same(
    sentences.map((s) => s.index),
    [0, 1, 2],
  );
  for (const s of sentences) t.equal(text.slice(s.start, s.end), s.text);
  t.equal(sentences[0]!.start, 2);
});

t.test('splitSentences: heading lines stand alone; decimals and initials do not split', async (t) => {
  const text = 'TRADE BULLETIN\n\nA Title In Title Case\n\nIt cost \\$1.6 billion. U.S. forces left.';
  t.same(
    splitSentences(text).map((s) => s.text),
    ['TRADE BULLETIN', 'A Title In Title Case', 'It cost \\$1.6 billion.', 'U.S. forces left.'],
  );
});

t.test('splitSentences: repairs a break after an abbreviation and a sentence cut by a line break', async (t) => {
  const text =
    'Paper No. 1,723 is out. Mr. Smith agrees.\n\nEver since then, relations have\n\nbroadened and deepened. Done.';
  t.same(
    splitSentences(text).map((s) => s.text),
    [
      'Paper No. 1,723 is out.',
      'Mr. Smith agrees.',
      'Ever since then, relations have\n\nbroadened and deepened.',
      'Done.',
    ],
  );
});

t.test('sentenceSegments: the same segments as one pass of Intl.Segmenter, across many windows', async (t) => {
  // Mixed breaks, CRLF, abbreviations, a surrogate pair (emoji) and a long unbroken run that outgrows one window.
  const piece = 'Mr. Smith said "no." He left! U.S. forces 🚀 moved. Then (x). $1.6 billion.\r\n\nnext line\n';
  const text = `${piece.repeat(150)}${'a'.repeat(20_000)} end. ${piece.repeat(50)}`;
  const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map(({ segment, index }) => ({
    segment,
    index,
  }));
  t.ok(text.length > 3 * 8192, 'the text spans several windows');
  t.same([...sentenceSegments(text)], whole);
});

t.test('splitSentences: a 1 MB text is segmented in linear time, every sentence found', async (t) => {
  const text = `Armenia and Türkiye talk.\n${'Lorem ipsum dolor sit amet. '.repeat(36_000)}`;
  const sentences = splitSentences(text);
  t.equal(sentences.length, 36_001);
  t.equal(sentences.at(-1)!.text, 'Lorem ipsum dolor sit amet.');
  t.equal(sentences.at(-1)!.end, text.length - 1);
});

import { describe, expect, it } from 'vitest';
import { moveSelection, sentenceSpans, type SelectionMove } from './keyboard-selection';

const TEXT =
  'Gen. Hawary met Mr. Kadıoğlu in Ankara. They agreed on joint training, advisory support.\n\n' +
  'A New Chapter\n' +
  'The accord was signed in August.';

const slice = (s: { start: number; end: number } | null) => (s ? TEXT.slice(s.start, s.end) : null);

function run(moves: SelectionMove[], at = 0) {
  let sel: { start: number; end: number } | null = null;
  for (const m of moves) sel = moveSelection(TEXT, sel, m, at) ?? sel;
  return slice(sel);
}

describe('keyboard selection', () => {
  it('splits sentences as the generator does: abbreviations stay inside, headings stand alone', () => {
    expect(sentenceSpans(TEXT).map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'Gen. Hawary met Mr. Kadıoğlu in Ankara.',
      'They agreed on joint training, advisory support.',
      'A New Chapter',
      'The accord was signed in August.',
    ]);
  });

  it('starts with the sentence or word at the given offset', () => {
    expect(run(['next-sentence'])).toBe('Gen. Hawary met Mr. Kadıoğlu in Ankara.');
    expect(run(['sentence-forward'], TEXT.indexOf('They'))).toBe(
      'They agreed on joint training, advisory support.',
    );
    expect(run(['word-forward'], TEXT.indexOf('Kadıoğlu'))).toBe('Kadıoğlu');
  });

  it('walks whole sentences forward and back across paragraphs, stopping at the ends', () => {
    expect(run(['next-sentence', 'next-sentence', 'next-sentence'])).toBe('A New Chapter');
    expect(run(['next-sentence', 'next-sentence', 'previous-sentence'])).toBe(
      'Gen. Hawary met Mr. Kadıoğlu in Ankara.',
    );
    const last = moveSelection(
      TEXT,
      { start: TEXT.indexOf('The accord'), end: TEXT.length },
      'next-sentence',
    );
    expect(last).toBeNull();
    expect(moveSelection(TEXT, { start: 0, end: 4 }, 'previous-sentence')).toBeNull();
  });

  it('grows and shrinks the end by words, dropping the punctuation with the word', () => {
    const at = TEXT.indexOf('They');
    expect(run(['word-forward', 'word-forward', 'word-forward'], at)).toBe('They agreed on');
    expect(run(['sentence-forward', 'word-back'], at)).toBe(
      'They agreed on joint training, advisory',
    );
    expect(run(['sentence-forward', 'word-back', 'word-back'], at)).toBe(
      'They agreed on joint training',
    );
    // Never shrinks to nothing.
    expect(run(['word-forward', 'word-back'], at)).toBe('They');
  });

  it('grows by sentences from a partial selection and shrinks back to the last whole one', () => {
    expect(run(['word-forward', 'sentence-forward'])).toBe(
      'Gen. Hawary met Mr. Kadıoğlu in Ankara.',
    );
    expect(run(['next-sentence', 'sentence-forward'])).toBe(
      'Gen. Hawary met Mr. Kadıoğlu in Ankara. They agreed on joint training, advisory support.',
    );
    expect(run(['next-sentence', 'sentence-forward', 'sentence-back'])).toBe(
      'Gen. Hawary met Mr. Kadıoğlu in Ankara.',
    );
    expect(run(['next-sentence', 'sentence-back'])).toBe('Gen. Hawary met Mr. Kadıoğlu in Ankara.');
  });

  it('answers null on empty text instead of a bogus range', () => {
    expect(moveSelection('', null, 'next-sentence')).toBeNull();
    expect(moveSelection('   ', null, 'word-forward')).toBeNull();
  });
});

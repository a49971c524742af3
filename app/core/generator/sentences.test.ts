import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('does not split after titles, initials or U.S.', () => {
    expect(split('Mr. Brown met Dr. Smith. John F. Kennedy spoke. The U.S. Army left.')).toEqual([
      'Mr. Brown met Dr. Smith.',
      'John F. Kennedy spoke.',
      'The U.S. Army left.',
    ]);
  });

  it('keeps a quotation with its attribution', () => {
    expect(split('“We won!” Machado said. Then she left.')).toEqual([
      '“We won!” Machado said.',
      'Then she left.',
    ]);
    expect(split('"It is done." He left.')).toEqual(['"It is done."', 'He left.']);
  });

  it('does not end a sentence inside a quotation closed later in the paragraph', () => {
    expect(split('Ms Lee said: “Costs are rising. We cannot wait.” The board agreed.')).toEqual([
      'Ms Lee said: “Costs are rising. We cannot wait.”',
      'The board agreed.',
    ]);
    expect(split('He said: ‘It’s not a rush. It never was.’ Then he left.')).toEqual([
      'He said: ‘It’s not a rush. It never was.’',
      'Then he left.',
    ]);
    // A quotation that runs on into the next paragraph does not hold the split.
    expect(split('She said: “Prices fell. Demand rose.')).toEqual([
      'She said: “Prices fell.',
      'Demand rose.',
    ]);
  });

  it('joins hard-wrapped lines and trims', () => {
    expect(split('  It has seen markets dip. The \nFTSE 100 is down.  ')).toEqual([
      'It has seen markets dip.',
      'The \nFTSE 100 is down.',
    ]);
  });

  it('covers the text between sentences with nothing but space (property)', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const spans = splitSentences(text, 0, text.length);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(last, s.start).trim()).toBe('');
          expect(text.slice(s.start, s.end).trim()).not.toBe('');
          last = s.end;
        }
        expect(text.slice(last).trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createAnnotation, describeSelection, findQuote } from './create';

const text =
  'Ankara confirmed on Monday that talks with Damascus had resumed after a pause of two years.';

describe('describeSelection', () => {
  it('stores up to 32 characters of context, fewer at the edges', () => {
    const start = text.indexOf('Damascus');
    expect(describeSelection(text, start, start + 8)).toEqual({
      exact: 'Damascus',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 8, start + 40),
    });
    expect(describeSelection(text, start, start + 8).prefix).toHaveLength(32);
    expect(describeSelection(text, 0, 6)).toMatchObject({ exact: 'Ankara', prefix: '' });
    expect(describeSelection(text, 80, 91).suffix).toBe('');
  });

  it('never cuts a surrogate pair in the context', () => {
    const emoji = '😀'.repeat(40);
    const { prefix, suffix } = describeSelection(emoji + 'x' + emoji, 80, 81);
    expect(prefix.length % 2).toBe(0);
    expect(suffix.length % 2).toBe(0);
  });
});

describe('createAnnotation', () => {
  it('builds an anchored private annotation with defaults', () => {
    const made = createAnnotation({
      id: 'n1',
      blockId: 'article',
      blockText: text,
      start: 43,
      end: 51,
      tags: [' a ', 'a', ''],
      now: 'T',
    });
    expect(made).toMatchObject({
      ok: true,
      value: {
        id: 'n1',
        status: 'anchored',
        visibility: 'private',
        body: { note: '', tags: ['a'], colour: 'fact' },
        created: 'T',
        updated: 'T',
      },
    });
  });

  it('returns errors for empty or out-of-range selections', () => {
    expect(
      createAnnotation({ id: 'x', blockId: 'b', blockText: text, start: 5, end: 5, now: 'T' }),
    ).toMatchObject({ ok: false, error: { code: 'empty-selection' } });
    expect(
      createAnnotation({ id: 'x', blockId: 'b', blockText: text, start: 5, end: 999, now: 'T' }),
    ).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });
});

describe('findQuote', () => {
  const repeated = 'the deal, the deal, the deal';
  it('finds the n-th occurrence', () => {
    expect(findQuote(repeated, 'the deal', 2)).toEqual({ ok: true, value: { start: 10, end: 18 } });
    expect(findQuote(repeated, 'the deal')).toEqual({ ok: true, value: { start: 0, end: 8 } });
  });

  it('returns clear errors as values', () => {
    expect(findQuote(repeated, 'peace')).toEqual({
      ok: false,
      error: { code: 'quote-not-found', message: 'The quote "peace" does not occur in the text.' },
    });
    expect(findQuote(repeated, 'the deal', 4)).toEqual({
      ok: false,
      error: {
        code: 'occurrence-out-of-range',
        message: 'The quote "the deal" occurs 3 times, so occurrence 4 does not exist.',
      },
    });
    expect(findQuote(repeated, '')).toMatchObject({ ok: false, error: { code: 'empty-quote' } });
    expect(findQuote(repeated, 'deal', 0)).toMatchObject({
      ok: false,
      error: { code: 'occurrence-out-of-range' },
    });
  });
});

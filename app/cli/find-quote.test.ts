import { describe, expect, it } from 'vitest';
import { findQuoteLoosely } from './find-quote';

const text =
  'Turkey’s Chief of the General Staff  met  Syria’s envoy — twice. Turkey’s  Chief — again.';

function found(quote: string, occurrence = 1): string {
  const result = findQuoteLoosely(text, quote, occurrence);
  if (!result.ok) throw new Error(result.error.message);
  return text.slice(result.value.start, result.value.end);
}

describe('findQuoteLoosely', () => {
  it('finds the exact quote first, as findQuote does', () => {
    expect(found('General Staff')).toBe('General Staff');
    expect(findQuoteLoosely(text, 'Chief', 2)).toMatchObject({ ok: true });
  });

  it('takes straight and curly quotes, dashes and runs of whitespace as equal, returning the text’s own characters', () => {
    expect(found("Turkey's Chief of the General Staff")).toBe(
      'Turkey’s Chief of the General Staff',
    );
    expect(found('Staff met Syria')).toBe('Staff  met  Syria');
    expect(found('envoy - twice')).toBe('envoy — twice');
    expect(found('envoy – twice')).toBe('envoy — twice');
    expect(found('  Staff\nmet ')).toBe('Staff  met');
  });

  it('counts --occurrence over the loose matches', () => {
    expect(found("Turkey's Chief", 1)).toBe('Turkey’s Chief');
    const second = findQuoteLoosely(text, "Turkey's Chief", 2);
    expect(second).toMatchObject({
      ok: true,
      value: { start: text.lastIndexOf('Turkey’s  Chief') },
    });
    expect(found("Turkey's Chief", 2)).toBe('Turkey’s  Chief');
    const third = findQuoteLoosely(text, "Turkey's Chief", 3);
    expect(third).toMatchObject({ ok: false, error: { code: 'occurrence-out-of-range' } });
    if (!third.ok) expect(third.error.message).toContain('occurs 2 times');
  });

  it('keeps the clear not-found error when even the loose quote is absent', () => {
    expect(findQuoteLoosely(text, "Turkey's Army")).toMatchObject({
      ok: false,
      error: {
        code: 'quote-not-found',
        message: 'The quote "Turkey\'s Army" does not occur in the text.',
      },
    });
    expect(findQuoteLoosely(text, '   ')).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { verificationOf } from './verification';

describe('verificationOf', () => {
  it('tells a publisher who says "not verified" from an article that is silent', () => {
    expect(verificationOf({ verified: true, disclaimer: null })).toBe('verified');
    expect(
      verificationOf({
        verified: false,
        disclaimer: 'The Syrian Observer has not verified the content of this story.',
      }),
    ).toBe('not-verified');
    expect(verificationOf({ verified: false, disclaimer: null })).toBe('not-stated');
    // A disclaimer about something else (rights, translation) says nothing about verification.
    expect(
      verificationOf({ verified: false, disclaimer: 'Translated and edited by The Observer.' }),
    ).toBe('not-stated');
  });
});

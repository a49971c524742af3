import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSenderFrame, isTrustedSender } from './sender';

describe('isTrustedSender', () => {
  it('accepts the top frame of our bundle', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://bundle/', isTopFrame: true })).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
  });

  it('refuses a subframe even of our own origin', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', isTopFrame: false })).toBe(false);
  });

  it('refuses other origins and look-alikes', () => {
    for (const url of [
      'https://evil.example/',
      'http://bundle/index.html',
      'file:///opt/briefing/out/renderer/index.html',
      'app://bundle.evil/index.html',
      'app://evil/bundle/index.html',
      'app://bundle:8080/index.html',
      'app://user@bundle.evil/',
      'data:text/html,<script>1</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'app:bundle',
    ]) {
      expect(isTrustedSender({ url, isTopFrame: true }), url).toBe(false);
    }
  });

  it('refuses malformed descriptors', () => {
    expect(isTrustedSender({ url: 42, isTopFrame: true } as never)).toBe(false);
    expect(isTrustedSender({ url: 'app://bundle/', isTopFrame: 'yes' } as never)).toBe(false);
    expect(isTrustedSender(undefined as never)).toBe(false);
  });
});

describe('isTrustedSender (generated)', () => {
  it('trusts a URL only when it parses to app://bundle, and only from the top frame', () => {
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webPath().map((p) => `app://bundle${p}`),
      fc.tuple(fc.domain(), fc.webPath()).map(([host, p]) => `app://${host}${p}`),
      fc.string(),
    );
    fc.assert(
      fc.property(url, fc.boolean(), (candidate, isTopFrame) => {
        const trusted = isTrustedSender({ url: candidate, isTopFrame });
        let expected: boolean;
        try {
          const parsed = new URL(candidate);
          expected = isTopFrame && parsed.protocol === 'app:' && parsed.host === 'bundle';
        } catch {
          expected = false;
        }
        expect(trusted).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('describeSenderFrame', () => {
  it('reads url and whether the frame has a parent', () => {
    expect(describeSenderFrame({ senderFrame: { url: 'app://bundle/', parent: null } })).toEqual({
      url: 'app://bundle/',
      isTopFrame: true,
    });
    expect(
      describeSenderFrame({
        senderFrame: { url: 'app://bundle/', parent: { url: 'app://bundle/' } },
      }),
    ).toEqual({ url: 'app://bundle/', isTopFrame: false });
  });

  it('is null for a null or undefined frame', () => {
    expect(describeSenderFrame({ senderFrame: null })).toBeNull();
    expect(describeSenderFrame({ senderFrame: undefined })).toBeNull();
  });

  it('is null when reading the frame throws (a disposed frame)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(describeSenderFrame({ senderFrame: disposed })).toBeNull();
    const throwingEvent = {
      get senderFrame(): never {
        throw new Error('gone');
      },
    };
    expect(describeSenderFrame(throwingEvent)).toBeNull();
  });
});

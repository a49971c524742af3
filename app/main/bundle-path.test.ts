import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  decideNavigation,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isTrustedOrigin,
  resolveBundlePath,
} from './bundle-path';

const root = '/opt/briefing/out/renderer';

describe('resolveBundlePath', () => {
  it('serves files inside the bundle and index.html for the root', () => {
    expect(resolveBundlePath(root, 'app://bundle/')).toBe(join(root, 'index.html'));
    expect(resolveBundlePath(root, 'app://bundle/assets/index.js')).toBe(
      join(root, 'assets/index.js'),
    );
    expect(resolveBundlePath(root, 'app://bundle/assets/index.js?v=1#x')).toBe(
      join(root, 'assets/index.js'),
    );
    expect(resolveBundlePath(root, 'app://bundle/fonts/a%20b.woff2')).toBe(
      join(root, 'fonts/a b.woff2'),
    );
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://bundle/../../etc/passwd',
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/%2E%2E/%2E%2E/etc/passwd',
      'app://bundle/.%2e/.%2E/etc/passwd',
      'app://bundle/assets/..%2f..%2f..%2fetc/passwd',
      'app://bundle/assets/..%2F..%2Fetc/passwd',
      'app://bundle/..%5c..%5cetc%5cpasswd',
      'app://bundle/..\\..\\etc\\passwd',
      'app://bundle/assets/./../../etc/passwd',
      'app://bundle/a%00.js',
      'app://bundle/%c0%ae%c0%ae/etc/passwd',
      'app://bundle//etc/passwd/..',
      'app://bundle/%',
      'app://other/index.html',
      'app://bundle.evil/index.html',
      'file:///etc/passwd',
      'https://bundle/index.html',
      'not a url',
    ]) {
      expect(resolveBundlePath(root, url), url).toBeNull();
    }
  });

  it('keeps double-encoded dots literal instead of decoding twice', () => {
    // %252e decodes once to the text "%2e", a harmless file name inside the bundle.
    const path = resolveBundlePath(root, 'app://bundle/%252e%252e/x');
    expect(path === null || path.startsWith(root + '/')).toBe(true);
  });

  it('does not accept a sibling folder that shares the prefix', () => {
    expect(resolveBundlePath(root, 'app://bundle/..%2frenderer2/x.js')).toBeNull();
  });

  it('never resolves outside the root, whatever the path (generated)', () => {
    const pieces = ['..', '.', '%2e%2e', '%2E.', 'a', 'assets', '%2f', '%5c', '', '\\', '%00'];
    for (let i = 0; i < 2000; i += 1) {
      let rest = '';
      for (let n = 0; n < 6; n += 1)
        rest += pieces[(i * 7 + n * 13 + (i >> n)) % pieces.length] + '/';
      const out = resolveBundlePath(root, `app://bundle/${rest}`);
      if (out !== null) expect(out.startsWith(root + '/'), rest).toBe(true);
    }
  });
});

describe('isTrustedOrigin', () => {
  it('accepts only our bundle origin', () => {
    expect(isTrustedOrigin('app://bundle/index.html')).toBe(true);
    expect(isTrustedOrigin('app://bundle.evil/index.html')).toBe(false);
    expect(isTrustedOrigin('app://BUNDLE.evil/')).toBe(false);
    expect(isTrustedOrigin('https://bundle/')).toBe(false);
    expect(isTrustedOrigin(null)).toBe(false);
    expect(isTrustedOrigin('')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows http(s) links with a host only', () => {
    expect(isAllowedExternalUrl('https://example.org/a')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org/a?b=c#d')).toBe(true);
    for (const url of [
      'mailto:a@b.c',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/etc/passwd',
      'app://bundle/index.html',
      'https://user:pass@example.org/',
      'https://evil.example@example.org/',
      `https://example.org/${'a'.repeat(3000)}`,
      '',
      'example.org',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('isAllowedRequestUrl (the session-level network block)', () => {
  it('lets only the bundle and in-memory URLs load', () => {
    expect(isAllowedRequestUrl('app://bundle/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://bundle/1234')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'ws://localhost:1234/',
      'file:///etc/passwd',
      'app://other/x.js',
      'ftp://example.org/',
      'chrome-extension://abc/x.js',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('decideNavigation', () => {
  it('lets our own origin navigate in place and never opens new windows', () => {
    expect(decideNavigation('app://bundle/index.html', 'navigate')).toBe('allow');
    expect(decideNavigation('app://bundle/index.html', 'new-window')).toBe('deny');
  });
  it('sends vetted web links to the OS browser and drops the rest', () => {
    expect(decideNavigation('https://example.org/', 'navigate')).toBe('open-external');
    expect(decideNavigation('https://example.org/', 'new-window')).toBe('open-external');
    expect(decideNavigation('file:///etc/passwd', 'navigate')).toBe('deny');
    expect(decideNavigation('javascript:alert(1)', 'new-window')).toBe('deny');
    expect(decideNavigation('app://evil/', 'navigate')).toBe('deny');
  });
});

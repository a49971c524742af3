import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isAllowedExternalUrl, isTrustedOrigin, resolveBundlePath } from './bundle-path';

const root = '/opt/briefing/out/renderer';

describe('resolveBundlePath', () => {
  it('serves files inside the bundle and index.html for the root', () => {
    expect(resolveBundlePath(root, 'app://bundle/')).toBe(join(root, 'index.html'));
    expect(resolveBundlePath(root, 'app://bundle/assets/index.js')).toBe(join(root, 'assets/index.js'));
  });
  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://bundle/../../etc/passwd',
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/assets/..%2f..%2f..%2fetc/passwd',
      'app://bundle/..%5c..%5cetc%5cpasswd',
      'app://bundle/a%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveBundlePath(root, url), url).toBeNull();
    }
  });
  it('does not accept a sibling folder that shares the prefix', () => {
    expect(resolveBundlePath(root, 'app://bundle/..%2frenderer2/x.js')).toBeNull();
  });
});

describe('isTrustedOrigin', () => {
  it('accepts only our bundle origin', () => {
    expect(isTrustedOrigin('app://bundle/index.html')).toBe(true);
    expect(isTrustedOrigin('app://bundle.evil/index.html')).toBe(false);
    expect(isTrustedOrigin('https://bundle/')).toBe(false);
    expect(isTrustedOrigin(null)).toBe(false);
    expect(isTrustedOrigin('')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows web and mail links only', () => {
    expect(isAllowedExternalUrl('https://example.org/a')).toBe(true);
    expect(isAllowedExternalUrl('mailto:a@b.c')).toBe(true);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('smb://host/share')).toBe(false);
  });
});

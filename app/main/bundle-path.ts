/**
 * Maps an `app://bundle/...` URL to a file inside the renderer bundle, or null when the
 * URL is foreign or escapes the bundle (`app://bundle/../../etc/passwd`, encoded `%2e%2e`,
 * backslashes, NUL). No electron here, so it is unit-tested directly.
 */
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function resolveBundlePath(root: string, requestUrl: string): string | null {
  // URL parsing would quietly fold `..` segments; a request that spells one is refused outright.
  if (/(^|[/\\])(\.|%2e){2}([/\\?#]|%2f|%5c|$)/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const wanted = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const candidate = normalize(join(root, wanted));
  const rel = relative(root, candidate);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return candidate;
}

/** The Content-Security-Policy every app:// response carries: nothing remote, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True when a frame URL belongs to our bundle (the only origin allowed to call IPC). */
export function isTrustedOrigin(frameUrl: string | undefined | null): boolean {
  if (!frameUrl) return false;
  try {
    // Non-special schemes have an opaque origin ("null"), so compare scheme and host.
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * External links the OS browser may open: http(s) with a host and without credentials
 * (`https://user:pass@host` hides the real host from a quick read). Everything else
 * (javascript:, file:, smb:, custom app schemes that launch programs) is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * The session-level network rule (security.ts onBeforeRequest): only our bundle and in-memory
 * URLs load; everything else, remote or local (file:, other app:// hosts), is cancelled.
 * `devtools:` stays allowed so DevTools can open in a development build.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  if (isTrustedOrigin(url)) return true;
  return /^(data|blob|devtools):/i.test(url);
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * What a window does with a navigation (`will-navigate`, `will-redirect`) or a window.open /
 * target=_blank link (`setWindowOpenHandler`, where 'allow' never applies: new windows are
 * always denied). Our own origin may navigate in place; vetted http(s) links go to the OS
 * browser; the rest is dropped.
 */
export function decideNavigation(url: string, kind: 'navigate' | 'new-window'): NavigationDecision {
  if (kind === 'navigate' && isTrustedOrigin(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

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

/** External links the OS browser may open: http(s) and mailto only. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

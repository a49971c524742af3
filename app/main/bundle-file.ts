/**
 * Reads the file an `app://bundle/...` request names, for the protocol handler in security.ts.
 * On top of resolveBundlePath's lexical check, the real path (symlinks followed) must still be
 * inside the real bundle root, so a symlink planted in the bundle cannot serve /etc/passwd.
 * Node only, no electron, so it is unit-tested against temp folders.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, resolveBundlePath } from './bundle-path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface BundleResponse {
  status: 200 | 403 | 404;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

/** True when `inner` is `outer` itself or lies below it. Both must be absolute real paths. */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The response for one request: 200 with the file and the CSP header, 403 for anything that
 * escapes the bundle (lexically or through a symlink), 404 for a missing file or a folder.
 */
export async function readBundleFile(root: string, requestUrl: string): Promise<BundleResponse> {
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  const file = resolveBundlePath(root, requestUrl);
  if (file === null)
    return {
      status: 403,
      headers: { ...headers, 'Content-Type': 'text/plain' },
      body: 'Forbidden',
    };
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return {
      status: 404,
      headers: { ...headers, 'Content-Type': 'text/plain' },
      body: 'Not found',
    };
  }
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return {
      status: 404,
      headers: { ...headers, 'Content-Type': 'text/plain' },
      body: 'Not found',
    };
  }
  if (!isInside(realRoot, real)) {
    return {
      status: 403,
      headers: { ...headers, 'Content-Type': 'text/plain' },
      body: 'Forbidden',
    };
  }
  try {
    if (!(await stat(real)).isFile()) throw new Error('not a file');
    const body = await readFile(real);
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': MIME[extname(real)] ?? 'application/octet-stream' },
      body,
    };
  } catch {
    return {
      status: 404,
      headers: { ...headers, 'Content-Type': 'text/plain' },
      body: 'Not found',
    };
  }
}

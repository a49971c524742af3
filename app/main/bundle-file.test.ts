import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './bundle-path';
import { isInside, readBundleFile } from './bundle-file';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-file-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'top secret');
  await mkdir(join(dir, 'renderer2'));
  await writeFile(join(dir, 'renderer2', 'x.js'), 'sibling');
  // Symlinks planted inside the bundle: one out of it, one within it.
  await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  await symlink(dir, join(root, 'up'));
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readBundleFile', () => {
  it('serves bundle files with the CSP header and a MIME type', async () => {
    const res = await readBundleFile(root, 'app://bundle/');
    expect(res.status).toBe(200);
    expect(String(Buffer.from(res.body))).toContain('<title>ok</title>');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['Content-Type']).toMatch(/^text\/html/);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    const js = await readBundleFile(root, 'app://bundle/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toMatch(/^text\/javascript/);
  });

  it('refuses symlinks that lead out of the bundle', async () => {
    for (const url of ['app://bundle/assets/leak.txt', 'app://bundle/up/secret.txt']) {
      const res = await readBundleFile(root, url);
      expect(res.status, url).toBe(403);
      expect(String(res.body)).not.toContain('top secret');
    }
  });

  it('follows a symlink that stays inside the bundle', async () => {
    const res = await readBundleFile(root, 'app://bundle/alias.js');
    expect(res.status).toBe(200);
  });

  it('refuses traversal (403) and answers 404 for missing files and folders', async () => {
    expect((await readBundleFile(root, 'app://bundle/../secret.txt')).status).toBe(403);
    expect((await readBundleFile(root, 'app://bundle/%2e%2e/secret.txt')).status).toBe(403);
    expect((await readBundleFile(root, 'app://bundle/..%2frenderer2/x.js')).status).toBe(403);
    expect((await readBundleFile(root, 'app://bundle/nope.js')).status).toBe(404);
    expect((await readBundleFile(root, 'app://bundle/assets')).status).toBe(404);
    // Every answer, even an error, carries the CSP.
    expect(
      (await readBundleFile(root, 'app://bundle/nope.js')).headers['Content-Security-Policy'],
    ).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/x/y')).toBe(false);
  });
});

/**
 * Where the browsers are. Never probes Electron with require('electron'): that starts a
 * download on this machine. The Electron binary is usable only when path.txt and the file it
 * names both exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..');

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

export function electronBinary():
  { path: string; reason?: undefined } | { path?: undefined; reason: string } {
  const dir = join(repoRoot, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt))
    return {
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing; it cannot be downloaded here)',
    };
  const binary = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(binary))
    return { reason: `node_modules/electron/path.txt names ${binary}, which does not exist` };
  return { path: binary };
}

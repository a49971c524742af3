/**
 * Packaging without the network: the electron-builder configs validate against electron-builder's
 * own schema, the fuses are what we promise (and the e2e build differs in exactly one), icons
 * are generated from resources/icon.svg, and the asar listing rules catch what must not ship.
 * The full pack-and-load check is scripts/check-asar.mjs (`npm run security`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { externalsOf, forbiddenReason, listingProblems, REQUIRED } from './check-asar.mjs';

const repo = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder and has no types here.
const yaml = require('js-yaml') as { load: (text: string) => unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<{ ext: string }>;
  linux: { target: string[]; maintainer: string; icon: string };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
}

function releaseConfig(): BuilderConfig {
  return yaml.load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

async function e2eConfig(): Promise<BuilderConfig> {
  const url = pathToFileURL(join(repo, 'electron-builder.e2e.mjs')).href;
  return ((await import(url)) as { default: BuilderConfig }).default;
}

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
  };
  const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  await validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder configuration', () => {
  it('both configs pass electron-builder’s schema, and a wrong one does not', async () => {
    await validate(releaseConfig());
    await validate(await e2eConfig());
    await expect(
      validate({ ...releaseConfig(), electronFuses: { runAsNod: false } }),
    ).rejects.toThrow();
  });

  it('ships what a deb, dmg and nsis build need', () => {
    const config = releaseConfig();
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { email?: string };
    };
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Briefing Desk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.email).toMatch(/@/);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.fileAssociations.map((a) => a.ext)).toContain('briefing.json');
  });

  it('sets the fuses; the e2e build only re-enables the inspect arguments', async () => {
    const fuses = releaseConfig().electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    const e2e = await e2eConfig();
    expect(e2e.electronFuses).toEqual({ ...fuses, enableNodeCliInspectArguments: true });
    expect(e2e.directories.output).not.toBe(releaseConfig().directories.output);
  });
});

/** Width and height from a PNG's IHDR, and whether it has an alpha channel. */
function pngInfo(data: Buffer): { width: number; height: number; alpha: boolean } {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), alpha: data[25] === 6 };
}

describe('icons', () => {
  const build = join(repo, 'resources', 'build');

  it('are generated from the current resources/icon.svg (run `npm run icons` after editing it)', () => {
    const svg = readFileSync(join(repo, 'resources', 'icon.svg'));
    const recorded = readFileSync(join(build, 'source.sha256'), 'utf8').split(/\s+/)[0];
    expect(recorded).toBe(createHash('sha256').update(svg).digest('hex'));
  });

  it('exist at every size from 16 to 1024 px, with transparency', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const info = pngInfo(readFileSync(join(build, 'icons', `${size}x${size}.png`)));
      expect(info).toEqual({ width: size, height: size, alpha: true });
    }
    expect(pngInfo(readFileSync(join(build, 'icon.png')))).toMatchObject({ width: 1024 });
  });

  it('include a Windows .ico and a macOS .icns holding those PNGs', () => {
    const ico = readFileSync(join(build, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    expect(count).toBe(7);
    for (let i = 0; i < count; i += 1) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
    }
    const icns = readFileSync(join(build, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('ascii'));
    }
    expect(types).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10']);
  });
});

describe('asar listing rules', () => {
  it('accept a clean app', () => {
    expect(
      listingProblems([
        ...REQUIRED,
        '/out/renderer/assets/index-abc.js',
        '/node_modules/lowdb/lib/index.js',
      ]),
    ).toEqual([]);
  });

  it('refuse tests, sources, maps, TypeScript, the CLI and dev-only packages', () => {
    for (const entry of [
      '/out/main/index.js.map',
      '/app/main/index.ts',
      '/renderer/App.tsx',
      '/node_modules/zod/src/index.ts',
      '/node_modules/zod/index.d.ts',
      '/e2e/security.spec.ts',
      '/bench/anchoring.bench.ts',
      '/out/main/thing.test.js',
      '/out/cli/briefing.js',
      '/scripts/check-asar.mjs',
      '/electron-builder.yml',
      '/node_modules/foo/__tests__/a.js',
      '/.env',
    ]) {
      expect(forbiddenReason(entry), entry).not.toBeNull();
    }
    expect(forbiddenReason('/node_modules/vitest/index.js', ['vitest'])).toMatch(/dev-only/);
    expect(forbiddenReason('/node_modules/vitest-like/index.js', ['vitest'])).toBeNull();
    expect(listingProblems(['/package.json'])).toEqual(
      expect.arrayContaining(['missing /out/main/index.js', 'missing /out/preload/index.cjs']),
    );
  });

  it('find the packages a bundle imports, not words in its strings', () => {
    const code = [
      "import { z } from 'zod';",
      "import fs from 'node:fs';",
      "import { app } from 'electron';",
      "import './chunk.js';",
      "export { x } from '@scope/pkg/sub';",
      "const lazy = () => import('linkedom');",
      'const text = "short forms like from \'nowhere\'";',
      '// import nothing from "comment-only"',
      'require("lowdb");',
    ].join('\n');
    expect(externalsOf(code)).toEqual(['@scope/pkg/sub', 'linkedom', 'lowdb', 'zod']);
  });
});

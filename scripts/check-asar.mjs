// `npm run security`, part 2: has electron-builder itself pack app.asar from electron-builder.yml
// (a `dir` build for Linux against a stub Electron folder via `electronDist`, so nothing is
// downloaded; the fuses are left out because they need the real binary and are checked in
// scripts/packaging.test.ts), then checks the archive:
//   - the app's entry points are in it;
//   - nothing from tests, e2e, bench, sources, source maps or TypeScript, and no dev-only package;
//   - every package out/main imports resolves and loads from inside the archive's node_modules;
//   - the sandboxed preload requires nothing but electron.
// Builds out/ first when it is missing or older than the sources.
//   node scripts/check-asar.mjs [--keep path/to/app.asar]
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { parse } from 'acorn';
import yaml from 'js-yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Entries every packaged app needs. */
export const REQUIRED = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
];

/**
 * Packages only the build, the tests or the tools use: devDependencies that the production
 * dependency tree (`npm ls --omit=dev`) does not also need. None may reach the archive.
 */
export function devOnlyPackages(productionDirs) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const production = new Set(
    productionDirs.map((d) => relative(join(root, 'node_modules'), d).split(sep).join('/')),
  );
  return Object.keys(pkg.devDependencies ?? {}).filter((name) => !production.has(name));
}

/** Why `entry` (an archive path such as /out/main/index.js) must not ship, or null. */
export function forbiddenReason(entry, devOnly = []) {
  const rules = [
    [/\.map$/, 'source map'],
    [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
    [/\.(test|spec|fuzz|bench)\.[cm]?[jt]sx?$/, 'test or bench file'],
    [
      /^\/(app|renderer|scripts|e2e|bench|data|docs|resources|release|test-results|\.ci)(\/|$)/,
      'not part of the built app',
    ],
    [/^\/out\/cli(\/|$)/, 'the CLI bundle (not used by the app)'],
    [
      /^\/(electron-builder\.|electron\.vite\.|vite\.|vitest\.|playwright\.|tsconfig|eslint\.|HELPERS\.md|README\.md|package-lock\.json)/,
      'build or repository file',
    ],
    [/(^|\/)(e2e|__tests__|bench)\//, 'test or bench folder'],
    [/\/\.(env|npmrc|git)(\/|$)/, 'secret or VCS file'],
  ];
  for (const [pattern, why] of rules) if (pattern.test(entry)) return why;
  for (const name of devOnly)
    if (entry === `/node_modules/${name}` || entry.startsWith(`/node_modules/${name}/`))
      return `dev-only package ${name}`;
  return null;
}

/** Problems with an archive listing: missing entry points and entries that must not ship. */
export function listingProblems(entries, devOnly = []) {
  const set = new Set(entries);
  const problems = REQUIRED.filter((e) => !set.has(e)).map((e) => `missing ${e}`);
  for (const entry of entries) {
    const why = forbiddenReason(entry, devOnly);
    if (why) problems.push(`${entry}: ${why}`);
  }
  return problems;
}

/** Bare module specifiers `code` (an ES module) imports or requires; builtins and electron left out. */
export function externalsOf(code) {
  const specs = new Set();
  const add = (node) => {
    if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
    const spec = node.value;
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return;
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (name !== 'electron' && !builtinModules.includes(name)) specs.add(spec);
  };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      [
        'ImportDeclaration',
        'ExportAllDeclaration',
        'ExportNamedDeclaration',
        'ImportExpression',
      ].includes(node.type)
    )
      add(node.source);
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'require'
    )
      add(node.arguments[0]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  };
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    ast = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    });
  }
  visit(ast);
  return [...specs].sort();
}

function ensureBuilt() {
  const built = join(root, 'out', 'main', 'index.js');
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .reduce((t, e) => Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
  const sources = Math.max(newest(join(root, 'app')), newest(join(root, 'renderer')));
  if (
    existsSync(built) &&
    statSync(built).mtimeMs >= sources &&
    existsSync(join(root, 'out/renderer/index.html'))
  )
    return;
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) throw new Error('electron-vite build failed');
}

/** Production dependency folders, as npm resolved them. */
function productionDirs() {
  const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
  });
  return ls.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(join(root, 'node_modules') + sep));
}

/**
 * Runs electron-builder offline on electron-builder.yml and returns the app.asar it wrote.
 * The stub Electron folder stands in for the download (`electronDist`); the app is packed
 * exactly as for a release, by the same code.
 */
async function packWithElectronBuilder(work) {
  const stub = join(work, 'electron-stub');
  mkdirSync(stub);
  writeFileSync(join(stub, 'electron'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  writeFileSync(join(stub, 'version'), `v${require('electron/package.json').version}`);
  writeFileSync(join(stub, 'LICENSE'), '');
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const builder = require('electron-builder');
  await builder.build({
    projectDir: root,
    targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist: stub,
      electronFuses: null,
      npmRebuild: false,
      directories: { ...config.directories, output: join(work, 'release') },
    },
  });
  const archive = join(work, 'release', 'linux-unpacked', 'resources', 'app.asar');
  if (!existsSync(archive)) throw new Error(`electron-builder wrote no ${archive}`);
  return archive;
}

export async function checkAsar({ keep } = {}) {
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'check-asar-'));
  try {
    const archive = await packWithElectronBuilder(work);
    if (keep) copyFileSync(archive, resolve(keep));
    const devOnly = devOnlyPackages(productionDirs());
    const entries = asar.listPackage(archive, { isPack: false });
    const fileEntries = entries.filter((e) => !asar.statFile(archive, e.slice(1)).files);
    const problems = listingProblems(fileEntries, devOnly);

    // Load every external out/main imports from an extracted copy, where only the archive's
    // node_modules are reachable (nothing above the temp folder has any).
    const extracted = join(work, 'app');
    asar.extractAll(archive, extracted);
    const mainDir = join(extracted, 'out', 'main');
    const specs = new Set();
    for (const file of readdirSync(mainDir).filter((f) => /\.[cm]?js$/.test(f))) {
      for (const spec of externalsOf(readFileSync(join(mainDir, file), 'utf8'))) specs.add(spec);
    }
    for (const spec of specs) {
      const probe = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', `await import(${JSON.stringify(spec)});`],
        {
          cwd: mainDir,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, NODE_PATH: '' },
        },
      );
      if (probe.status !== 0)
        problems.push(
          `out/main imports ${spec}, which does not load from the archive: ${probe.stderr.split('\n').find((l) => /Error/.test(l)) ?? probe.stderr.trim()}`,
        );
    }
    const preload = readFileSync(join(extracted, 'out', 'preload', 'index.cjs'), 'utf8');
    for (const spec of externalsOf(preload))
      problems.push(`the sandboxed preload requires ${spec}; it may only require electron`);
    return {
      problems,
      entries: fileEntries.length,
      externals: [...specs],
      size: statSync(archive).size,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const keepAt = process.argv.indexOf('--keep');
  const { problems, entries, externals, size } = await checkAsar({
    keep: keepAt > 0 ? process.argv[keepAt + 1] : undefined,
  });
  const summary = `${entries} files, ${(size / 1e6).toFixed(1)} MB; out/main loads ${externals.join(', ') || 'no packages'} from it`;
  if (problems.length > 0) {
    console.error(`check-asar: ${problems.length} problem(s) (${summary}):`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`check-asar: app.asar as electron-builder.yml packs it is clean (${summary})`);
}

// `npm run security`, part 1: Electronegativity over app/ and renderer/ (shipped sources; tests
// left out), gated on its SARIF output because it exits 0 whatever it finds. Fails on any
// finding not suppressed by an `eng-disable` comment, on a suppression without a reason, on a
// file it could not parse, and when fewer checks ran than expected (a broken install would
// otherwise pass). Offline: the no-network hook is loaded first, and the one check that asks
// GitHub for Electron releases (AvailableSecurityFixesGlobalCheck) is excluded.
//
//   node scripts/electronegativity.mjs [--input dir]... [--sarif out/electronegativity.sarif]
//
// Suppressions: `// eng-disable CHECK_ID -- why this is safe` in code (the reason after ` -- `);
// `<!-- eng-disable CHECK_ID why this is safe in plain words -->` in HTML.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NO_NETWORK_QUIET = '1';
await import('./no-network.mjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ENGINE = join(root, 'node_modules', '@doyensec', 'electronegativity');
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const MIN_ATOMIC_CHECKS = 30;
const MIN_GLOBAL_CHECKS = 4;
const SCANNED = /\.(js|jsx|ts|tsx|mjs|cjs|html|htm)$/;
const TEST_FILE = /\.(test|spec|fuzz)\.[cm]?[jt]sx?$|\.(test|spec)\.[^.]+\.[jt]sx?$/;

function parseArgs(argv) {
  const inputs = [];
  let sarif = join(root, 'out', 'electronegativity.sarif');
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--input') inputs.push(resolve(argv[(i += 1)]));
    else if (argv[i] === '--sarif') sarif = resolve(argv[(i += 1)]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return {
    inputs: inputs.length > 0 ? inputs : [join(root, 'app'), join(root, 'renderer')],
    sarif,
  };
}

/** The ids of every check the installed Electronegativity knows, for validating suppressions. */
function knownCheckIds() {
  const ids = new Set();
  for (const kind of ['AtomicChecks', 'GlobalChecks']) {
    const dir = join(ENGINE, 'dist', 'finder', 'checks', kind);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const id = /this\.id = "([A-Z_]+)"/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** Every eng-disable comment in `text` that lacks a reason or names an unknown check. */
export function suppressionProblems(file, text, known) {
  const problems = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    const html = /<!--\s*eng-disable\s+([^>]*?)-->/.exec(line);
    const code = /(?:\/\/|\/\*)\s*eng-disable\s+(.*)$/.exec(line);
    const body = html?.[1] ?? code?.[1];
    if (body === undefined) {
      if (/eng-disable/.test(line)) problems.push(`${at}: unreadable eng-disable comment`);
      return;
    }
    const ids = /^([A-Z_]+(?:[\s,]+[A-Z_]+)*)/.exec(body)?.[1]?.split(/[\s,]+/) ?? [];
    const rest = body.slice(ids.join(' ').length).trim();
    if (ids.length === 0) problems.push(`${at}: eng-disable names no check`);
    for (const id of ids)
      if (!known.has(id)) problems.push(`${at}: eng-disable names unknown check ${id}`);
    const reason = html ? rest : (/^--\s*(.*)$/.exec(rest)?.[1] ?? '');
    if (
      reason
        .replace(/\*\/\s*$/, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean).length < 3
    ) {
      problems.push(
        `${at}: eng-disable ${ids.join(',')} needs a reason (${html ? 'words after the ids' : '" -- why"'})`,
      );
    }
  });
  return problems;
}

/** Copies the shipped sources of each input into one folder, so global checks see them together. */
function stage(inputs) {
  const staging = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  for (const input of inputs) {
    const target = join(
      staging,
      relative(root, input).startsWith('..') ? basename(input) : relative(root, input),
    );
    mkdirSync(dirname(target), { recursive: true });
    cpSync(input, target, {
      recursive: true,
      filter: (src) => !TEST_FILE.test(src) && !src.includes(`${'/'}node_modules`),
    });
  }
  return staging;
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SCANNED.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Electronegativity fetches translations with `got` on every start (and retries for seconds
 * once the no-network hook refuses). Give it a `got` that fails at once instead.
 */
function offlineGot() {
  const path = createRequire(join(ENGINE, 'dist', 'locales', 'i18n.js')).resolve('got');
  const stub = new Module(path);
  stub.exports = () =>
    Promise.reject(new Error('offline: Briefing Desk runs Electronegativity without network'));
  stub.loaded = true;
  require.cache[path] = stub;
}

/** Electronegativity writes the SARIF with an unawaited fs.writeFile; wait until it parses. */
async function readSarif(path) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

export async function scan({ inputs, sarif }) {
  const staging = stage(inputs);
  try {
    const problems = [];
    const known = knownCheckIds();
    for (const file of listFiles(staging)) {
      problems.push(
        ...suppressionProblems(relative(staging, file), readFileSync(file, 'utf8'), known),
      );
    }
    offlineGot();
    const run = require(join(ENGINE, 'dist', 'runner.js'));
    const electronVersion = JSON.parse(
      readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version;
    mkdirSync(dirname(sarif), { recursive: true });
    rmSync(sarif, { force: true });
    process.env.LANG = 'en-US';
    const log = console.log;
    // Its translation download fails offline (by design, see no-network.mjs) and says so.
    console.log = (...args) =>
      /Could not retrieve updated translations/.test(String(args[0])) ? undefined : log(...args);
    let result;
    try {
      result = await run(
        {
          input: staging,
          output: sarif,
          isSarif: true,
          customScan: [],
          excludeFromScan: EXCLUDED_CHECKS,
          isRelative: true,
          isVerbose: false,
          electronVersionOverride: electronVersion,
          parserPlugins: [],
        },
        false,
      );
    } finally {
      console.log = log;
    }
    if (result.atomicChecks < MIN_ATOMIC_CHECKS || result.globalChecks < MIN_GLOBAL_CHECKS) {
      problems.push(
        `only ${result.atomicChecks} atomic and ${result.globalChecks} global checks ran`,
      );
    }
    for (const error of result.errors) {
      if (!error.tolerable)
        problems.push(`${relative(staging, error.file)}: could not be parsed: ${error.message}`);
    }
    const report = await readSarif(sarif);
    if (report.runs?.[0]?.results?.length !== result.issues.length) {
      problems.push(
        `${sarif} lists ${report.runs?.[0]?.results?.length} results, the scan ${result.issues.length}`,
      );
    }
    const findings = report.runs?.[0]?.results;
    if (!Array.isArray(findings)) problems.push(`${sarif} has no runs[0].results`);
    for (const finding of findings ?? []) {
      const where = finding.locations?.[0]?.physicalLocation;
      const file = where?.artifactLocation?.uri ?? 'N/A';
      const line = where?.region?.startLine ?? 0;
      problems.push(`${file}:${line} ${finding.ruleId}: ${finding.message?.text ?? ''}`);
    }
    return {
      problems,
      files: listFiles(staging).length,
      checks: result.atomicChecks + result.globalChecks,
      findings: findings?.length ?? 0,
      warnings: result.errors.filter((e) => e.tolerable).length,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const { problems, files, checks, warnings } = await scan(options);
  const scope = options.inputs.map((i) => relative(root, i) || '.').join(', ');
  if (problems.length > 0) {
    console.error(
      `electronegativity: ${problems.length} problem(s) in ${scope} (${files} files, ${checks} checks):`,
    );
    for (const problem of problems) console.error(`  ${problem}`);
    console.error(`SARIF: ${relative(root, options.sarif)}`);
    process.exit(1);
  }
  console.log(
    `electronegativity: no findings in ${scope} (${files} files, ${checks} checks, ${warnings} parser warnings; SARIF ${relative(root, options.sarif)})`,
  );
}

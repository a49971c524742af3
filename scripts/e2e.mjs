// Runs the Playwright e2e suite on a fresh build. Builds the renderer and main when any source
// is newer than out/, then runs `playwright test` (under xvfb-run when the Electron project
// can actually run and there is no display).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path));
    else time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const built = join(root, 'out', 'renderer', 'index.html');
const sources = Math.max(
  newest(join(root, 'app')),
  newest(join(root, 'renderer')),
  newest(join(root, 'resources')),
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  const status = run(process.execPath, [
    join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ]);
  if (status !== 0) process.exit(status);
}

const pathTxt = join(root, 'node_modules', 'electron', 'path.txt');
const electronRuns =
  existsSync(pathTxt) &&
  existsSync(join(root, 'node_modules', 'electron', 'dist', readFileSync(pathTxt, 'utf8').trim()));
const playwright = [
  join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
  'test',
  ...process.argv.slice(2),
];
const needsXvfb = electronRuns && process.platform === 'linux' && !process.env.DISPLAY;
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
process.exit(
  needsXvfb && hasXvfb
    ? run('xvfb-run', ['-a', process.execPath, ...playwright])
    : run(process.execPath, playwright, {
        env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      }),
);

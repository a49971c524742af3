// `npm start`: builds when a source is newer than out/, then opens the Electron app on the
// built-in briefing. Electron 42+ fetches its binary on first use, so the first start needs
// the network once (or ELECTRON_MIRROR / ELECTRON_OVERRIDE_DIST_PATH, see README).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const built = join(root, 'out', 'main', 'index.js');
const sources = Math.max(newest(join(root, 'app')), newest(join(root, 'renderer')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  const vite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const child = spawn(
  process.execPath,
  [join(root, 'node_modules', 'electron', 'cli.js'), root, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => {
  if (code !== 0 && code !== null) {
    console.error(
      'Briefing Desk: Electron did not start. If the message above says it failed to install, the Electron\n' +
        'binary could not be downloaded: connect once, or set ELECTRON_MIRROR or ELECTRON_OVERRIDE_DIST_PATH (README).',
    );
  }
  process.exit(code ?? (signal ? 1 : 0));
});

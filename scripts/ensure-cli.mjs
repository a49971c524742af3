// Builds out/cli/briefing.js when it is missing or older than any source under app/.
// Keeps `npm run briefing` and the bin working in a fresh checkout without a manual build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'out', 'cli', 'briefing.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|json|css)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureCli() {
  const stale =
    !existsSync(output) ||
    statSync(output).mtimeMs <
      Math.max(newestMtime(join(root, 'app')), statSync(join(root, 'package.json')).mtimeMs);
  if (!stale) return;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureCli();

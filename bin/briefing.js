#!/usr/bin/env node
// The installed `briefing` command: runs the bundled CLI, building it first in a checkout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'scripts', 'ensure-cli.mjs'))) {
  const { ensureCli } = await import(pathToFileURL(join(root, 'scripts', 'ensure-cli.mjs')).href);
  await ensureCli();
}
await import(pathToFileURL(join(root, 'out', 'cli', 'briefing.js')).href);

// The build Playwright can drive: electron-builder.yml with one fuse flipped back on.
// Playwright's _electron.launch passes --inspect=0 --remote-debugging-port=0, which a binary
// whose EnableNodeCliInspectArguments fuse is off refuses (tech notes §0.6). Never ship this
// build: it goes to release/e2e/ and its artifacts carry "-e2e" in their names.
//   npm run dist:e2e   (= electron-builder --config electron-builder.e2e.mjs)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));

/** The release config from electron-builder.yml, changed only where an e2e build must differ. */
export function e2eConfig() {
  const base = yaml.load(readFileSync(join(here, 'electron-builder.yml'), 'utf8'));
  return {
    ...base,
    directories: { ...base.directories, output: 'release/e2e' },
    artifactName: '${productName}-${version}-e2e-${arch}.${ext}',
    electronFuses: { ...base.electronFuses, enableNodeCliInspectArguments: true },
  };
}

export default e2eConfig();

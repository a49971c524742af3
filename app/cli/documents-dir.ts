/**
 * The user's Documents folder, as Electron's `app.getPath('documents')` finds it, so that
 * `briefing list` looks in the same library folder as the app (`<documents>/Briefing Desk`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface DocumentsDirOptions {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** The home folder (`os.homedir()`). */
  home: string;
  /** Reads a small text file; null when it cannot be read. Defaults to the real file system. */
  readText?: (file: string) => string | null;
}

function readTextFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** `$HOME/x` or `${HOME}/x` → `<home>/x`; other absolute paths as they are; else null. */
function expandHome(value: string, home: string): string | null {
  const expanded = value.replace(/^\$(?:HOME|\{HOME\})(?=\/|$)/, home);
  return path.isAbsolute(expanded) ? path.normalize(expanded) : null;
}

/** The XDG_DOCUMENTS_DIR line of a `user-dirs.dirs` file (a shell fragment), if any. */
function fromUserDirs(text: string, home: string): string | null {
  for (const line of text.split('\n')) {
    const match = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(line);
    if (match) return expandHome((match[1] ?? '').replace(/\\(.)/g, '$1'), home);
  }
  return null;
}

/**
 * The Documents folder. On Linux and other XDG systems: `XDG_DOCUMENTS_DIR` from the
 * environment, else the one in `$XDG_CONFIG_HOME/user-dirs.dirs` (default
 * `~/.config/user-dirs.dirs`), else `~/Documents`. On macOS and Windows: `~/Documents`
 * (Windows can move Documents elsewhere, e.g. into OneDrive; `BRIEFING_DESK_HOME` or
 * `--data-dir` then name the library).
 */
export function documentsDir(options: DocumentsDirOptions): string {
  const { env, platform, home } = options;
  const fallback = path.join(home, 'Documents');
  if (platform === 'darwin' || platform === 'win32') return fallback;
  const fromEnv = env['XDG_DOCUMENTS_DIR'];
  if (fromEnv) {
    const dir = expandHome(fromEnv, home);
    if (dir) return dir;
  }
  const configHome = env['XDG_CONFIG_HOME'];
  const config =
    configHome && path.isAbsolute(configHome) ? configHome : path.join(home, '.config');
  const text = (options.readText ?? readTextFile)(path.join(config, 'user-dirs.dirs'));
  return (text !== null ? fromUserDirs(text, home) : null) ?? fallback;
}

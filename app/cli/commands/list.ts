import { stat } from 'node:fs/promises';
import os from 'node:os';
import { defaultLibraryDir, listLibrary } from '../../store/library';
import type { LibraryEntry } from '../../store/library';
import { CliError } from '../command';
import type { CliIo, Command } from '../command';
import { documentsDir } from '../documents-dir';
import { userPath } from '../paths';
import { jsonText } from '../terminal-text';
import { storeErrorMessage } from '../store-messages';

function entryLine(entry: LibraryEntry): string {
  if (entry.error) return `!  ${entry.fileName}: ${entry.error.message}`;
  const notes = `${entry.noteCount} note${entry.noteCount === 1 ? '' : 's'}`;
  const parts = [
    entry.dateline ?? '—',
    entry.publisher,
    notes,
    `edited ${entry.updatedAt?.slice(0, 16).replace('T', ' ') ?? '?'}`,
  ];
  const conflict = entry.isConflictCopy ? ' [conflict copy]' : '';
  return `   ${entry.title}${conflict}\n     ${parts.filter(Boolean).join(' · ')} · ${entry.fileName}`;
}

/** The app's library folder: `BRIEFING_DESK_HOME`, else `<Documents>/Briefing Desk`. */
function appLibraryDir(io: CliIo): string {
  const documents = documentsDir({ env: io.env, platform: process.platform, home: os.homedir() });
  return defaultLibraryDir(io.env, { documents });
}

/** Throws a CliError naming `dir` when it is missing or not a folder (listLibrary lists those as empty). */
async function requireFolder(dir: string, isDefault: boolean): Promise<void> {
  const found = await stat(dir).catch(() => null);
  if (found?.isDirectory()) return;
  if (found) throw new CliError(`${dir} is not a folder.`);
  throw new CliError(
    isDefault
      ? `The library folder ${dir} does not exist (Briefing Desk makes it on first start); name another with --data-dir.`
      : `The folder ${dir} does not exist.`,
  );
}

export const listCommand: Command = {
  name: 'list',
  summary: 'list the briefings in the library folder',
  usage: 'briefing list [--data-dir <folder>] [--json]',
  help: `Lists every *.briefing.json in the library folder, newest edit first. Files that cannot
be read are listed with the reason (marked "!") and do not stop the listing.

Options:
  --data-dir DIR   the library folder. Default: the app's, $BRIEFING_DESK_HOME if set, else
                   "Briefing Desk" in your Documents folder (on Linux $XDG_DOCUMENTS_DIR or the
                   one in ~/.config/user-dirs.dirs, else ~/Documents). A folder that does not
                   exist is an error.
  --json           print the entries as a JSON array`,
  options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }, io) {
    const given = values['data-dir'];
    const dir = typeof given === 'string' ? userPath(io, given) : appLibraryDir(io);
    await requireFolder(dir, typeof given !== 'string');
    // Listing never writes: worded as `check` words the same file (no "left untouched").
    const entries = await Promise.all(
      (await listLibrary(dir)).map(async (entry) =>
        entry.error
          ? {
              ...entry,
              error: {
                ...entry.error,
                message: await storeErrorMessage({ ...entry.error, path: entry.path }, false),
              },
            }
          : entry,
      ),
    );
    if (values.json === true) {
      io.stdout(`${jsonText(entries)}\n`);
      return 0;
    }
    if (entries.length === 0) {
      io.stdout(`No briefings in ${dir}.\n`);
      return 0;
    }
    const bad = entries.filter((e) => e.error).length;
    io.stdout(
      `${dir}: ${entries.length} briefing file${entries.length === 1 ? '' : 's'}${bad ? `, ${bad} unreadable` : ''}\n`,
    );
    io.stdout(`${entries.map(entryLine).join('\n')}\n`);
    return 0;
  },
};

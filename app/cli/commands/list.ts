import { defaultLibraryDir, listLibrary } from '../../store/library';
import type { LibraryEntry } from '../../store/library';
import type { Command } from '../command';
import { userPath } from '../paths';

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

export const listCommand: Command = {
  name: 'list',
  summary: 'list the briefings in the library folder',
  usage: 'briefing list [--data-dir <folder>] [--json]',
  help: `Lists every *.briefing.json in the library folder, newest edit first. Files that cannot
be read are listed with the reason (marked "!") and do not stop the listing.

Options:
  --data-dir DIR   the library folder (default: $BRIEFING_DESK_HOME, else ~/Briefing Desk)
  --json           print the entries as a JSON array`,
  options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }, io) {
    const given = values['data-dir'];
    const dir = typeof given === 'string' ? userPath(io, given) : defaultLibraryDir(io.env);
    const entries = await listLibrary(dir);
    if (values.json === true) {
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
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

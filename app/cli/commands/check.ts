import { CURRENT_SCHEMA_VERSION } from '../../core/briefing-file';
import { isStoreError } from '../../store/errors';
import { loadBriefing } from '../../store/load';
import { CliError } from '../command';
import type { Command } from '../command';
import { userPath } from '../paths';
import { storeErrorMessage } from '../store-messages';
import { compactJson } from '../terminal-text';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check that a briefing file is readable and valid (exit 0) or say what is wrong',
  usage: 'briefing check <file.briefing.json> [--json]',
  help: `Reads the file without changing it: JSON syntax, the briefing format, the schema version.
Prints one line (title, schema version, note count) and exits 0 when the file is fine;
prints the problem and exits 1 when it is not. The file is never modified.

Options:
  --json   print {ok, path, title, schemaVersion, storedVersion, notes} or {ok, path, code, message}`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = userPath(io, positionals[0] ?? '');
    try {
      const loaded = await loadBriefing(file);
      const data = loaded.file;
      const notes = data.annotations.length;
      if (values.json === true) {
        io.stdout(
          `${compactJson({ ok: true, path: file, title: data.briefing.title, schemaVersion: CURRENT_SCHEMA_VERSION, storedVersion: loaded.storedVersion, notes })}\n`,
        );
        return 0;
      }
      const version =
        loaded.storedVersion === CURRENT_SCHEMA_VERSION
          ? `schema v${loaded.storedVersion}`
          : `schema v${loaded.storedVersion} (upgraded to v${CURRENT_SCHEMA_VERSION} on next save)`;
      io.stdout(
        `OK ${file}: "${data.briefing.title}", ${version}, ${notes} note${notes === 1 ? '' : 's'}.\n`,
      );
      return 0;
    } catch (error) {
      if (!isStoreError(error)) throw error;
      const message = await storeErrorMessage(error, false);
      if (values.json === true) {
        io.stdout(`${compactJson({ ok: false, path: file, code: error.code, message })}\n`);
        return 1;
      }
      throw new CliError(message);
    }
  },
};

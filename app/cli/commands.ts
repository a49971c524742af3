/** Every `briefing` sub-command, in the order `briefing --help` lists them. */
import type { Command } from './command';
import { generateCommand } from './commands/generate';
import { showCommand } from './commands/show';
import { checkCommand } from './commands/check';
import { listCommand } from './commands/list';
import { exportCommand } from './commands/export';
import { annotateCommand } from './commands/annotate';
import { notesCommand } from './commands/notes';
import { importNotesCommand } from './commands/import-notes';
import { updateArticleCommand } from './commands/update-article';

export const commands: readonly Command[] = [
  generateCommand,
  showCommand,
  checkCommand,
  listCommand,
  exportCommand,
  annotateCommand,
  notesCommand,
  importNotesCommand,
  updateArticleCommand,
];

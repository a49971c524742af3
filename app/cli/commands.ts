/** Every `briefing` sub-command, in the order `briefing --help` lists them. */
import type { Command } from './command';
import { generateCommand } from './commands/generate';
import { showCommand } from './commands/show';
import { checkCommand } from './commands/check';
import { listCommand } from './commands/list';
import { exportCommand } from './commands/export';

export const commands: readonly Command[] = [generateCommand, showCommand, checkCommand, listCommand, exportCommand];

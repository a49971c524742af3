/** Every `briefing` sub-command, in the order `briefing --help` lists them. */
import type { Command } from './command';
import { generateCommand } from './commands/generate';
import { showCommand } from './commands/show';

export const commands: readonly Command[] = [generateCommand, showCommand];

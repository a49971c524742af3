/**
 * The `briefing` command line: parses arguments, dispatches to a command, and turns every
 * failure into one sentence on stderr and a non-zero exit. Stack traces only with --debug.
 */
import { parseArgs } from 'node:util';
import { CliError, type CliIo, type Command } from './command';
import { commands } from './commands';
import { describeError } from './describe-error';

export const CLI_VERSION = '0.1.0';

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'briefing — generate, annotate and export analyst briefings from news articles, offline.',
    '',
    'Usage: briefing <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also after a command: briefing export --help)',
    '  -v, --version  print the version',
    '      --debug    print stack traces on errors',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.summary}\n\n${command.help.trimEnd()}\n`;
}

/** Runs the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(target ? commandHelp(target) : topHelp());
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${CLI_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`briefing: unknown command "${name}". Run "briefing --help" for the list.\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new CliError(`${reason}. Usage: ${command.usage}`, 2);
    }
    const count = parsed.positionals.length;
    if (count < command.positionals.min || count > command.positionals.max) {
      const what = count < command.positionals.min ? 'missing argument' : 'too many arguments';
      throw new CliError(`${what}. Usage: ${command.usage}`, 2);
    }
    return await command.run(parsed, io);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : 1;
    io.stderr(`briefing ${command.name}: ${describeError(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return exitCode;
  }
}

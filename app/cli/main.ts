/**
 * The `briefing` command line: parses arguments, dispatches to a command, and turns every
 * failure into one sentence on stderr and a non-zero exit. Stack traces only with --debug.
 */
import { parseArgs } from 'node:util';
import { CliError, type CliIo, type Command } from './command';
import { commands } from './commands';
import { isStoreError } from '../store/errors';
import { describeError } from './describe-error';
import { storeErrorMessage } from './store-messages';

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

/**
 * parseArgs's complaint as our sentence. Its unknown-option text suggests placing the option
 * after '--', which is no help here.
 */
function optionError(error: unknown, command: Command): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    return new CliError(
      `Unknown option ${unknown[1]} for \`briefing ${command.name}\`; see \`briefing ${command.name} --help\`.`,
      2,
    );
  }
  return new CliError(`${message.split('\n')[0]}. Usage: ${command.usage}`, 2);
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
      throw optionError(error, command);
    }
    const count = parsed.positionals.length;
    if (count < command.positionals.min || count > command.positionals.max) {
      const what = count < command.positionals.min ? 'missing argument' : 'too many arguments';
      throw new CliError(`${what}. Usage: ${command.usage}`, 2);
    }
    return await command.run(parsed, io);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : 1;
    const message = isStoreError(error)
      ? await storeErrorMessage(error, command.writesBriefing === true)
      : describeError(error);
    io.stderr(`briefing ${command.name}: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return exitCode;
  }
}

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
import { terminalSafe } from './terminal-text';

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
 * after '--', which is no help here; its other messages are kept whole, lines joined.
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
  const sentence = message.split('\n').join(' ').trim().replace(/\.?$/, '.');
  return new CliError(`${sentence} Usage: ${command.usage}`, 2);
}

type Options = Command['options'];

/** The name of the option that takes a value and is spelt `arg` (`--note`, `-q`), if any. */
function valueOptionNamed(arg: string, options: Options): string | undefined {
  if (arg.startsWith('--') && !arg.includes('=')) {
    const name = arg.slice(2);
    return options[name]?.type === 'string' ? name : undefined;
  }
  if (/^-[^-]$/.test(arg)) {
    const found = Object.entries(options).find(([, o]) => o.short === arg[1]);
    return found?.[1].type === 'string' ? found[0] : undefined;
  }
  return undefined;
}

/**
 * Binds each option that takes a value to the argument after it, whatever that looks like:
 * `--note "- first point"` and `--note -h` are notes, as getopt reads them, not a flag (parseArgs
 * would refuse them as ambiguous). Returns `--note=…` forms; everything after `--` is kept.
 */
function bindOptionValues(args: readonly string[], options: Options): string[] {
  const bound: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      bound.push(...args.slice(i));
      break;
    }
    const name = valueOptionNamed(arg, options);
    if (name !== undefined && i + 1 < args.length) {
      bound.push(`--${name}=${args[i + 1]}`);
      i++;
    } else bound.push(arg);
  }
  return bound;
}

/** The flags before any `--` (values are already bound to their options). */
function flagsOf(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return end < 0 ? [...args] : args.slice(0, end);
}

/**
 * Runs the CLI with `argv` (without node and script). Returns the exit code; never throws.
 * Human-readable output is made safe for a terminal (see terminal-text.ts).
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const safeStderr = (text: string): void => rawIo.stderr(terminalSafe(text));
  let args = [...argv];
  let debug = false;
  while (args[0] === '--debug') {
    debug = true;
    args = args.slice(1);
  }
  const [name, ...given] = args;
  if (name === undefined || name === '-h' || name === '--help') {
    rawIo.stdout(topHelp());
    return 0;
  }
  if (name === 'help') {
    const target = given[0];
    if (target === undefined) {
      rawIo.stdout(topHelp());
      return 0;
    }
    const command = commands.find((c) => c.name === target);
    if (!command) {
      safeStderr(`briefing: unknown command "${target}". Run "briefing --help" for the list.\n`);
      return 2;
    }
    rawIo.stdout(commandHelp(command));
    return 0;
  }
  if (name === '-v' || name === '--version') {
    rawIo.stdout(`${CLI_VERSION}\n`);
    return 0;
  }
  if (name.startsWith('-')) {
    safeStderr(
      `briefing: unknown option "${name}"; give a command first. Run "briefing --help" for the list.\n`,
    );
    return 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    safeStderr(`briefing: unknown command "${name}". Run "briefing --help" for the list.\n`);
    return 2;
  }
  const io: CliIo = {
    ...rawIo,
    // A document written to stdout (export) goes out exactly as made.
    stdout: command.rawStdout ? rawIo.stdout : (text) => rawIo.stdout(terminalSafe(text)),
    stderr: safeStderr,
  };
  const bound = bindOptionValues(given, command.options);
  const flags = flagsOf(bound);
  if (flags.includes('--debug')) debug = true;
  const rest = bound.filter((arg, i) => arg !== '--debug' || i >= flags.length);
  if (flags.includes('-h') || flags.includes('--help')) {
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

/**
 * The shape of one `briefing` sub-command. Each command lives in its own file under
 * app/cli/commands/ and is listed once in app/cli/commands.ts.
 */
import type { ParseArgsConfig } from 'node:util';

/** Where a command reads and writes; tests pass buffers, the real CLI passes process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line for `briefing --help`. */
  summary: string;
  /** Usage line(s), e.g. `briefing show <file> [--json]`. */
  usage: string;
  /** The rest of `briefing <name> --help`: arguments, options, examples. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /**
   * True when the command writes the briefing file it is given: its load errors then keep the
   * store's "The file was left untouched" sentence, which read-only commands leave out.
   */
  writesBriefing?: boolean;
  /**
   * True when stdout carries a document (an export), written exactly as made; other commands'
   * stdout is human text and loses control characters (see terminal-text.ts).
   */
  rawStdout?: boolean;
  /** How many positionals the command takes, inclusive. */
  positionals: { min: number; max: number };
  /** Returns the exit code. Throws `CliError` for a failure the user should read. */
  run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** A failure explained in one sentence; printed to stderr without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

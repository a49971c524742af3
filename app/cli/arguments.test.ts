/**
 * What the command line does with awkward arguments and hostile text: option values that start
 * with "-", help only for a real help flag, unknown commands and options, and control
 * characters from a file never reaching the terminal.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../store/briefing-store';
import { freshSeedBriefing, runCapturing } from './cli-harness';

const freshBriefing = (): Promise<string> => freshSeedBriefing('args-');

describe('option values that start with "-"', () => {
  it('--note "-h" is a note, not a request for help', async () => {
    const file = await freshBriefing();
    const run = await runCapturing(['annotate', file, '-q', 'Ankara', '--note', '-h']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('Usage:');
    expect((await readBriefingFile(file)).annotations.map((a) => a.body.note)).toEqual(['-h']);
  });

  it('--note "- first point" (a Markdown bullet) and -q "-…" work as written', async () => {
    const file = await freshBriefing();
    const run = await runCapturing(['annotate', file, '--note', '- first point', '-q', 'Ankara']);
    expect(run.code, run.stderr).toBe(0);
    const equals = await runCapturing(['annotate', file, '--note=- second', '--quote=Syria']);
    expect(equals.code, equals.stderr).toBe(0);
    const notes = (await readBriefingFile(file)).annotations.map((a) => a.body.note);
    expect(notes).toEqual(['- first point', '- second']);
  });

  it('a real -h or --help still prints the help; --debug still works after a value', async () => {
    const help = await runCapturing(['annotate', 'x.briefing.json', '--note', 'n', '-h']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: briefing annotate');
    const debug = await runCapturing(['show', 'missing.briefing.json', '--debug']);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('a value missing at the end is one complete sentence, with one period', async () => {
    const run = await runCapturing(['annotate', 'x.briefing.json', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^briefing annotate: Option '-q, --quote <value>' argument missing\. Usage: briefing annotate /,
    );
    expect(run.stderr).not.toContain('..');
  });
});

describe('unknown commands and options', () => {
  it('`briefing help nope` is an unknown command (exit 2); `help export` shows its help', async () => {
    const run = await runCapturing(['help', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'briefing: unknown command "nope". Run "briefing --help" for the list.\n',
    );
    const known = await runCapturing(['help', 'export']);
    expect(known.code).toBe(0);
    expect(known.stdout).toContain('Usage: briefing export');
  });

  it('`briefing -x` is an unknown option, not an unknown command', async () => {
    const run = await runCapturing(['-x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'briefing: unknown option "-x"; give a command first. Run "briefing --help" for the list.\n',
    );
  });
});

describe('control characters from a file never reach the terminal', () => {
  const CLEAR = '\u001b[2J';
  const OSC52 = '\u001b]52;c;b3duZWQ=\u0007';
  const C1 = '\u009b31m';

  async function hostileBriefing(): Promise<string> {
    const file = await freshBriefing();
    const w3c = join(file, '..', 'hostile.json');
    await writeFile(
      w3c,
      JSON.stringify({
        id: `urn:e${CLEAR}`,
        type: 'Annotation',
        body: [
          { type: 'TextualBody', value: `${CLEAR}${OSC52}hi${C1}\nsecond\tline` },
          { type: 'TextualBody', value: `tag${OSC52}`, purpose: 'tagging' },
        ],
        target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'Ankara' } },
      }),
    );
    const run = await runCapturing(['import-notes', file, w3c]);
    expect(run.code, run.stderr).toBe(0);
    return file;
  }

  const hasControl = (text: string): boolean =>
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(text);

  it('notes, show and errors print the text without ESC/OSC/C1, keeping newlines and tabs', async () => {
    const file = await hostileBriefing();
    const notes = await runCapturing(['notes', file]);
    expect(notes.code).toBe(0);
    expect(hasControl(notes.stdout)).toBe(false);
    expect(notes.stdout).toContain('  > [2J]52;c;b3duZWQ=hi31m\n  > second\tline');
    const show = await runCapturing(['show', file]);
    expect(hasControl(show.stdout)).toBe(false);
    const error = await runCapturing(['annotate', file, '-q', 'Ankara', '--colour', `x${CLEAR}`]);
    expect(error.code).toBe(2);
    expect(hasControl(error.stderr)).toBe(false);
    expect(error.stderr).toContain('(got "x[2J")');
  });

  it('--json stays exact JSON: the same strings, escaped, and no raw control character', async () => {
    const file = await hostileBriefing();
    const run = await runCapturing(['notes', file, '--json']);
    expect(hasControl(run.stdout)).toBe(false);
    const [note] = JSON.parse(run.stdout) as {
      id: string;
      body: { note: string; tags: string[] };
    }[];
    expect(note.body.note).toBe(`${CLEAR}${OSC52}hi${C1}\nsecond\tline`);
    expect(note.id).toBe(`urn:e${CLEAR}`);
    expect(note.body.tags).toEqual([`tag${OSC52}`]);
    expect(run.stdout).toContain('\\u009b31m');
  });
});

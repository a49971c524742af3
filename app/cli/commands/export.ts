import { toW3CCollection } from '../../core/annotations/w3c';
import { renderHtml } from '../../export/html';
import { assertNoLeaks, exportManifest } from '../../export/manifest';
import { toMarkdown } from '../../export/markdown';
import type { ExportOptions, NoteProfile, Paper } from '../../export/options';
import { NOTE_PROFILES, PAPERS, resolveHandling, selectNotes } from '../../export/options';
import { loadPrintCss } from '../../pdf/assets';
import { printPdf } from '../../pdf/print';
import { readBriefingFile } from '../../store/briefing-store';
import { CliError } from '../command';
import type { Command } from '../command';
import { CLI_VERSION } from '../main';
import { refuseBriefingOutput, writeAtomically } from '../output-file';
import { userPath } from '../paths';

const FORMATS = ['md', 'html', 'pdf', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

function pick<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new CliError(
    `--${name} must be one of ${allowed.join(', ')} (got "${typeof value === 'string' ? value : typeof value}").`,
    2,
  );
}

/** `SOURCE_DATE_EPOCH` (seconds) pins the generated-at time for reproducible exports. */
function exportTime(env: Readonly<Record<string, string | undefined>>): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch))
    return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a briefing as Markdown, HTML, PDF or W3C annotations',
  usage:
    'briefing export <file.briefing.json> --format md|html|pdf|w3c [--notes none|shared|all] [--handling TEXT] [--paper a4|letter] [-o FILE]',
  help: `Options:
  -f, --format FORMAT   md, html, pdf, or w3c (the notes as a W3C Web Annotation collection)
      --notes PROFILE   none (a clean briefing: the default for md, html and pdf), shared
                        (shared notes), or all (private notes too, marked 🔒 Private: the
                        default for w3c, your own backup and interchange of your notes)
      --handling TEXT   handling marking on every page, e.g. "TLP:AMBER" (default: the file's)
      --paper SIZE      a4 (default) or letter, for html and pdf
  -o, --output FILE     where to write; md, html and w3c go to stdout without it; pdf needs it.
                        Never a briefing: the input, a *.briefing.json name or an existing
                        briefing file is refused

Notes are exported exactly as they were typed: Markdown in a note (**bold**, - lists) is shown
as its literal characters in md, html and pdf, never rendered, so an export cannot be reshaped by
a note. The w3c format carries the note text unchanged.

What went out and what stayed is printed to stderr once the export is written. The export
stops, writing nothing, if a note that should be left out is found in the output.
Set SOURCE_DATE_EPOCH to pin the "generated at" time.

Examples:
  briefing export x.briefing.json --format pdf --notes shared -o x.pdf
  briefing export x.briefing.json --format md > x.md
  briefing export x.briefing.json --format w3c -o x.notes.json`,
  options: {
    format: { type: 'string', short: 'f' },
    notes: { type: 'string' },
    handling: { type: 'string' },
    paper: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  rawStdout: true,
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    if (values.format === undefined)
      throw new CliError('choose an output with --format md, html, pdf or w3c.', 2);
    const format = pick<Format>(values.format, FORMATS, 'format', 'md');
    // A W3C export is the analyst's own backup and interchange of their notes: all by default.
    const notes = pick<NoteProfile>(
      values.notes,
      NOTE_PROFILES,
      'notes',
      format === 'w3c' ? 'all' : 'none',
    );
    const paper = pick<Paper>(values.paper, PAPERS, 'paper', 'a4');
    const handlingOption = typeof values.handling === 'string' ? values.handling.trim() : undefined;
    if (
      handlingOption !== undefined &&
      (handlingOption === '' || handlingOption.length > 80 || /[\r\n]/.test(handlingOption))
    ) {
      throw new CliError('--handling must be one line of 1–80 characters, e.g. "TLP:AMBER".', 2);
    }
    const output = typeof values.output === 'string' ? userPath(io, values.output) : null;
    if (format === 'pdf' && output === null) {
      throw new CliError('a PDF needs -o FILE; it is not written to standard output.', 2);
    }
    if (format === 'w3c' && notes === 'none') {
      throw new CliError(
        'a W3C export carries notes: use --notes all (the default for w3c) or --notes shared.',
        2,
      );
    }

    const input = userPath(io, positionals[0] ?? '');
    if (output !== null) await refuseBriefingOutput(output, input);

    const file = await readBriefingFile(input);
    const options: ExportOptions = {
      notes,
      paper,
      ...(handlingOption ? { handling: handlingOption } : {}),
    };
    const handling = resolveHandling(file, options);
    // Said only once the export is out: a failed write must not read as "2 notes included".
    const manifest = exportManifest(file, options)
      .lines.map((line) => `${line}\n`)
      .join('');

    let text: string | null = null;
    let bytes: Uint8Array | null = null;
    if (format === 'w3c') {
      const collection = toW3CCollection(selectNotes(file, notes).included, {
        briefingId: file.id,
        articleSha256: file.article.sha256,
      });
      text = `${JSON.stringify(collection, null, 2)}\n`;
      assertNoLeaks(text, file, options);
    } else {
      const markdown = toMarkdown(file, options, {
        now: exportTime(io.env),
        appVersion: CLI_VERSION,
      });
      assertNoLeaks(markdown, file, options);
      if (format === 'md') {
        text = markdown;
      } else {
        const html = renderHtml(markdown, {
          title: file.briefing.title,
          handling,
          paper,
          css: loadPrintCss(),
        });
        assertNoLeaks(html, file, options);
        if (format === 'html') text = html;
        else {
          const executablePath = io.env['CHROMIUM_PATH'];
          bytes = await printPdf(html, {
            paper,
            ...(executablePath ? { executablePath } : {}),
          });
        }
      }
    }

    if (output === null) {
      io.stdout(text ?? '');
      io.stderr(manifest);
      return 0;
    }
    await writeAtomically(output, bytes ?? text ?? '');
    io.stderr(`${manifest}Wrote ${output}\n`);
    return 0;
  },
};

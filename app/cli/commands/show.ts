import type { BriefingFile } from '../../core/briefing-file';
import { verificationOf } from '../../core/verification';
import type { Verification } from '../../core/verification';
import { readBriefingFile } from '../../store/briefing-store';
import type { Command } from '../command';
import { userPath } from '../paths';
import { jsonText } from '../terminal-text';

/** The briefing as `show --json` prints it: the generated content, plus where it came from. */
export function briefingJson(file: BriefingFile): object {
  return {
    ...file.briefing,
    article: {
      fileName: file.article.fileName,
      format: file.article.format,
      sha256: file.article.sha256,
      length: file.article.text.length,
    },
    notes: file.annotations.length,
  };
}

/**
 * What the article says about verification, in the header line. `verified: false` alone is
 * silence, not a statement: "not verified" needs the publisher's disclaimer saying so (the
 * rule the reader and the exports share, app/core/verification.ts).
 */
const VERIFICATION: Record<Verification, string> = {
  verified: 'verified',
  'not-verified': 'not verified (the publisher says so)',
  'not-stated': 'no verification statement',
};

function showText(file: BriefingFile): string {
  const b = file.briefing;
  const out: string[] = [b.title, '='.repeat(Math.min(b.title.length, 78))];
  const meta = [b.dateline, b.source.publisher, VERIFICATION[verificationOf(b.source)]];
  out.push(meta.filter(Boolean).join(' · '), '');
  out.push('BOTTOM LINE', ...b.bluf.map((i) => `  ${i.text}`), '');
  for (const section of b.sections) {
    out.push(`${section.heading.toUpperCase()} [${section.kind}]`);
    section.items.forEach((item, n) => out.push(`  ${n + 1}. ${item.text}`));
    out.push('');
  }
  if (b.actors.length > 0) {
    out.push('ACTORS');
    for (const a of b.actors) out.push(`  ${a.name} (${a.kind})${a.role ? ` — ${a.role}` : ''}`);
    out.push('');
  }
  if (b.timeline.length > 0) {
    out.push('TIMELINE');
    for (const e of b.timeline) out.push(`  ${e.date.padEnd(10)}  ${e.text}`);
    out.push('');
  }
  if (b.keyFigures.length > 0) {
    out.push('KEY FIGURES');
    for (const k of b.keyFigures) out.push(`  ${k.value}: ${k.text}`);
    out.push('');
  }
  if (b.source.disclaimer) out.push('SOURCE', `  ${b.source.disclaimer}`, '');
  const notes = file.annotations.length;
  out.push(`${notes} note${notes === 1 ? '' : 's'}.`);
  return `${out.join('\n')}\n`;
}

export const showCommand: Command = {
  name: 'show',
  summary: 'print a briefing file as text, or as JSON with --json',
  usage: 'briefing show <file.briefing.json> [--json]',
  help: `Options:
  --json   print the briefing as JSON: title, dateline, source, bluf, sections, actors,
           timeline, keyFigures; every item carries its source spans {start, end}
           (UTF-16 offsets into the stored article text)`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = await readBriefingFile(userPath(io, positionals[0] ?? ''));
    io.stdout(values.json === true ? `${jsonText(briefingJson(file))}\n` : showText(file));
    return 0;
  },
};

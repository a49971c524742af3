/** The export dialog's manifest sentence (DESIGN.md: "3 private notes will be left out"). */
import type { NoteProfile } from '../../../app/export/options';

export interface NoteCounts {
  shared: number;
  private: number;
  total: number;
}

function notes(n: number, kind: string): string {
  return `${n} ${kind} note${n === 1 ? '' : 's'}`;
}

/**
 * One sentence saying what the export leaves out under `profile`, or that nothing is left out.
 * Private notes come first: they are the ones an analyst must not send by mistake.
 */
export function leftOutLine(counts: NoteCounts, profile: NoteProfile): string {
  if (counts.total === 0) return 'This briefing has no notes.';
  const privateOut = profile === 'all' ? 0 : counts.private;
  const sharedOut = profile === 'none' ? counts.shared : 0;
  const out = [
    ...(privateOut > 0 ? [notes(privateOut, 'private')] : []),
    ...(sharedOut > 0 ? [notes(sharedOut, 'shared')] : []),
  ];
  if (out.length === 0)
    return counts.total === 1
      ? 'The note will be included.'
      : `All ${counts.total} notes will be included.`;
  return `${out.join(' and ')} will be left out.`;
}

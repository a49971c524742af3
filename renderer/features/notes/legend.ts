import type { LegendEntry } from '../../../app/core/annotation';

/** The longest legend label main accepts (contract: briefing:set-legend). */
export const LABEL_MAX = 40;

const HEX = /^#[0-9A-Fa-f]{6}$/;

/** Why main would refuse this legend, as one sentence for the analyst; null when it is fine. */
export function legendProblem(legend: readonly LegendEntry[]): string | null {
  const seen = new Set<string>();
  for (const [i, entry] of legend.entries()) {
    const label = entry.label.trim();
    if (label === '') return `Colour ${i + 1} needs a label.`;
    if (label.length > LABEL_MAX)
      return `“${label.slice(0, 20)}…” is longer than ${LABEL_MAX} characters.`;
    if (/[\r\n\u2028\u2029]/.test(label)) return `Colour ${i + 1}'s label must be one line.`;
    if (!HEX.test(entry.light) || !HEX.test(entry.dark))
      return `Colour ${i + 1} needs colours written as #RRGGBB.`;
    const folded = label.toLocaleLowerCase();
    if (seen.has(folded)) return `Two colours are labelled “${label}”; give each its own meaning.`;
    seen.add(folded);
  }
  return null;
}

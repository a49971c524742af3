import type { LegendEntry } from '../../../app/core/annotation';

/** The longest legend label main accepts (contract: briefing:set-legend). */
export const LABEL_MAX = 40;

const HEX = /^#[0-9A-Fa-f]{6}$/;

/** The reading text colours of the two themes (styles.css `--fg`), which sit on highlights. */
export const TEXT_ON = { light: '#1D1D1F', dark: '#E8E6E1' } as const;

/** WCAG AA for body text (DESIGN.md: highlights keep the text at AA in both themes). */
export const MIN_CONTRAST = 4.5;

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two #RRGGBB colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

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
    for (const theme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(entry[theme], TEXT_ON[theme]);
      if (ratio < MIN_CONTRAST)
        return `Text on “${label}” in the ${theme} theme would be hard to read (contrast ${ratio.toFixed(1)}:1, at least ${MIN_CONTRAST}:1 needed); pick a ${theme === 'light' ? 'lighter' : 'darker'} colour.`;
    }
    const folded = label.toLocaleLowerCase();
    if (seen.has(folded)) return `Two colours are labelled “${label}”; give each its own meaning.`;
    seen.add(folded);
  }
  return null;
}

/**
 * The page furniture of a printed briefing — the handling banner at the top and bottom of
 * every page and "Page x of y" — as CSS page-margin boxes in the document's own `@page` rule.
 *
 * Not Chromium's headerTemplate/footerTemplate: those render in a separate context that
 * cannot use the document's web fonts (checked on this machine: even a data: URL @font-face
 * inside the template falls back to a system font), so a marking such as "KİŞİSEL – ĞİZLİ"
 * depended on the fonts installed. Margin boxes (Chromium ≥ 131; Electron 45 ships 142) are
 * laid out with the page's fonts, so the banner prints in the bundled Inter everywhere, and an
 * exported .html printed from a browser carries the same banner.
 */
import type { Paper } from './options';

/** Banner colours per TLP 2.0 (FIRST): coloured text on black. Custom markings use white. */
export function bannerColour(handling: string): string {
  const level = handling.trim().toUpperCase();
  if (level.startsWith('TLP:RED')) return '#FF2B2B';
  if (level.startsWith('TLP:AMBER')) return '#FFC000';
  if (level.startsWith('TLP:GREEN')) return '#33FF00';
  return '#FFFFFF';
}

/**
 * `text` as a CSS string literal. Everything but letters, digits, spaces and a few safe marks
 * is written as a hex escape, so neither a quote nor `</style>` in a marking can end it.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    if (/[\p{L}\p{N} :._+-]/u.test(ch)) out += ch;
    else out += `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

const FONT = "font-family: 'Inter', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9px;";

/**
 * The `@page` rule for `paper` with the banner centred in the top and bottom margins and the
 * page count at the bottom right. The margins themselves are print.css's.
 */
export function pageRule(paper: Paper, handling: string): string {
  const banner =
    `content: ${cssString(handling)}; ${FONT} font-weight: 600; letter-spacing: 0.08em; ` +
    `color: ${bannerColour(handling)}; background: #000; text-align: center; ` +
    `-webkit-print-color-adjust: exact; print-color-adjust: exact;`;
  return [
    `@page {`,
    `  size: ${paper === 'letter' ? 'letter' : 'A4'};`,
    // A margin box's background fills the box: margins shrink it to a band around the text.
    `  @top-center { ${banner} margin: 8mm 0 7mm; width: ${bannerWidth(handling)}; }`,
    `  @bottom-center { ${banner} margin: 6mm 0 7mm; width: ${bannerWidth(handling)}; }`,
    // The counter keeps a fixed share and never wraps; a long marking wraps in its own box.
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${FONT} color: #555; width: ${COUNTER_MM}mm; white-space: nowrap; text-align: right; }`,
    `}`,
  ].join('\n');
}

/** Room for "Page 999 of 999" in 9px Inter. */
const COUNTER_MM = 26;
/**
 * The widest banner: the narrower page area (A4: 210mm less 2 × 18mm margins = 174mm) less a
 * counter's share on each side, since the centre box stays centred. A longer marking wraps.
 */
const BANNER_MAX_MM = 174 - 2 * COUNTER_MM - 4;

/** About the width of the marking in 9px Inter semibold with its letter spacing, plus padding. */
function bannerWidth(handling: string): string {
  return `${Math.min(BANNER_MAX_MM, Math.ceil([...handling].length * 2.3 + 6))}mm`;
}

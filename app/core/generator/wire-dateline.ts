import type { Span } from '../briefing';

/**
 * The wire-service opening of a paragraph: "FRANKFURT (Reuters) - ", "WASHINGTON, March 3 (AP)
 * — ", "GENEVA, 10 November 2023 - ", "Frankfurt, Germany (AFP) – ". The city is in capitals,
 * or in any case when an agency in brackets follows it; a date or region may sit after a comma.
 * The dash must be followed by a capital, so "US - China talks" is no dateline.
 */
const WIRE_DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}(?:,\s*[^()\n,–—-]{2,40}?)?(?:\s*\(([^()\n]{2,40})\))?|\p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){0,3}(?:,\s*[^()\n,–—-]{2,40}?)?\s*\(([^()\n]{2,40})\))\s*(?:--|[-–—])\s+(?=["“‘]?\p{Lu})/u;
/** What may stand in the brackets: an agency's name ("Reuters", "AP", "dpa", "Agence France-Presse"). */
const AGENCY = /^\p{L}[\p{L}\p{M}&.'’ -]{1,39}$/u;

export interface WireDateline {
  /** Where the words after the dash begin. */
  end: number;
  /** The agency in brackets, when there is one. */
  agency: Span | null;
}

/**
 * Reads a wire dateline at `start` (a paragraph's first sentence, `text[start, end)`), or null.
 * At least three words must follow it, so a one-line "LONDON - Live" stays as written.
 */
export function readWireDateline(text: string, start: number, end: number): WireDateline | null {
  const m = WIRE_DATELINE.exec(text.slice(start, Math.min(end, start + 160)));
  if (!m) return null;
  const rest = text.slice(start + m[0].length, end).trim();
  if (rest.split(/\s+/).length < 3) return null;
  // A bare "UK - " or "EU - " is more likely a heading fragment than a city.
  const place = /^[^,(]*/.exec(m[0])![0].replace(/\s*(?:--|[-–—])\s*$/, '');
  if (m[1] === undefined && m[2] === undefined && !m[0].includes(',') && place.length < 4)
    return null;
  const name = m[1] ?? m[2];
  let agency: Span | null = null;
  if (name !== undefined && AGENCY.test(name.trim())) {
    const at = start + m[0].indexOf(`(${name})`) + 1;
    const lead = name.length - name.trimStart().length;
    agency = { start: at + lead, end: at + name.trimEnd().length };
  } else if (name !== undefined) {
    return null;
  }
  return { end: start + m[0].length, agency };
}

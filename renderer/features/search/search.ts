/** Case-insensitive search over the briefing's text blocks and the notes. */

export interface SearchBlock {
  blockId: string;
  text: string;
}

export type SearchHit =
  { kind: 'text'; blockId: string; start: number; end: number } | { kind: 'note'; noteId: string };

/** Most matches counted: past this the count reads "5,000+" (a two-letter query in 1 MB). */
export const SEARCH_LIMIT = 5000;

/** Every occurrence of `query` (≥ 2 characters) in block order, then the notes in order. Capped at `limit`. */
export function findHits(
  query: string,
  blocks: readonly SearchBlock[],
  notes: readonly { id: string; text: string }[],
  limit = SEARCH_LIMIT,
): SearchHit[] {
  const needle = query.trim();
  if (needle.length < 2) return [];
  const hits: SearchHit[] = [];
  for (const block of blocks) {
    const hay = foldCase(block.text);
    const n = foldCase(needle);
    for (
      let at = hay.indexOf(n);
      at !== -1 && hits.length < limit;
      at = hay.indexOf(n, at + n.length)
    ) {
      hits.push({ kind: 'text', blockId: block.blockId, start: at, end: at + n.length });
    }
  }
  for (const note of notes) {
    if (hits.length >= limit) break;
    if (foldCase(note.text).includes(foldCase(needle)))
      hits.push({ kind: 'note', noteId: note.id });
  }
  return hits;
}

/**
 * Lower case that keeps every UTF-16 offset: a character whose lower case has another
 * length ('İ' → 'i̇') stays as it is, so hit offsets point into the original text.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

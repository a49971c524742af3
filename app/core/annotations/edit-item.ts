/** The analyst rewrites a generated item; the notes on it follow their words. */

import type { Annotation } from '../annotation';
import type { Rewrite } from '../briefing';
import type { BriefingFile } from '../briefing-file';
import type { ReanchorCounts } from './reanchor';
import { diffTexts } from './text-diff';
import { reanchorInText } from './update-article';

export interface ItemEdit {
  file: BriefingFile;
  /** Over the notes on the edited item only. */
  counts: ReanchorCounts;
}

export type ItemEditError = {
  code: 'unknown-item' | 'empty-text' | 'too-long';
  /** One sentence for the analyst. */
  message: string;
};

export type ItemEditResult = { ok: true; value: ItemEdit } | { ok: false; error: ItemEditError };

/** Longest item text accepted, in UTF-16 units: far above any generated sentence. */
export const MAX_ITEM_TEXT = 100_000;

/**
 * Replaces the text of the BLUF item, section item, timeline event or key figure `itemId`
 * and re-anchors the notes on it against the new text (nothing is deleted: a note whose words
 * were removed is orphaned). The item keeps its id and sources and records the rewrite (when,
 * and the generator's words); writing the generator's words back removes the record. The text is trimmed; an empty
 * text or an unknown id fails as a value. Pure; `updatedAt` and changed notes get `now`.
 */
export function editItemText(
  file: BriefingFile,
  itemId: string,
  text: string,
  now: string,
): ItemEditResult {
  const next = text.trim();
  if (next === '') return failure('empty-text', 'An item needs some text; it was left as it was.');
  if (next.length > MAX_ITEM_TEXT)
    return failure('too-long', `An item may hold at most ${MAX_ITEM_TEXT} characters.`);
  const b = file.briefing;
  let old: string | undefined;
  const edit = <T extends { id: string; text: string; rewrite?: Rewrite }>(
    items: readonly T[],
  ): T[] =>
    items.map((item) => {
      if (item.id !== itemId) return item;
      old = item.text;
      const generated = item.rewrite?.generated ?? item.text;
      // Back to the generator's own words: no longer the analyst's wording.
      if (next === generated) {
        const { rewrite: _dropped, ...rest } = item;
        return { ...rest, text: next } as T;
      }
      return { ...item, text: next, rewrite: { at: now, generated } };
    });
  const briefing = {
    ...b,
    bluf: edit(b.bluf),
    sections: b.sections.map((s) => ({ ...s, items: edit(s.items) })),
    timeline: edit(b.timeline),
    keyFigures: edit(b.keyFigures),
  };
  if (old === undefined)
    return failure('unknown-item', `This briefing has no item "${itemId}" to edit.`);
  const edits = diffTexts(old, next);
  const counts: ReanchorCounts = { anchored: 0, moved: 0, orphaned: 0 };
  const annotations = file.annotations.map((a): Annotation => {
    if (a.target.blockId !== itemId) return a;
    const moved = reanchorInText(a, next, edits, now);
    counts[moved.status]++;
    return moved;
  });
  return { ok: true, value: { file: { ...file, updatedAt: now, briefing, annotations }, counts } };
}

function failure(code: ItemEditError['code'], message: string): ItemEditResult {
  return { ok: false, error: { code, message } };
}

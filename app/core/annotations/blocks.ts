/** The annotatable blocks of a briefing file: the article and every generated item. */

import { ARTICLE_BLOCK_ID } from '../annotation';
import type { Briefing } from '../briefing';

/** The text an annotation on `blockId` points into, or undefined when no such block exists. */
export function blockTextOf(
  file: { readonly article: { readonly text: string }; readonly briefing: DeepReadonlyBriefing },
  blockId: string,
): string | undefined {
  if (blockId === ARTICLE_BLOCK_ID) return file.article.text;
  return itemBlocks(file.briefing).find((b) => b.id === blockId)?.text;
}

/** One generated item as an annotatable block. */
export interface ItemBlock {
  id: string;
  text: string;
  /**
   * Items a note may follow to when its own item changes: `bluf`, `section:<kind>`,
   * `timeline` or `key-figures`.
   */
  group: string;
}

/** Every generated item in reading order: BLUF, sections, timeline, key figures. */
export function itemBlocks(briefing: DeepReadonlyBriefing): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (const item of briefing.bluf) blocks.push({ id: item.id, text: item.text, group: 'bluf' });
  for (const section of briefing.sections)
    for (const item of section.items)
      blocks.push({ id: item.id, text: item.text, group: `section:${section.kind}` });
  for (const event of briefing.timeline)
    blocks.push({ id: event.id, text: event.text, group: 'timeline' });
  for (const figure of briefing.keyFigures)
    blocks.push({ id: figure.id, text: figure.text, group: 'key-figures' });
  return blocks;
}

/** The parts of a briefing this module reads, so read-only views (the store's) fit too. */
export interface DeepReadonlyBriefing {
  readonly bluf: readonly { readonly id: string; readonly text: string }[];
  readonly sections: readonly {
    readonly kind: Briefing['sections'][number]['kind'];
    readonly items: readonly { readonly id: string; readonly text: string }[];
  }[];
  readonly timeline: readonly { readonly id: string; readonly text: string }[];
  readonly keyFigures: readonly { readonly id: string; readonly text: string }[];
}

/** The text of every annotatable block by id (the article under ARTICLE_BLOCK_ID). */
export function blockTexts(file: {
  readonly article: { readonly text: string };
  readonly briefing: DeepReadonlyBriefing;
}): Map<string, string> {
  const texts = new Map(itemBlocks(file.briefing).map((b) => [b.id, b.text]));
  texts.set(ARTICLE_BLOCK_ID, file.article.text);
  return texts;
}

/**
 * The words now under a note when they differ from the words it was written on (a note that
 * followed a changed sentence, "over 3,000" → "more than 3,100"); null when they are the same,
 * the note is orphaned or its block is gone. Shown beside the quote so a moved note never
 * passes off new words as the ones the analyst annotated.
 */
export function wordsNow(
  texts: ReadonlyMap<string, string>,
  note: {
    readonly status: string;
    readonly target: {
      readonly blockId: string;
      readonly position: { readonly start: number; readonly end: number };
      readonly quote: { readonly exact: string };
    };
  },
): string | null {
  if (note.status === 'orphaned') return null;
  const text = texts.get(note.target.blockId);
  if (text === undefined) return null;
  const now = text.slice(note.target.position.start, note.target.position.end);
  return now === note.target.quote.exact ? null : now;
}

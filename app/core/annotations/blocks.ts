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

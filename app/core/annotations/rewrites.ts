/**
 * The analyst's rewrites across an article update. The briefing is generated again from the
 * new text; a rewrite is carried to the new item of the same kind for which the generator
 * wrote the very words the rewrite replaced — the analyst's wording was about those words, and
 * they are still what the article supports. Any other rewrite is dropped (its sentence changed
 * or went), and counted so the analyst is told.
 */
import type { Briefing, Rewrite } from '../briefing';
import { itemBlocks } from './blocks';

export interface RewriteCounts {
  kept: number;
  dropped: number;
}

type Rewritable = { id: string; text: string; rewrite?: Rewrite };

/**
 * `next` (a freshly generated briefing) with the rewrites of `old` applied where the generator
 * wrote the replaced words again, in the same group (BLUF, section kind, timeline, figures).
 * Pure; each new item takes at most one rewrite.
 */
export function carryRewrites(
  old: Briefing,
  next: Briefing,
): { briefing: Briefing; counts: RewriteCounts } {
  const oldGroups = new Map(itemBlocks(old).map((b) => [b.id, b.group]));
  const rewritten: (Rewritable & { group: string })[] = [];
  const collect = (items: readonly Rewritable[]) => {
    for (const item of items)
      if (item.rewrite) rewritten.push({ ...item, group: oldGroups.get(item.id) ?? '' });
  };
  collect(old.bluf);
  old.sections.forEach((s) => collect(s.items));
  collect(old.timeline);
  collect(old.keyFigures);
  if (rewritten.length === 0) return { briefing: next, counts: { kept: 0, dropped: 0 } };

  const newGroups = new Map(itemBlocks(next).map((b) => [b.id, b.group]));
  const taken = new Set<string>();
  let kept = 0;
  const apply = <T extends Rewritable>(items: readonly T[]): T[] =>
    items.map((item) => {
      const group = newGroups.get(item.id);
      const match = rewritten.find(
        (r) => !taken.has(r.id) && r.group === group && r.rewrite?.generated === item.text,
      );
      if (!match?.rewrite) return item;
      taken.add(match.id);
      kept++;
      return { ...item, text: match.text, rewrite: match.rewrite };
    });
  const briefing: Briefing = {
    ...next,
    bluf: apply(next.bluf),
    sections: next.sections.map((s) => ({ ...s, items: apply(s.items) })),
    timeline: apply(next.timeline),
    keyFigures: apply(next.keyFigures),
  };
  return { briefing, counts: { kept, dropped: rewritten.length - kept } };
}

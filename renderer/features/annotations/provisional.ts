/**
 * The annotation an add will most likely produce, drawn before main answers (optimistic UI):
 * the highlight and the count appear in the frame after the key press, and main's answer
 * replaces it (or an error removes it) a moment later.
 */
import { ARTICLE_BLOCK_ID, type Annotation, type Visibility } from '../../../app/core/annotation';
import { createAnnotation } from '../../../app/core/annotations/create';
import type { Article, Briefing } from '../../../app/core/briefing';

/** The text an annotation on `blockId` points into: the article or a generated item. */
export function blockText(
  source: { article: Article; briefing: Briefing },
  blockId: string,
): string | undefined {
  if (blockId === ARTICLE_BLOCK_ID) return source.article.text;
  const b = source.briefing;
  const items = [...b.bluf, ...b.sections.flatMap((s) => s.items), ...b.timeline, ...b.keyFigures];
  return items.find((item) => item.id === blockId)?.text;
}

export interface ProvisionalInput {
  target: { blockId: string; start: number; end: number };
  note: string;
  tags: string[];
  colour: string;
  visibility: Visibility;
}

/** Null when the block is unknown or the range is invalid (main will say why). */
export function provisionalAnnotation(
  source: { article: Article; briefing: Briefing },
  input: ProvisionalInput,
  id: string,
  now: string,
): Annotation | null {
  const text = blockText(source, input.target.blockId);
  if (text === undefined) return null;
  const made = createAnnotation({
    id,
    blockId: input.target.blockId,
    blockText: text,
    start: input.target.start,
    end: input.target.end,
    note: input.note,
    tags: input.tags,
    colour: input.colour,
    visibility: input.visibility,
    now,
  });
  return made.ok ? made.value : null;
}

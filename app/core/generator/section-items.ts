import type { Item, Span } from '../briefing';
import type { Analysis } from './analysis';
import { textAndSources } from './spans';

/** An item resting on one span of the text. */
export function item(id: string, text: string, span: Span): Item {
  return { id, ...textAndSources(text, span) };
}

/** With no sentence at all (only headings, rules or stamps), the first non-blank part of the text. */
export function fallbackSpan(analysis: Analysis): Span | null {
  const part = analysis.parts.find((p) => analysis.text.slice(p.start, p.end).trim());
  return part ? { start: part.start, end: part.end } : null;
}

/**
 * Reading loosely shaped W3C JSON: where the annotations are in a document, which target
 * carries a TextQuoteSelector, and what the bodies say. Tolerant of every form the model
 * allows (single values or arrays, refinedBy chains, Choice bodies); never throws.
 */
import { DEFAULT_LEGEND } from '../annotation';
import type { AnnotationBody, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { normaliseTags } from './create';

/** The annotation items of a document, or undefined when it holds none of the known shapes. */
export function itemsOf(data: unknown): unknown[] | undefined {
  if (isArray(data)) return data;
  if (!isRecord(data)) return undefined;
  if (hasType(data, 'Annotation')) return [data];
  if (hasType(data, 'AnnotationPage')) return Array.isArray(data.items) ? data.items : undefined;
  if (hasType(data, 'AnnotationCollection')) {
    const first: unknown = isArray(data.first) ? data.first[0] : data.first;
    if (first === undefined) return [];
    return isRecord(first) && Array.isArray(first.items) ? first.items : undefined;
  }
  return undefined;
}

export interface TextTarget {
  source: string | undefined;
  quote: TextQuoteSelector;
  position: TextPositionSelector | undefined;
}

/** The first target with a non-empty TextQuoteSelector, with its position when it has one. */
export function findTextTarget(target: unknown): TextTarget | undefined {
  for (const candidate of asArray(target)) {
    if (!isRecord(candidate)) continue;
    const selectors = flattenSelectors(candidate.selector);
    const quote = selectors.find(
      (s) => hasType(s, 'TextQuoteSelector') && typeof s.exact === 'string' && s.exact !== '',
    );
    if (!quote) continue;
    const position = selectors.find(
      (s) =>
        hasType(s, 'TextPositionSelector') &&
        isOffset(s.start) &&
        isOffset(s.end) &&
        (s.end as number) >= (s.start as number),
    );
    const source =
      typeof candidate.source === 'string'
        ? candidate.source
        : isRecord(candidate.source) && typeof candidate.source.id === 'string'
          ? candidate.source.id
          : undefined;
    return {
      source,
      quote: {
        exact: quote.exact as string,
        prefix: stringOr(quote.prefix, ''),
        suffix: stringOr(quote.suffix, ''),
      },
      position: position
        ? { start: position.start as number, end: position.end as number }
        : undefined,
    };
  }
  return undefined;
}

/** Selectors in document order, following `refinedBy` chains. */
function flattenSelectors(selector: unknown): Record<string, unknown>[] {
  const result: Record<string, unknown>[] = [];
  for (const s of asArray(selector)) {
    if (!isRecord(s)) continue;
    result.push(s);
    result.push(...flattenSelectors(s.refinedBy));
  }
  return result;
}

/** Note, tags and colour from `bodyValue` and the bodies' purposes. */
export function bodyOf(item: Record<string, unknown>): AnnotationBody {
  const notes: string[] = [];
  const tags: string[] = [];
  let colour: string | undefined;
  if (typeof item.bodyValue === 'string') notes.push(item.bodyValue);
  for (const raw of asArray(item.body)) {
    const body =
      isRecord(raw) && hasType(raw, 'Choice')
        ? asArray(raw.items).find((i) => isRecord(i) && typeof i.value === 'string')
        : raw;
    if (!isRecord(body) || typeof body.value !== 'string') continue;
    const purposes = asArray(body.purpose);
    if (purposes.includes('tagging')) tags.push(body.value);
    else if (purposes.includes('classifying') || purposes.includes('highlighting'))
      colour ??= body.value;
    else notes.push(body.value);
  }
  return {
    note: notes.join('\n\n'),
    tags: normaliseTags(tags),
    colour: colour ?? DEFAULT_LEGEND[0].key,
  };
}

export function hasType(value: Record<string, unknown>, type: string): boolean {
  return asArray(value.type).includes(type);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return isArray(value) ? value : [value];
}

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export function enumValue<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((v) => v === value);
}

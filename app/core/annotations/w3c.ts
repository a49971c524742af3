/**
 * Export to and import from the W3C Web Annotation Data Model (JSON-LD, anno.jsonld).
 * Our extras (visibility, status, credibility, confidence) travel as `bd:`-prefixed keys; the
 * `bd` prefix is declared in an inline context next to the W3C one, so JSON-LD tools keep them.
 * Import accepts our output and foreign annotations that carry a TextQuoteSelector.
 */

import {
  ANCHOR_STATUSES,
  ARTICLE_BLOCK_ID,
  CONFIDENCES,
  DEFAULT_LEGEND,
  VISIBILITIES,
} from '../annotation';
import type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
  TextPositionSelector,
  TextQuoteSelector,
} from '../annotation';
import { anchorQuote } from './anchor';
import { normaliseTags } from './create';
import { fail, succeed } from './result';
import type { AnnotationResult } from './result';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of our extension properties. */
export const BD_NAMESPACE = 'https://briefing-desk.invalid/ns/annotation#';
const CONTEXT = [W3C_CONTEXT, { bd: BD_NAMESPACE }] as const;
const ID_PREFIX = 'urn:briefing-desk:';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: string;
}

export interface W3CAnnotation {
  '@context'?: typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: W3CTextualBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'bd:visibility': string;
  'bd:status': string;
  'bd:credibility'?: number;
  'bd:confidence'?: string;
}

export interface W3CCollection {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export interface ExportSource {
  /** Id of the briefing the annotations belong to; becomes part of every annotation id. */
  briefingId: string;
  /** Lower-case hex SHA-256 of the article text; names the annotated resource. */
  articleSha256: string;
}

/** One annotation as W3C JSON-LD. `withContext: false` for items inside a collection. */
export function toW3CAnnotation(
  annotation: Annotation,
  source: ExportSource,
  withContext = true,
): W3CAnnotation {
  const { target, body } = annotation;
  const bodies: W3CTextualBody[] = [];
  if (body.note !== '')
    bodies.push({
      type: 'TextualBody',
      value: body.note,
      format: 'text/markdown',
      purpose: 'commenting',
    });
  for (const tag of body.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  bodies.push({ type: 'TextualBody', value: body.colour, purpose: 'classifying' });
  const result: W3CAnnotation = {
    ...(withContext ? { '@context': CONTEXT } : {}),
    id: `${ID_PREFIX}${encodeURIComponent(source.briefingId)}:${encodeURIComponent(annotation.id)}`,
    type: 'Annotation',
    motivation: body.note === '' ? 'highlighting' : 'commenting',
    created: annotation.created,
    modified: annotation.updated,
    body: bodies,
    target: {
      type: 'SpecificResource',
      source: `urn:sha256:${source.articleSha256}#${encodeURIComponent(target.blockId)}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: target.quote.exact,
          prefix: target.quote.prefix,
          suffix: target.quote.suffix,
        },
        { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
      ],
    },
    'bd:visibility': annotation.visibility,
    'bd:status': annotation.status,
  };
  if (annotation.credibility !== undefined) result['bd:credibility'] = annotation.credibility;
  if (annotation.confidence !== undefined) result['bd:confidence'] = annotation.confidence;
  return result;
}

/** All annotations as one AnnotationCollection whose single page embeds them (no `first` when empty). */
export function toW3CCollection(
  annotations: readonly Annotation[],
  source: ExportSource,
  label = 'Briefing annotations',
): W3CCollection {
  const id = `${ID_PREFIX}${encodeURIComponent(source.briefingId)}`;
  const collection: W3CCollection = {
    '@context': CONTEXT,
    id: `${id}:annotations`,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
  };
  if (annotations.length > 0) {
    collection.first = {
      id: `${id}:annotations:page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((a) => toW3CAnnotation(a, source, false)),
    };
  }
  return collection;
}

export interface ImportOptions {
  /** ISO 8601; used for `created`/`updated` when the file has none. */
  now: string;
  /** Block for foreign annotations whose source is not ours. Default: the article. */
  defaultBlockId?: string;
  /** Current block texts: lets foreign quotes without a position selector be located. */
  blockText?: (blockId: string) => string | undefined;
}

export interface SkippedItem {
  index: number;
  message: string;
}

export interface ParsedW3C {
  annotations: Annotation[];
  /** Items that were not usable annotations (no TextQuoteSelector, wrong type …), with why. */
  skipped: SkippedItem[];
}

/**
 * Reads W3C JSON (a string or parsed value): one Annotation, an array of them, an
 * AnnotationPage, or an AnnotationCollection with its `first` page embedded. Fails as a value
 * when the input is not JSON or not any of these; unusable items are listed in `skipped`.
 */
export function parseW3C(input: unknown, options: ImportOptions): AnnotationResult<ParsedW3C> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return fail('invalid-json', 'The file is not valid JSON.');
    }
  }
  const items = itemsOf(data);
  if (!items)
    return fail(
      'invalid-annotation',
      'The JSON is not a Web Annotation, an array of them, an AnnotationPage or an AnnotationCollection.',
    );
  const annotations: Annotation[] = [];
  const skipped: SkippedItem[] = [];
  items.forEach((item, index) => {
    const mapped = fromW3CAnnotation(item, options);
    if (mapped.ok) annotations.push(mapped.value);
    else skipped.push({ index, message: mapped.error.message });
  });
  if (annotations.length === 0 && skipped.length > 0) {
    return fail('invalid-annotation', `No usable annotation in the file: ${skipped[0].message}`);
  }
  return succeed({ annotations, skipped });
}

export interface Merged {
  annotations: Annotation[];
  added: number;
  /** Already present: same id, or same target and body under another id. */
  duplicates: number;
}

/** Appends `imported` to `existing`, skipping duplicates by id and by identical target + body. */
export function mergeImported(
  existing: readonly Annotation[],
  imported: readonly Annotation[],
): Merged {
  const ids = new Set(existing.map((a) => a.id));
  const contents = new Set(existing.map(contentKey));
  const annotations = [...existing];
  let duplicates = 0;
  for (const annotation of imported) {
    const key = contentKey(annotation);
    if (ids.has(annotation.id) || contents.has(key)) {
      duplicates++;
      continue;
    }
    ids.add(annotation.id);
    contents.add(key);
    annotations.push(annotation);
  }
  return { annotations, added: annotations.length - existing.length, duplicates };
}

/** {@link parseW3C} then {@link mergeImported}: importing the same file twice adds nothing. */
export function importW3C(
  existing: readonly Annotation[],
  input: unknown,
  options: ImportOptions,
): AnnotationResult<Merged & { skipped: SkippedItem[] }> {
  const parsed = parseW3C(input, options);
  if (!parsed.ok) return parsed;
  return succeed({
    ...mergeImported(existing, parsed.value.annotations),
    skipped: parsed.value.skipped,
  });
}

/** Maps one W3C annotation object to ours. */
export function fromW3CAnnotation(
  item: unknown,
  options: ImportOptions,
): AnnotationResult<Annotation> {
  if (!isRecord(item)) return fail('invalid-annotation', 'An item is not a JSON object.');
  if (!hasType(item, 'Annotation'))
    return fail('invalid-annotation', 'An item does not have type "Annotation".');
  const rawId = typeof item.id === 'string' ? item.id : undefined;
  if (!rawId) return fail('invalid-annotation', 'An annotation has no id.');
  const found = findTextTarget(item.target);
  if (!found)
    return fail(
      'invalid-annotation',
      `Annotation ${rawId} has no target with a TextQuoteSelector.`,
    );
  const blockId = blockIdOf(found.source) ?? options.defaultBlockId ?? ARTICLE_BLOCK_ID;
  const target: AnnotationTarget = {
    blockId,
    quote: found.quote,
    position: found.position ?? { start: 0, end: 0 },
  };
  let status =
    enumValue(item['bd:status'], ANCHOR_STATUSES) ?? (found.position ? 'anchored' : 'orphaned');
  const text = options.blockText?.(blockId);
  if (!found.position && text !== undefined) {
    const located = anchorQuote(text, target);
    if (located.position) target.position = located.position;
    status = located.status === 'orphaned' ? 'orphaned' : 'anchored';
  }
  const created = typeof item.created === 'string' ? item.created : options.now;
  const annotation: Annotation = {
    id: ourId(rawId),
    target,
    body: bodyOf(item),
    visibility: enumValue(item['bd:visibility'], VISIBILITIES) ?? 'private',
    status,
    created,
    updated: typeof item.modified === 'string' ? item.modified : created,
  };
  const credibility = item['bd:credibility'];
  if (
    credibility === 1 ||
    credibility === 2 ||
    credibility === 3 ||
    credibility === 4 ||
    credibility === 5 ||
    credibility === 6
  ) {
    annotation.credibility = credibility;
  }
  const confidence = enumValue(item['bd:confidence'], CONFIDENCES);
  if (confidence) annotation.confidence = confidence;
  return succeed(annotation);
}

function itemsOf(data: unknown): unknown[] | undefined {
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

interface TextTarget {
  source: string | undefined;
  quote: TextQuoteSelector;
  position: TextPositionSelector | undefined;
}

function findTextTarget(target: unknown): TextTarget | undefined {
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

function bodyOf(item: Record<string, unknown>): AnnotationBody {
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

function blockIdOf(source: string | undefined): string | undefined {
  if (!source?.startsWith('urn:sha256:')) return undefined;
  const hash = source.indexOf('#');
  if (hash < 0) return undefined;
  try {
    return decodeURIComponent(source.slice(hash + 1));
  } catch {
    return undefined;
  }
}

/** `urn:briefing-desk:<briefing>:<id>` → `<id>`; foreign ids are kept whole. */
function ourId(id: string): string {
  if (id.startsWith('urn:uuid:')) return id.slice('urn:uuid:'.length);
  if (!id.startsWith(ID_PREFIX)) return id;
  const rest = id.slice(ID_PREFIX.length);
  const colon = rest.indexOf(':');
  try {
    return colon < 0 ? id : decodeURIComponent(rest.slice(colon + 1));
  } catch {
    return id;
  }
}

function contentKey(a: Annotation): string {
  const { blockId, quote, position } = a.target;
  return JSON.stringify([
    blockId,
    quote.exact,
    quote.prefix,
    quote.suffix,
    position.start,
    position.end,
    a.body.note,
    a.body.tags,
    a.body.colour,
  ]);
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return asArray(value.type).includes(type);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return isArray(value) ? value : [value];
}

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function enumValue<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((v) => v === value);
}

/**
 * Import from the W3C Web Annotation Data Model: our own export and foreign annotations that
 * carry a TextQuoteSelector. Importing the same file twice adds nothing (ids and identical
 * target + body are both recognised).
 */
import { ANCHOR_STATUSES, ARTICLE_BLOCK_ID, CONFIDENCES, VISIBILITIES } from '../annotation';
import type { Annotation, AnnotationTarget } from '../annotation';
import { anchorQuote } from './anchor';
import { fail, succeed } from './result';
import type { AnnotationResult } from './result';
import { ID_PREFIX } from './w3c';
import { bodyOf, enumValue, findTextTarget, hasType, isRecord, itemsOf } from './w3c-read';

export interface ImportOptions {
  /** ISO 8601; used for `created`/`updated` when the file has none. */
  now: string;
  /** Block for foreign annotations whose source is not ours. Default: the article. */
  defaultBlockId?: string;
  /**
   * Current block texts: lets foreign quotes without a position selector be located, and
   * lets an empty foreign annotation on some other document be recognised and skipped.
   */
  blockText?: (blockId: string) => string | undefined;
  /** The briefing's legend keys; a colour outside them becomes the first. Default: any. */
  legend?: readonly string[];
}

export interface SkippedItem {
  index: number;
  message: string;
}

export interface ParsedW3C {
  annotations: Annotation[];
  /** Items that were not usable annotations (no TextQuoteSelector, wrong type …), with why. */
  skipped: SkippedItem[];
  /** Imported items with a value replaced (colour not in the legend, unreadable date), with what. */
  adjusted: SkippedItem[];
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
  const adjusted: SkippedItem[] = [];
  items.forEach((item, index) => {
    const changes: string[] = [];
    const mapped = fromW3CAnnotation(item, options, changes);
    if (mapped.ok) annotations.push(mapped.value);
    else skipped.push({ index, message: mapped.error.message });
    for (const message of changes) adjusted.push({ index, message });
  });
  if (annotations.length === 0 && skipped.length > 0) {
    return fail('invalid-annotation', `No usable annotation in the file: ${skipped[0].message}`);
  }
  return succeed({ annotations, skipped, adjusted });
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

/**
 * Maps one W3C annotation object to ours. A colour outside `options.legend` becomes its first
 * key and an unreadable `created`/`modified` becomes `options.now`; each such replacement is
 * described in `changes` (mutated). A foreign annotation with no note and no tags whose words
 * are not in this briefing (it is about some other document) fails: stored, it would be an
 * empty orphan.
 */
export function fromW3CAnnotation(
  item: unknown,
  options: ImportOptions,
  changes: string[] = [],
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
  const body = bodyOf(item);
  if (text !== undefined) {
    const located = anchorQuote(text, target);
    if (!found.position) {
      if (located.position) target.position = located.position;
      status = located.status === 'orphaned' ? 'orphaned' : 'anchored';
    }
    if (located.status === 'orphaned' && isForeign(rawId) && body.note === '' && !body.tags.length)
      return fail(
        'invalid-annotation',
        `Annotation ${rawId} has no note or tags Briefing Desk can read${externalBody(item)}, and its words are not in this briefing (it is about another document).`,
      );
  }
  const legend = options.legend;
  if (legend?.length && !legend.includes(body.colour)) {
    changes.push(`colour "${body.colour}" is not in this briefing's legend; used "${legend[0]}"`);
    body.colour = legend[0];
  }
  const created = timeOr(item.created, options.now, 'created', changes);
  const annotation: Annotation = {
    id: ourId(rawId),
    target,
    body,
    visibility: enumValue(item['bd:visibility'], VISIBILITIES) ?? 'private',
    status,
    created,
    updated:
      item.modified === undefined
        ? created
        : timeOr(item.modified, options.now, 'modified', changes),
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

/** An annotation not written by Briefing Desk (ours carry `urn:briefing-desk:` or `urn:uuid:` ids). */
function isForeign(rawId: string): boolean {
  return !rawId.startsWith(ID_PREFIX) && !rawId.startsWith('urn:uuid:');
}

/** " (its body http://… is a link, not text)" when the body is only a reference, else "". */
function externalBody(item: Record<string, unknown>): string {
  const body: unknown = Array.isArray(item.body) ? (item.body as unknown[])[0] : item.body;
  const ref =
    typeof body === 'string'
      ? body
      : isRecord(body) && typeof body.id === 'string'
        ? body.id
        : undefined;
  return ref && !(isRecord(body) && typeof body.value === 'string')
    ? ` (its body ${ref} is a link, not text)`
    : '';
}

/**
 * `value` when it is an ISO 8601 date and time (as our files store), else `fallback`, with
 * the replacement described in `changes`.
 */
function timeOr(value: unknown, fallback: string, field: string, changes: string[]): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)))
    return value;
  changes.push(`"${field}" is not a date and time; used the import time`);
  return fallback;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

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

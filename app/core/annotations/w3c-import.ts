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

/**
 * Serialising a briefing without re-stringifying every annotation on every save. The
 * output is byte-for-byte `JSON.stringify(data, null, 2) + '\n'` (tests check this), but
 * each annotation's text is cached by object identity. That is only safe because cached
 * annotations are deeply frozen: an annotation cannot change without becoming a new object
 * (core/annotations already edits that way: `patchAnnotation` returns a copy).
 */
import type { BriefingFile } from '../core/briefing-file';

const INDENT_1 = '\n  ';
const INDENT_2 = '\n    ';

/** Freezes `value` and everything under it. Returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Freezes every annotation of `data` (not the array: annotations are added and removed). Mutates `data`. */
export function freezeAnnotations(data: BriefingFile): BriefingFile {
  if (Array.isArray(data.annotations))
    for (const annotation of data.annotations) deepFreeze(annotation);
  return data;
}

export class BriefingSerializer {
  /** `,\n    <annotation>`: a frozen annotation's bytes at array depth 2, comma first. */
  private readonly cache = new WeakMap<object, Buffer>();

  /**
   * The file as chunks to write in order. Freezes (and caches) annotations it had not seen.
   * Mutates `data`: its annotations end up frozen.
   */
  serialize(data: BriefingFile): Buffer[] {
    const chunks: Buffer[] = [];
    let text = '{';
    let first = true;
    for (const key of Object.keys(data)) {
      const value = (data as unknown as Record<string, unknown>)[key];
      const json =
        key === 'annotations' && Array.isArray(value) ? null : JSON.stringify(value, null, 2);
      if (json === undefined) continue; // JSON.stringify drops undefined and function values
      text += `${first ? '' : ','}${INDENT_1}${JSON.stringify(key)}: `;
      first = false;
      if (json !== null) {
        text += json.replaceAll('\n', INDENT_1);
        continue;
      }
      const items = value as unknown[];
      if (items.length === 0) {
        text += '[]';
        continue;
      }
      text += '[';
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (typeof item !== 'object' || item === null) {
          text += `${i === 0 ? '' : ','}${INDENT_2}${JSON.stringify(item === undefined ? null : item)}`;
          continue;
        }
        if (text !== '') chunks.push(Buffer.from(text, 'utf8'));
        text = '';
        // Cached with its leading comma; the first item skips it (a view, not a copy).
        const bytes = this.bytesOf(item);
        chunks.push(i === 0 ? bytes.subarray(1) : bytes);
      }
      text += `${INDENT_1}]`;
    }
    text += first ? '}\n' : '\n}\n';
    chunks.push(Buffer.from(text, 'utf8'));
    return chunks;
  }

  private bytesOf(item: object): Buffer {
    let bytes = this.cache.get(item);
    if (!bytes) {
      deepFreeze(item);
      bytes = Buffer.from(
        `,${INDENT_2}${JSON.stringify(item, null, 2).replaceAll('\n', INDENT_2)}`,
        'utf8',
      );
      this.cache.set(item, bytes);
    }
    return bytes;
  }
}

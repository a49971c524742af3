import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, BRACKET_MIN_CONTEXT, BRACKETED_THRESHOLD, FUZZY_THRESHOLD } from './anchor';
import { describeSelection } from './create';
import { quoteSimilarity } from './myers';

const words = [
  'the',
  'minister',
  'said',
  'talks',
  'Ankara',
  'Damascus',
  'resumed',
  'on',
  'Monday',
  'deal',
  'was',
  'good',
  'bad',
  'region',
  'sides',
  'officials',
];
const sentence = fc
  .array(fc.constantFrom(...words), { minLength: 4, maxLength: 14 })
  .map((w) => w.join(' ') + '.');
/** Text with many look-alike sentences (a small vocabulary), the hard case for anchoring. */
const document = fc.array(sentence, { minLength: 3, maxLength: 12 }).map((s) => s.join(' '));
const insertion = fc.string({
  unit: fc.constantFrom(...'abc XYZ.'.split('')),
  minLength: 1,
  maxLength: 30,
});

interface Edit {
  at: number;
  deleted: number;
  inserted: string;
}

function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.inserted + text.slice(e.at + e.deleted);
}

describe('anchoring properties', () => {
  it('(a) edits that do not touch the quote keep it on the same words', () => {
    fc.assert(
      fc.property(
        document,
        fc.nat(),
        fc.nat(),
        fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat({ max: 20 }), insertion), {
          minLength: 1,
          maxLength: 6,
        }),
        (text, a, b, edits) => {
          const start = a % text.length;
          const end = Math.min(text.length, start + 3 + (b % 60));
          const target = { quote: describeSelection(text, start, end), position: { start, end } };
          // Selections of at least 3 characters with a letter: a lone "e" in "the the the" has
          // twins with the same context, and no anchorer can tell them apart (see README note).
          fc.pre(target.quote.exact.length >= 3 && /[A-Za-z]/.test(target.quote.exact));
          let current = text;
          let s = start;
          let e = end;
          for (const [before, offset, deleted, inserted] of edits) {
            // An edit wholly before the quote, or wholly after it; never touching it.
            const edit: Edit = before
              ? { at: offset % (s + 1), deleted: 0, inserted }
              : { at: e + (offset % (current.length - e + 1)), deleted: 0, inserted };
            edit.deleted = before
              ? Math.min(deleted, s - edit.at)
              : Math.min(deleted, current.length - edit.at);
            current = applyEdit(current, edit);
            if (before) {
              s += edit.inserted.length - edit.deleted;
              e += edit.inserted.length - edit.deleted;
            }
          }
          const found = anchorQuote(current, target);
          // Orphaning is allowed (context may be gone, e.g. a short quote); landing elsewhere is not.
          if (found.status !== 'orphaned') {
            expect(current.slice(found.position!.start, found.position!.end)).toBe(
              target.quote.exact,
            );
            expect(found.position).toEqual({ start: s, end: e });
          }
          // With context untouched on both sides the quote must be found, at the same words.
          // An empty side means "at the block edge"; it is kept only while the quote stays there.
          const { prefix, suffix } = target.quote;
          const prefixKept =
            prefix === '' ? s === 0 : current.slice(s - prefix.length, s) === prefix;
          const suffixKept =
            suffix === '' ? e === current.length : current.slice(e, e + suffix.length) === suffix;
          if (prefixKept && suffixKept) expect(found.position).toEqual({ start: s, end: e });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('(b) after random edits a found span matches the quote above the threshold (0.5 only when bracketed by its intact context)', () => {
    fc.assert(
      fc.property(
        document,
        fc.nat(),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 25 }), insertion), {
          minLength: 1,
          maxLength: 8,
        }),
        (text, a, b, edits) => {
          const start = a % text.length;
          const end = Math.min(text.length, start + 1 + (b % 80));
          const target = { quote: describeSelection(text, start, end), position: { start, end } };
          let current = text;
          for (const [offset, deleted, inserted] of edits) {
            const at = offset % (current.length + 1);
            current = applyEdit(current, {
              at,
              deleted: Math.min(deleted, current.length - at),
              inserted,
            });
          }
          const found = anchorQuote(current, target);
          if (found.status === 'orphaned') return;
          const span = current.slice(found.position!.start, found.position!.end);
          const similarity = quoteSimilarity(span, target.quote.exact);
          const { prefix, suffix } = target.quote;
          const bracketed =
            prefix.length >= BRACKET_MIN_CONTEXT &&
            suffix.length >= BRACKET_MIN_CONTEXT &&
            current.slice(found.position!.start - prefix.length, found.position!.start) ===
              prefix &&
            current.slice(found.position!.end, found.position!.end + suffix.length) === suffix;
          expect(similarity).toBeGreaterThanOrEqual(
            bracketed ? BRACKETED_THRESHOLD : FUZZY_THRESHOLD,
          );
          expect(found.similarity).toBeCloseTo(similarity, 9);
          if (found.similarity === 1) expect(span).toBe(target.quote.exact);
          if (found.status === 'anchored') expect(found.position).toEqual(target.position);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

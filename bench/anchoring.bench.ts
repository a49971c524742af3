// Re-anchoring 5,000 annotations in a 1 MB text after 200 edits: our engine (app/core/annotations)
// against approx-string-match scored like Hypothesis's matchQuote, on the same cases in one run.
// Run: npx tsx bench/anchoring.bench.ts [seed]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import approxSearch from 'approx-string-match';
import type { Annotation } from '../app/core/annotation';
import { createAnnotation } from '../app/core/annotations/create';
import { reanchorAll } from '../app/core/annotations/reanchor';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = path.resolve(repoRoot, '../shared/fixtures/articles');
const SEED = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20250101);
/** `--explain`: print the cases where we are wrong, or orphan what the baseline got right. */
const EXPLAIN = process.argv.includes('--explain');
const TEXT_SIZE = 1_000_000;
const ANNOTATIONS = 5_000;
const EDITS = 200;
/** Share of edits aimed inside a quoted passage (the rest land anywhere, and often hit quotes too). */
const TARGETED_EDITS = 0.3;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

// --- 1 MB of text: the six fixture articles repeated, every copy varied (~1 word in 6 swapped
// for a random word of the corpus), so a quote's wording or context differs between copies.
const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(articlesDir, f), 'utf8'));
const vocabulary = [
  ...new Set(
    articles
      .join(' ')
      .split(/\s+/)
      .filter((w) => /^[A-Za-z]{3,}$/.test(w)),
  ),
];
const parts: string[] = [];
let size = 0;
for (let copy = 0; size < TEXT_SIZE; copy++) {
  for (const article of articles) {
    const varied = article
      .split(/(\s+)/)
      .map((token) => (/\S/.test(token) && random() < 1 / 6 ? pick(vocabulary) : token))
      .join('');
    const part = `Copy ${copy}.\n${varied}\n\n`;
    parts.push(part);
    size += part.length;
  }
}
const original = parts.join('').slice(0, TEXT_SIZE);

// --- 5,000 annotations at seeded random positions, quotes of 20–200 characters.
const now = '2025-01-01T00:00:00.000Z';
const annotations: Annotation[] = [];
for (let i = 0; i < ANNOTATIONS; i++) {
  const length = int(20, 200);
  const start = int(0, original.length - length);
  const made = createAnnotation({
    id: `a${i}`,
    blockId: 'article',
    blockText: original,
    start,
    end: start + length,
    now,
  });
  if (!made.ok) throw new Error(made.error.message);
  annotations.push(made.value);
}

// --- 200 edits, tracking where every quote's text goes (the ground truth).
interface Truth {
  start: number;
  end: number;
  /** Some edit overlapped the quote: the right answer is the edited region (or orphaned). */
  edited: boolean;
  /** An edit removed the whole quote: the right answer is orphaned. */
  destroyed: boolean;
}
const truth: Truth[] = annotations.map((a) => ({
  ...a.target.position,
  edited: false,
  destroyed: false,
}));
const randomWords = (count: number) =>
  Array.from({ length: count }, () => pick(vocabulary)).join(' ');
let text = original;
const editKinds = { insert: 0, delete: 0, replace: 0, targeted: 0 };
for (let i = 0; i < EDITS; i++) {
  let at: number;
  let deleted: number;
  let inserted: string;
  if (random() < TARGETED_EDITS) {
    // Inside a quote still present: change a word or a few characters.
    const alive = truth.filter((t) => !t.destroyed && t.end - t.start > 10);
    const t = pick(alive);
    at = int(t.start + 1, t.end - 6);
    deleted = int(1, Math.min(12, t.end - at - 1));
    inserted = random() < 0.5 ? pick(vocabulary) : '';
    editKinds.targeted++;
  } else {
    const kind = pick(['insert', 'delete', 'replace'] as const);
    editKinds[kind]++;
    at = int(0, text.length - 1);
    deleted = kind === 'insert' ? 0 : Math.min(int(1, 150), text.length - at);
    inserted = kind === 'delete' ? '' : ` ${randomWords(int(1, 15))} `;
  }
  text = text.slice(0, at) + inserted + text.slice(at + deleted);
  const delta = inserted.length - deleted;
  const editEnd = at + deleted;
  for (const t of truth) {
    if (t.destroyed) continue;
    if (editEnd <= t.start && !(deleted > 0 && editEnd === t.start && at === t.start)) {
      // Wholly before (an insertion exactly at the start pushes the quote right).
      t.start += delta;
      t.end += delta;
    } else if (at >= t.end) {
      // Wholly after: nothing moves.
    } else if (at <= t.start && editEnd >= t.end) {
      t.destroyed = true;
    } else {
      t.edited = true;
      t.start = Math.min(t.start, at);
      t.end = Math.max(t.end, editEnd) + delta;
    }
  }
}

// --- The baseline: Hypothesis's anchoring of a TextQuoteSelector + TextPositionSelector. Its
// position anchor is tried first (accepted when the text there equals the quote), then matchQuote:
// exact indexOf matches, else approx-string-match with min(256, quote/2) errors; candidates
// scored quote 50, prefix 20, suffix 20, position 2 (hypothesis/client match-quote.ts).
interface Found {
  start: number;
  end: number;
}
function approxOrExact(haystack: string, needle: string, maxErrors: number) {
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    exact.push({ start: at, end: at + needle.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(haystack, needle, maxErrors);
}
function contextScore(around: string, expected: string): number {
  if (expected.length === 0 || around.length === 0) return 0;
  return 1 - approxOrExact(around, expected, expected.length)[0].errors / expected.length;
}
function hypothesisAnchor(current: string, a: Annotation): Found | undefined {
  const { quote, position } = a.target;
  if (current.slice(position.start, position.end) === quote.exact) return position;
  const matches = approxOrExact(current, quote.exact, Math.min(256, quote.exact.length / 2));
  let best: Found | undefined;
  let bestScore = -Infinity;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.exact.length;
    const prefixScore = quote.prefix
      ? contextScore(
          current.slice(Math.max(0, m.start - quote.prefix.length), m.start),
          quote.prefix,
        )
      : 1;
    const suffixScore = quote.suffix
      ? contextScore(current.slice(m.end, m.end + quote.suffix.length), quote.suffix)
      : 1;
    const posScore = 1 - Math.abs(m.start - position.start) / current.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = { start: m.start, end: m.end };
    }
  }
  return best;
}

// --- Judging against the ground truth.
interface Tally {
  correct: number;
  wrong: number;
  orphans: number;
  /** Orphaned although the quote was untouched (a miss, not an error). */
  missedIntact: number;
}
type Verdict = 'correct' | 'wrong' | 'orphan';
function verdict(f: Found | undefined, t: Truth): Verdict {
  if (!f) return 'orphan';
  if (t.destroyed) return 'wrong';
  if (!t.edited) return f.start === t.start && f.end === t.end ? 'correct' : 'wrong';
  // Edited: right when the found span lies mostly on the edited passage (or covers most of it).
  const overlap = Math.max(0, Math.min(f.end, t.end) - Math.max(f.start, t.start));
  return overlap >= 0.5 * Math.min(f.end - f.start, t.end - t.start) ? 'correct' : 'wrong';
}
function judge(found: (Found | undefined)[]): Tally {
  const tally: Tally = { correct: 0, wrong: 0, orphans: 0, missedIntact: 0 };
  found.forEach((f, i) => {
    const t = truth[i];
    if (!f) {
      tally.orphans++;
      if (!t.edited && !t.destroyed) tally.missedIntact++;
      return;
    }
    if (verdict(f, t) === 'correct') tally.correct++;
    else tally.wrong++;
  });
  return tally;
}

function time<T>(run: () => T): [T, number] {
  const begin = performance.now();
  const value = run();
  return [value, performance.now() - begin];
}

// Warm both up on a few cases so the JIT does not decide the comparison.
reanchorAll(annotations.slice(0, 50), () => text, now);
annotations.slice(0, 50).forEach((a) => hypothesisAnchor(text, a));

const [ours, oursMs] = time(() => reanchorAll(annotations, () => text, now));
const [theirs, theirsMs] = time(() => annotations.map((a) => hypothesisAnchor(text, a)));
const oursJudged = judge(
  ours.annotations.map((a) => (a.status === 'orphaned' ? undefined : a.target.position)),
);
const theirsJudged = judge(theirs);

const edited = truth.filter((t) => t.edited && !t.destroyed).length;
const destroyed = truth.filter((t) => t.destroyed).length;
console.log(
  `seed ${SEED}: text ${original.length.toLocaleString()} → ${text.length.toLocaleString()} chars, ${ANNOTATIONS} annotations, ${EDITS} edits ${JSON.stringify(editKinds)}`,
);
console.log(
  `ground truth: ${ANNOTATIONS - edited - destroyed} quotes intact, ${edited} edited, ${destroyed} deleted outright`,
);
console.log(
  `ours: anchored ${ours.counts.anchored}, moved ${ours.counts.moved}, orphaned ${ours.counts.orphaned}`,
);
const row = (name: string, ms: number, t: Tally) =>
  `${name.padEnd(22)} ${ms.toFixed(0).padStart(7)} ms   correct ${String(t.correct).padStart(5)}   wrong ${String(t.wrong).padStart(4)}   orphans ${String(t.orphans).padStart(4)} (intact quotes orphaned: ${t.missedIntact})`;
console.log(row('ours', oursMs, oursJudged));
console.log(row('approx-string-match', theirsMs, theirsJudged));
console.log(
  `ratio: ours is ${(theirsMs / oursMs).toFixed(1)}× faster (target ≥ 2×); correct ${oursJudged.correct - theirsJudged.correct >= 0 ? '+' : ''}${oursJudged.correct - theirsJudged.correct}; wrong ${oursJudged.wrong} vs ${theirsJudged.wrong}`,
);

if (EXPLAIN) {
  const oursFound = ours.annotations.map((a) =>
    a.status === 'orphaned' ? undefined : a.target.position,
  );
  annotations.forEach((a, i) => {
    const mine = verdict(oursFound[i], truth[i]);
    const base = verdict(theirs[i], truth[i]);
    if (mine === 'wrong' || (mine === 'orphan' && base === 'correct')) {
      const t = truth[i];
      console.log(
        `\n#${i} ours ${mine} ${JSON.stringify(oursFound[i])}, baseline ${base} ${JSON.stringify(theirs[i])}, truth ${JSON.stringify(t)}`,
      );
      console.log(`  quote  ${JSON.stringify(a.target.quote)}`);
      console.log(
        `  now    ${JSON.stringify(text.slice(t.start - 32, t.start))} [${JSON.stringify(text.slice(t.start, t.end))}] ${JSON.stringify(text.slice(t.end, t.end + 32))}`,
      );
      const mineFound = oursFound[i];
      if (mineFound)
        console.log(`  ours   [${JSON.stringify(text.slice(mineFound.start, mineFound.end))}]`);
    }
  });
}

/**
 * Generator speed: the seed article (median of many runs) and 100 kB / 1 MB / 5 MB articles
 * built from the fixtures, with Intl.Segmenter sentence splitting over the same text as the
 * baseline measured in the same run. Run: npx tsx bench/generator.bench.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBriefing } from '../app/core/generator/generate';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const seedPath = resolve(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt');
const fixtureDir = resolve(repoRoot, '../shared/fixtures/articles');

function normalise(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trimEnd();
}

function generate(text: string): number {
  const started = performance.now();
  generateBriefing({
    text,
    fileName: 'bench.txt',
    format: 'text',
    sha256: createHash('sha256').update(text).digest('hex'),
  });
  return performance.now() - started;
}

/**
 * Baseline: Intl.Segmenter sentence splitting, paragraph by paragraph. (Over one multi-MB
 * string V8's segmenter is superlinear — 1 MB took ~48 s when we tried — so we feed it lines.)
 */
function segmentBaseline(text: string): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const started = performance.now();
  let n = 0;
  for (const line of text.split('\n')) for (const _ of segmenter.segment(line)) n++;
  if (n < 0) throw new Error('unreachable');
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Fixture paragraphs repeated until `bytes` characters; cut at a paragraph boundary. */
function buildArticle(paragraphs: string[], chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
}

const seed = normalise(readFileSync(seedPath, 'utf8'));
const fixtures = readdirSync(fixtureDir)
  .filter((f) => /^a\d+\.txt$/.test(f))
  .sort()
  .map((f) => normalise(readFileSync(resolve(fixtureDir, f), 'utf8')));
const paragraphs = [seed, ...fixtures]
  .flatMap((t) => t.split(/\n\s*\n|\n/))
  .map((p) => p.trim())
  .filter(Boolean);

for (let i = 0; i < 30; i++) generate(seed); // warm-up
const seedRuns = Array.from({ length: 300 }, () => generate(seed));
const seedBase = median(Array.from({ length: 300 }, () => segmentBaseline(seed)));
const seedMedian = median(seedRuns);
console.log(
  `seed article (${seed.length} chars): median ${seedMedian.toFixed(2)} ms over 300 runs (target < 30 ms)`,
);
console.log(
  `  baseline Intl.Segmenter sentences: ${seedBase.toFixed(3)} ms; ratio ${(seedMedian / seedBase).toFixed(1)}x`,
);

const sizes: [string, number, number][] = [
  ['100 kB', 100 * 1024, 5],
  ['1 MB', 1024 * 1024, 3],
  ['5 MB', 5 * 1024 * 1024, 1],
];
generate(buildArticle(paragraphs, 200 * 1024)); // warm-up at size, so the first row is not JIT time
for (const [label, chars, runs] of sizes) {
  const text = buildArticle(paragraphs, chars);
  const ms = median(Array.from({ length: runs }, () => generate(text)));
  const base = median(Array.from({ length: runs }, () => segmentBaseline(text)));
  const per100k = (ms / text.length) * 100 * 1024;
  console.log(
    `${label.padEnd(6)} (${text.length} chars): ${ms.toFixed(0)} ms, ${per100k.toFixed(1)} ms per 100 kB` +
      ` | baseline ${base.toFixed(0)} ms (${((base / text.length) * 100 * 1024).toFixed(1)} ms/100 kB); ratio ${(ms / base).toFixed(2)}x` +
      (label === '1 MB' ? ` (target < 1500 ms)` : ''),
  );
}

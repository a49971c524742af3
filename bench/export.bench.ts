/**
 * Export benchmarks (`npx tsx bench/export.bench.ts`):
 * 1. toMarkdown of a ~1 MB briefing with 2,000 notes (notes: all), median of 15 runs after
 *    warm-up. Target < 200 ms. Baseline in the same run: JSON.stringify of the same file.
 *    Also shown: findLeaks on that output (shared profile) and renderHtml.
 * 2. The seed briefing's PDF through printPdf (sanitise + setContent + fonts + page.pdf) vs
 *    Chromium printing the same HTML file directly (page.goto(file) + page.pdf, same options),
 *    one browser shared by both, 12 runs each in ABBA order, median (and minimum). Target ≤ 1.3×. Also shown:
 *    printPdf launching its own Chromium vs launch + goto + pdf.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Annotation } from '../app/core/annotation';
import type { BriefingFile } from '../app/core/briefing-file';
import { renderHtml } from '../app/export/html';
import { findLeaks } from '../app/export/manifest';
import { toMarkdown } from '../app/export/markdown';
import { note, seedBriefing } from '../app/export/testing/seed-fixture';
import { loadPrintCss } from '../app/pdf/assets';
import { launchChromium, pdfOptions, printPdf } from '../app/pdf/print';

const repoRoot = path.resolve(import.meta.dirname, '..');
const seedText = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const RUNS = 12;
const env = { now: '2026-11-25T17:00:00.000Z', appVersion: '0.1.0' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

/** The seed briefing scaled to ~1 MB of JSON: a longer article, more items, 2,000 notes. */
function largeBriefing(): BriefingFile {
  const text = `${seedText}\n`.repeat(25).trimEnd();
  const base = seedBriefing(text, sha(text));
  const annotations: Annotation[] = [];
  const words = [
    'radar',
    'Kadıoğlu',
    'convoy',
    '*emphasis*',
    'Ankara',
    '<b>raw</b>',
    'logistics',
    'Erdoğan',
    '# not heading',
    'training',
  ];
  for (let i = 0; i < 2000; i += 1) {
    const start = (i * 1733) % (text.length - 80);
    const exact = text.slice(start, start + 40);
    const body =
      Array.from({ length: 10 }, (_, w) => words[(i + w * 7) % words.length]).join(' ') +
      ` — note ${i}.`;
    annotations.push(
      note(`n${i}`, body, exact, start, {
        visibility: i % 3 === 0 ? 'private' : 'shared',
        status: i % 50 === 0 ? 'orphaned' : 'anchored',
        body: {
          note: `${body}\n\nSee [x](javascript:x) | ${i}.`,
          tags: ['t1', `tag-${i % 17}`],
          colour: ['fact', 'gap', 'assessment'][i % 3],
        },
      }),
    );
  }
  const items = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => {
      const s = (i * 977) % (text.length - 200);
      return {
        id: `${prefix}${i}`,
        text: `Generated claim ${i}: ${text.slice(s, s + 120)}`,
        sources: [{ start: s, end: s + 160 }],
      };
    });
  return {
    ...base,
    briefing: {
      ...base.briefing,
      sections: base.briefing.sections.map((s, i) => ({
        ...s,
        items: [...s.items, ...items(40, `s${i}-`)],
      })),
      timeline: [
        ...base.briefing.timeline,
        ...items(60, 't').map((x) => ({ ...x, date: '2025-08' })),
      ],
    },
    annotations,
  };
}

function benchMarkdown(): void {
  const file = largeBriefing();
  const json = JSON.stringify(file);
  for (let i = 0; i < 3; i += 1) toMarkdown(file, { notes: 'all' }, env);
  const md: number[] = [];
  const base: number[] = [];
  let output = '';
  for (let i = 0; i < 15; i += 1) {
    const [t, out] = time(() => toMarkdown(file, { notes: 'all' }, env));
    md.push(t);
    output = out;
    base.push(time(() => JSON.stringify(file))[0]);
  }
  const shared = toMarkdown(file, { notes: 'shared' }, env);
  const leaks = median(
    Array.from({ length: 5 }, () => time(() => findLeaks(shared, file, { notes: 'shared' }))[0]),
  );
  const html = median(
    Array.from(
      { length: 5 },
      () => time(() => renderHtml(output, { title: 't', handling: 'TLP:AMBER' }))[0],
    ),
  );
  const m = median(md);
  const b = median(base);
  console.log(
    `1. toMarkdown: ${(json.length / 1e6).toFixed(2)} MB briefing JSON, ${file.annotations.length} notes → ${(output.length / 1e6).toFixed(2)} MB Markdown`,
  );
  console.log(
    `   toMarkdown median ${m.toFixed(1)} ms (target < 200 ms) ${m < 200 ? 'PASS' : 'FAIL'}`,
  );
  console.log(`   baseline JSON.stringify median ${b.toFixed(1)} ms; ratio ${(m / b).toFixed(2)}×`);
  console.log(
    `   also: findLeaks (shared profile, ${file.annotations.length - shared.split('**Note ').length + 1} notes excluded) ${leaks.toFixed(1)} ms; renderHtml ${html.toFixed(1)} ms`,
  );
}

async function benchPdf(): Promise<void> {
  const file = seedBriefing(seedText, sha(seedText));
  const html = renderHtml(toMarkdown(file, { notes: 'all' }, env), {
    title: file.briefing.title,
    handling: file.handling,
    paper: 'a4',
    css: loadPrintCss(),
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'export-bench-'));
  const htmlFile = path.join(dir, 'seed.html');
  writeFileSync(htmlFile, html);
  const direct = async (browser: Awaited<ReturnType<typeof launchChromium>>) => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
    const pdf = await page.pdf(pdfOptions());
    await page.close();
    return pdf;
  };
  const browser = await launchChromium();
  try {
    await printPdf(html, { paper: 'a4', browser });
    await direct(browser);
    const ours: number[] = [];
    const theirs: number[] = [];
    const runOurs = async () => {
      const t0 = performance.now();
      await printPdf(html, { paper: 'a4', browser });
      ours.push(performance.now() - t0);
    };
    const runTheirs = async () => {
      const t0 = performance.now();
      await direct(browser);
      theirs.push(performance.now() - t0);
    };
    // ABBA order, so drift in machine load does not favour either side.
    for (let i = 0; i < RUNS; i += 1) {
      if (i % 2 === 0) {
        await runOurs();
        await runTheirs();
      } else {
        await runTheirs();
        await runOurs();
      }
    }
    const o = median(ours);
    const t = median(theirs);
    const min = (v: number[]) => Math.min(...v);
    console.log(
      `2. Seed PDF (${(html.length / 1e3).toFixed(0)} KB HTML with embedded fonts), shared browser, ${RUNS} runs each, ABBA order:`,
    );
    console.log(
      `   printPdf median ${o.toFixed(0)} ms vs direct goto(file)+pdf ${t.toFixed(0)} ms; ratio ${(o / t).toFixed(2)}× (target ≤ 1.3×) ${o / t <= 1.3 ? 'PASS' : 'FAIL'}`,
    );
    console.log(
      `   minimum ${min(ours).toFixed(0)} ms vs ${min(theirs).toFixed(0)} ms; ratio ${(min(ours) / min(theirs)).toFixed(2)}×`,
    );
  } finally {
    await browser.close();
  }
  const launchOurs: number[] = [];
  const launchTheirs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    let start = performance.now();
    await printPdf(html, { paper: 'a4' });
    launchOurs.push(performance.now() - start);
    start = performance.now();
    const b = await launchChromium();
    await direct(b);
    await b.close();
    launchTheirs.push(performance.now() - start);
  }
  const lo = median(launchOurs);
  const lt = median(launchTheirs);
  console.log(
    `   with a Chromium launch each: printPdf ${lo.toFixed(0)} ms vs launch+goto+pdf ${lt.toFixed(0)} ms; ratio ${(lo / lt).toFixed(2)}×`,
  );
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs`,
);
benchMarkdown();
await benchPdf();

/**
 * Store benchmarks (`npx tsx bench/store.bench.ts`):
 * 1. add-annotation → durable ack with 5,000 annotations in the file, p50/p99 over 300
 *    adds, beside the floor measured in the same run: one temp write + fsync + rename +
 *    folder fsync of the same bytes. Target: p99 ≤ 1.5 × floor p99.
 * 2. Opening a ~10 MB briefing (readBriefingFile and openBriefing): target < 300 ms.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBriefingFile, openBriefing, readBriefingFile } from '../app/store/briefing-store';
import { serializeBriefing } from '../app/store/durable-adapter';
import { syncDirectory, realFs } from '../app/store/durable-write';
import { parseBriefingJson } from '../app/store/schema';
import { sampleAnnotation, sampleBriefingFile } from '../app/store/testing/sample-briefing';

const ADDS = 300;
const dir = mkdtempSync(path.join(process.env['BENCH_DIR'] ?? tmpdir(), 'store-bench-'));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The floor: the minimum any durable replace of these bytes costs. */
async function floorWrite(file: string, bytes: Buffer): Promise<void> {
  const temp = `${file}.floor.tmp`;
  const handle = await open(temp, 'w');
  await handle.write(bytes, 0, bytes.length);
  await handle.sync();
  await handle.close();
  await rename(temp, file);
  await syncDirectory(realFs, path.dirname(file));
}

async function benchAdds(): Promise<void> {
  const file = path.join(dir, 'adds.briefing.json');
  const floorFile = path.join(dir, 'floor.briefing.json');
  await createBriefingFile(file, sampleBriefingFile({ annotations: 5000 }));
  const handle = await openBriefing(file);
  const adds: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < ADDS + 20; i++) {
    const t0 = performance.now();
    await handle.update((d) => void d.annotations.push(sampleAnnotation(10_000 + i)));
    const t1 = performance.now();
    // Same bytes as the write that just happened (what is on disk now).
    const bytes = serializeBriefing(handle.data as Parameters<typeof serializeBriefing>[0]);
    const t2 = performance.now();
    await floorWrite(floorFile, bytes);
    const t3 = performance.now();
    if (i >= 20) {
      adds.push(t1 - t0);
      floors.push(t3 - t2);
    }
  }
  await handle.close();
  const size = statSync(file).size;
  const [a50, a99, f50, f99] = [
    percentile(adds, 50),
    percentile(adds, 99),
    percentile(floors, 50),
    percentile(floors, 99),
  ];
  console.log(
    `add-annotation → durable ack, 5,000+ annotations (${(size / 1e6).toFixed(2)} MB), ${ADDS} adds:`,
  );
  console.log(`  store:  p50 ${a50.toFixed(2)} ms   p99 ${a99.toFixed(2)} ms`);
  console.log(
    `  floor:  p50 ${f50.toFixed(2)} ms   p99 ${f99.toFixed(2)} ms   (write+fsync+rename+dir fsync of the same bytes)`,
  );
  console.log(
    `  ratio:  p50 ${(a50 / f50).toFixed(2)}×   p99 ${(a99 / f99).toFixed(2)}×   (target p99 ≤ 1.5×)`,
  );
}

async function benchOpen(): Promise<void> {
  const file = path.join(dir, 'big.briefing.json');
  const data = sampleBriefingFile({ annotations: 11_000, noteLength: 300, articleLength: 400_000 });
  await createBriefingFile(file, data);
  const size = statSync(file).size;
  const reads: number[] = [];
  const opens: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < 7; i++) {
    // Baseline: the least any reader must do, read the bytes and JSON.parse them.
    let t = performance.now();
    JSON.parse((await readFile(file)).toString('utf8'));
    floors.push(performance.now() - t);
    t = performance.now();
    await readBriefingFile(file);
    reads.push(performance.now() - t);
    t = performance.now();
    const handle = await openBriefing(file);
    opens.push(performance.now() - t);
    await handle.close();
  }
  const json: unknown = JSON.parse(serializeBriefing(data).toString('utf8'));
  let t = performance.now();
  parseBriefingJson(json, file);
  const validate = performance.now() - t;
  t = performance.now();
  JSON.parse(serializeBriefing(data).toString('utf8'));
  const parse = performance.now() - t;
  console.log(
    `open a ${(size / 1e6).toFixed(1)} MB briefing (${data.annotations.length} annotations), 7 runs:`,
  );
  console.log(
    `  readBriefingFile: first ${reads[0].toFixed(0)} ms, median ${percentile(reads, 50).toFixed(0)} ms   (target < 300 ms)`,
  );
  console.log(
    `  openBriefing:     first ${opens[0].toFixed(0)} ms, median ${percentile(opens, 50).toFixed(0)} ms   (target < 300 ms)`,
  );
  console.log(
    `  of which: JSON.parse ${parse.toFixed(0)} ms, zod validation ${validate.toFixed(0)} ms`,
  );
  const floor = percentile(floors, 50);
  console.log(
    `  baseline (readFile + JSON.parse, same run): median ${floor.toFixed(0)} ms; ` +
      `read ${(percentile(reads, 50) / floor).toFixed(2)}×, open ${(percentile(opens, 50) / floor).toFixed(2)}×`,
  );
}

try {
  await benchAdds();
  await benchOpen();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

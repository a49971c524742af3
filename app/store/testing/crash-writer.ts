/**
 * Child process for the crash test: opens a briefing (with the writer lock) and adds
 * annotations until it is killed, printing `ack <id>` after each edit is durable. Mixes
 * awaited single edits with un-awaited bursts so coalesced writes are killed too.
 * Usage: node crash-writer.cjs <file> <run> <staleMs> [--hold]
 */
import { openBriefing } from '../briefing-store';
import { sampleAnnotation } from './sample-briefing';

async function main(): Promise<void> {
  const [file, run, staleMs, mode] = process.argv.slice(2);
  if (!file || !run) throw new Error('usage: crash-writer <file> <run> <staleMs> [--hold]');
  const handle = await openBriefing(file, { staleMs: Number(staleMs ?? 2000) });
  process.stdout.write('ready\n');
  if (mode === '--hold') {
    setInterval(() => undefined, 1000);
    return;
  }
  for (let n = 0; ; n++) {
    const burst = n % 3 === 2 ? 8 : 1;
    const edits = Array.from({ length: burst }, (_, k) => {
      const id = `c-${run}-${n}-${k}`;
      return handle
        .update((draft) => {
          draft.annotations.push({ ...sampleAnnotation(0), id });
        })
        .then(() => process.stdout.write(`ack ${id}\n`));
    });
    await Promise.all(edits);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
});

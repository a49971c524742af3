import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBriefing } from '../../core/generator/generate';
import { readArticleFile } from '../../ingest/read-article';
import { openBriefing, readBriefingFile } from '../../store/briefing-store';
import { sampleAnnotation } from '../../store/testing/sample-briefing';
import { runCapturing } from '../cli-harness';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt');

describe('briefing generate', () => {
  it('writes a valid briefing file whose sections include the seed subheadings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-'));
    const out = join(dir, 'x.briefing.json');
    const run = await runCapturing(['generate', seed, '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    const file = await readBriefingFile(out);
    const headings = file.briefing.sections.map((s) => s.heading);
    // The article's own subheadings head the sections they name.
    expect(headings).toEqual(
      expect.arrayContaining(['A New Chapter in Military Cooperation', 'Regional Implications']),
    );
    expect(file.briefing.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['cooperation', 'regional-implications', 'concerns']),
    );
    expect(file.article.text).toBe(await readFile(seed, 'utf8').then((t) => t.replace(/\s+$/, '')));
  });

  it('refuses to overwrite an existing file without --force, and never replaces a foreign file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-'));
    const out = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', out])).code).toBe(0);
    const again = await runCapturing(['generate', seed, '-o', out]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/exists/i);
    expect((await runCapturing(['generate', seed, '-o', out, '--force'])).code).toBe(0);

    const foreign = join(dir, 'notes.briefing.json');
    await writeFile(foreign, '{"mine": "do not touch"}');
    const refused = await runCapturing(['generate', seed, '-o', foreign, '--force']);
    expect(refused.code).not.toBe(0);
    expect(await readFile(foreign, 'utf8')).toBe('{"mine": "do not touch"}');
  });

  it('refuses --force over a briefing with notes, leaving it as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-'));
    const out = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', out])).code).toBe(0);
    for (const quote of ['Turkey', 'Syria', 'Ankara']) {
      expect((await runCapturing(['annotate', out, '--quote', quote])).code).toBe(0);
    }
    const before = await readFile(out, 'utf8');
    const run = await runCapturing(['generate', seed, '-o', out, '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `briefing generate: ${out} has 3 notes; generating over it would discard them. Use \`briefing update-article\` to keep them, or remove the file first.\n`,
    );
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('--force racing an annotate that holds the file: the note just saved is not lost', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-'));
    const out = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', out])).code).toBe(0);
    // "annotate" has the file open (0 notes so far) when "generate --force" starts.
    const annotate = await openBriefing(out);
    const generate = runCapturing(['generate', seed, '-o', out, '--force']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await annotate.update((d) => void (d.annotations = [sampleAnnotation(1)]));
    await annotate.close();
    const run = await generate;
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `briefing generate: ${out} has 1 note; generating over it would discard it. Use \`briefing update-article\` to keep it, or remove the file first.\n`,
    );
    expect((await readBriefingFile(out)).annotations).toHaveLength(1);
  });

  it('refuses an output not named *.briefing.json, and a missing folder, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-'));
    const named = await runCapturing(['generate', seed, '-o', 'out.json'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(
      "briefing generate: A briefing file's name must end in .briefing.json (Briefing Desk and `briefing list` see only those); use -o out.briefing.json.\n",
    );
    const missing = join(dir, 'missing', 'x.briefing.json');
    const run = await runCapturing(['generate', seed, '-o', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `briefing generate: Cannot write ${missing}: its folder does not exist.\n`,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('explains a missing article in one line', async () => {
    const run = await runCapturing(['generate', '/nonexistent/article.txt']);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/article\.txt/);
  });
});

describe('data/sample.briefing.json', () => {
  it('is what `npm run generate` makes from the seed today (run it if this fails)', async () => {
    const committed = await readBriefingFile(join(root, 'data/sample.briefing.json'));
    const fresh = generateBriefing(await readArticleFile(seed));
    expect(committed.article).toEqual(fresh.article);
    expect(committed.briefing).toEqual(fresh.briefing);
  });
});

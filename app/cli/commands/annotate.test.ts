import { chmod, lstat, stat, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBriefing, readBriefingFile } from '../../store/briefing-store';
import { freshSeedBriefing, runCapturing } from '../cli-harness';

const freshBriefing = (): Promise<string> => freshSeedBriefing('annotate-');

describe('briefing annotate', () => {
  it('adds a private note on the article and prints its id; notes lists it', async () => {
    const file = await freshBriefing();
    const run = await runCapturing([
      'annotate',
      file,
      '--quote',
      'over 3,000 extrajudicial executions',
      '--note',
      'Check the **SOHR** figure',
      '--tags',
      'hr, sohr,hr',
      '--colour',
      'disputed',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const id = run.stdout.trim();
    const [note] = (await readBriefingFile(file)).annotations;
    expect(note).toMatchObject({
      id,
      visibility: 'private',
      status: 'anchored',
      body: { note: 'Check the **SOHR** figure', tags: ['hr', 'sohr'], colour: 'disputed' },
      target: { blockId: 'article', quote: { exact: 'over 3,000 extrajudicial executions' } },
    });
    const listed = await runCapturing(['notes', file]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('anchored · Disputed or doubtful · 🔒 private · #hr #sohr');
    expect(listed.stdout).toContain('"over 3,000 extrajudicial executions"');
    expect(listed.stdout).toContain('> Check the **SOHR** figure');
  });

  it('annotates a generated item with --block, --occurrence and --shared', async () => {
    const file = await freshBriefing();
    const item = (await readBriefingFile(file)).briefing.sections
      .flatMap((s) => s.items)
      .find((i) => i.text.split('Turkey').length > 2);
    expect(item).toBeDefined();
    const run = await runCapturing([
      'annotate',
      file,
      '--block',
      item!.id,
      '-q',
      'Turkey',
      '--occurrence',
      '2',
      '--shared',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [note] = (await readBriefingFile(file)).annotations;
    const second = item!.text.indexOf('Turkey', item!.text.indexOf('Turkey') + 1);
    expect(note.target).toMatchObject({ blockId: item!.id, position: { start: second } });
    expect(note.visibility).toBe('shared');
    expect(note.body.colour).toBe('fact');
  });

  it('finds a quote typed with a straight apostrophe, storing the article’s curly one', async () => {
    const file = await freshBriefing();
    const run = await runCapturing([
      'annotate',
      file,
      '--quote',
      "Turkey's Chief of the General Staff",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      'Annotated the words as they are written: "Turkey’s Chief of the General Staff".\n',
    );
    const [note] = (await readBriefingFile(file)).annotations;
    const article = (await readBriefingFile(file)).article.text;
    expect(note?.target.quote.exact).toBe('Turkey’s Chief of the General Staff');
    expect(article.slice(note?.target.position?.start, note?.target.position?.end)).toBe(
      'Turkey’s Chief of the General Staff',
    );
  });

  it('refuses a quote that is not in the text, in one sentence naming it', async () => {
    const file = await freshBriefing();
    const run = await runCapturing(['annotate', file, '--quote', 'no such words here']);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"no such words here" does not occur in the article.');
    expect((await readBriefingFile(file)).annotations).toHaveLength(0);
  });

  it('refuses an occurrence that does not exist, saying how many there are', async () => {
    const file = await freshBriefing();
    const run = await runCapturing(['annotate', file, '--quote', 'Hawary', '--occurrence', '9']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/"Hawary" occurs \d+ times, so occurrence 9 does not exist/);
    const zero = await runCapturing(['annotate', file, '--quote', 'Hawary', '--occurrence', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--occurrence must be a whole number from 1');
  });

  it('refuses a colour outside the legend, listing the valid keys', async () => {
    const file = await freshBriefing();
    const run = await runCapturing(['annotate', file, '--quote', 'Ankara', '--colour', 'red']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "--colour must be a key of this briefing's legend: fact, assessment, gap, disputed, follow-up",
    );
    expect((await readBriefingFile(file)).annotations).toHaveLength(0);
  });

  it('refuses an unknown block and a missing --quote', async () => {
    const file = await freshBriefing();
    const block = await runCapturing(['annotate', file, '--quote', 'Ankara', '--block', 'sec-x']);
    expect(block.code).not.toBe(0);
    expect(block.stderr).toContain('no annotatable block "sec-x"');
    const missing = await runCapturing(['annotate', file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--quote');
  });

  it('gives a second writer the store’s clear "open in another process" error', async () => {
    const file = await freshBriefing();
    const other = await openBriefing(file);
    try {
      const run = await runCapturing(['annotate', file, '--quote', 'Ankara']);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toBe(
        `briefing annotate: ${file} is open in another Briefing Desk process (or in one that stopped less than 10 seconds ago). Close it there, or try again in a few seconds.\n`,
      );
    } finally {
      await other.close();
    }
    expect((await runCapturing(['annotate', file, '--quote', 'Ankara'])).code).toBe(0);
  });

  it('has accurate help', async () => {
    const run = await runCapturing(['annotate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: briefing annotate <file.briefing.json> --quote TEXT');
    expect(run.stdout).toContain('Example:');
  });

  it('parallel annotate runs wait their turn for the file: every one succeeds, no note lost', async () => {
    const file = await freshBriefing();
    const quotes = ['Ankara', 'Syria', 'Turkey', 'Damascus', 'IDEF 2025', 'air defence'];
    const runs = await Promise.all(
      quotes.map((q, i) => runCapturing(['annotate', file, '-q', q, '--note', `n${i}`])),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const notes = (await readBriefingFile(file)).annotations.map((a) => a.body.note);
    expect(notes.sort()).toEqual(quotes.map((_, i) => `n${i}`).sort());
  });

  it('keeps a private file private and edits the real file behind a symlink', async () => {
    const file = await freshBriefing();
    await chmod(file, 0o600);
    const link = join(dirname(file), 'link.briefing.json');
    await symlink(file, link);
    const run = await runCapturing(['annotate', link, '-q', 'Ankara', '--note', 'secret']);
    expect(run.code, run.stderr).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await readBriefingFile(file)).annotations.map((a) => a.body.note)).toEqual(['secret']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(`${file}.bak`)).mode & 0o777).toBe(0o600);
  });
});

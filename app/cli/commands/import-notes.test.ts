import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../store/briefing-store';
import { generateSeed, runCapturing } from '../cli-harness';

const freshBriefing = (dir: string, name: string): Promise<string> =>
  generateSeed(join(dir, `${name}.briefing.json`));

describe('briefing import-notes', () => {
  it('round-trips export --format w3c into a fresh briefing; a second import adds nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const a = await freshBriefing(dir, 'a');
    const item = (await readBriefingFile(a)).briefing.bluf[0];
    await runCapturing([
      'annotate',
      a,
      '-q',
      'joint training',
      '--note',
      'MoU scope',
      '--tags',
      'mou',
    ]);
    await runCapturing(['annotate', a, '-q', 'Kadıoğlu', '--occurrence', '2', '--shared']);
    await runCapturing([
      'annotate',
      a,
      '--block',
      item.id,
      '-q',
      'official visit',
      '--colour',
      'gap',
    ]);
    const out = join(dir, 'notes.json');
    const exported = await runCapturing([
      'export',
      a,
      '--format',
      'w3c',
      '--notes',
      'all',
      '-o',
      out,
    ]);
    expect(exported.code, exported.stderr).toBe(0);

    const b = await freshBriefing(dir, 'b');
    const first = await runCapturing(['import-notes', b, out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('Added 3, skipped 0 duplicates, 0 orphaned.\n');
    const strip = (f: Awaited<ReturnType<typeof readBriefingFile>>) => f.annotations;
    expect(strip(await readBriefingFile(b))).toEqual(strip(await readBriefingFile(a)));
    const listA = (await runCapturing(['notes', a])).stdout;
    expect((await runCapturing(['notes', b])).stdout).toBe(listA);

    const second = await runCapturing(['import-notes', b, out]);
    expect(second.stdout).toBe('Added 0, skipped 3 duplicates, 0 orphaned.\n');
    expect((await readBriefingFile(b)).annotations).toHaveLength(3);
  });

  it('imports a foreign annotation by its quote and keeps one whose words are absent as orphaned', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const b = await freshBriefing(dir, 'b');
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://example.org/anno/1',
          type: 'Annotation',
          bodyValue: 'Interesting',
          target: {
            source: 'https://example.org/article',
            selector: { type: 'TextQuoteSelector', exact: 'IDEF 2025 defence exhibition' },
          },
        },
        {
          id: 'https://example.org/anno/2',
          type: 'Annotation',
          bodyValue: 'Compare with the earlier report',
          target: { selector: { type: 'TextQuoteSelector', exact: 'words from another article' } },
        },
        { id: 'x', type: 'Annotation', target: 'https://example.org/no-selector' },
        {
          id: 'https://example.org/anno/3',
          type: 'Annotation',
          body: 'https://example.org/comment1',
          target: { selector: { type: 'TextQuoteSelector', exact: 'a page about something else' } },
        },
      ],
    };
    const path = join(dir, 'foreign.json');
    await writeFile(path, JSON.stringify(foreign));
    const run = await runCapturing(['import-notes', b, path]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Added 2, skipped 0 duplicates, 1 orphaned; 2 items not usable (Annotation x has no target with a TextQuoteSelector.).\n',
    );
    expect(run.stderr).toBe(
      'Not imported:\n  item 3: Annotation x has no target with a TextQuoteSelector.\n' +
        '  item 4: Annotation https://example.org/anno/3 has no note or tags Briefing Desk can read (its body https://example.org/comment1 is a link, not text), and its words are not in this briefing (it is about another document).\n',
    );
    expect((await readBriefingFile(b)).annotations).toHaveLength(2);
    const [found, lost] = (await readBriefingFile(b)).annotations;
    const text = (await readBriefingFile(b)).article.text;
    expect(found.status).toBe('anchored');
    expect(text.slice(found.target.position.start, found.target.position.end)).toBe(
      'IDEF 2025 defence exhibition',
    );
    expect(found.body.note).toBe('Interesting');
    expect(lost.status).toBe('orphaned');
  });

  it('refuses a file that is not Web Annotation JSON, changing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const b = await freshBriefing(dir, 'b');
    const path = join(dir, 'bad.json');
    await writeFile(path, '{"hello": 1}');
    const run = await runCapturing(['import-notes', b, path]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('bad.json: The JSON is not a Web Annotation');
    expect((await readBriefingFile(b)).annotations).toHaveLength(0);
  });

  it('puts a colour outside the legend on its first key, saying so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const b = await freshBriefing(dir, 'b');
    const path = join(dir, 'purple.json');
    await writeFile(
      path,
      JSON.stringify({
        id: 'https://example.org/p',
        type: 'Annotation',
        body: [{ type: 'TextualBody', value: 'purple', purpose: 'classifying' }],
        bodyValue: 'odd colour',
        target: { selector: { type: 'TextQuoteSelector', exact: 'IDEF 2025 defence exhibition' } },
      }),
    );
    const run = await runCapturing(['import-notes', b, path]);
    expect(run.code, run.stderr).toBe(0);
    const file = await readBriefingFile(b);
    const first = file.legend[0].key;
    expect(run.stdout).toBe(
      `Added 1, skipped 0 duplicates, 0 orphaned; 1 value replaced (colour "purple" is not in this briefing's legend; used "${first}").\n`,
    );
    expect(file.annotations[0].body.colour).toBe(first);
    expect((await runCapturing(['check', b])).code).toBe(0);
  });

  it('refuses a folder and a file over 50 MB in one sentence, changing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const b = await freshBriefing(dir, 'b');
    const folder = await runCapturing(['import-notes', b, dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(
      `briefing import-notes: ${dir} is a folder; give the annotations JSON file inside it.\n`,
    );
    const big = join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 51 * 1024 * 1024); // sparse: no 51 MB actually written
    const large = await runCapturing(['import-notes', b, big]);
    expect(large.code).toBe(1);
    expect(large.stderr).toBe(
      `briefing import-notes: ${big} is 51.0 MB, over the 50 MB limit for an annotations file. Nothing was imported.\n`,
    );
    expect((await readBriefingFile(b)).annotations).toHaveLength(0);
  });
});

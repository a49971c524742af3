import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation';
import { blockTextOf } from '../../core/annotations/blocks';
import { editItemText } from '../../core/annotations/edit-item';
import type { BriefingFile } from '../../core/briefing-file';
import { createBriefingFile, readBriefingFile } from '../../store/briefing-store';
import { runCapturing } from '../cli-harness';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt');

const INSERTED =
  'Editor’s note: this article was updated on 10 September 2025 with revised casualty figures.\n';
const EDITED_FROM = 'documented over 3,000 extrajudicial executions';
const EDITED_TO = 'documented over 3,500 extrajudicial executions';
const DELETED =
  'President Recep Tayyip Erdoğan has repeatedly emphasised Turkey’s role as a guarantor of regional security. ';

function words(file: BriefingFile, a: Annotation): string | undefined {
  return blockTextOf(file, a.target.blockId)?.slice(a.target.position.start, a.target.position.end);
}

async function annotate(file: string, ...args: string[]): Promise<string> {
  const run = await runCapturing(['annotate', file, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('briefing update-article', () => {
  it('regenerates from the new text and re-anchors every note, deleting none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'update-'));
    const file = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', file])).code).toBe(0);
    const before = await readBriefingFile(file);
    const item = (text: string) =>
      before.briefing.sections.flatMap((s) => s.items).find((i) => i.text.includes(text))!;

    const ids = {
      untouched: await annotate(file, '-q', 'joint training, advisory support', '--note', 'MoU'),
      untouchedItem: await annotate(
        file,
        '--block',
        item('enhance Syria’s').id,
        '-q',
        'enhance Syria’s defence capabilities',
      ),
      edited: await annotate(file, '-q', EDITED_FROM, '--colour', 'disputed', '--shared'),
      editedItem: await annotate(file, '--block', item(EDITED_FROM).id, '-q', EDITED_FROM),
      deleted: await annotate(file, '-q', 'guarantor of regional security', '--tags', 'erdogan'),
      deletedItem: await annotate(
        file,
        '--block',
        item('guarantor of regional').id,
        '-q',
        'guarantor of regional security',
      ),
    };
    const annotated = await readBriefingFile(file);

    const original = await readFile(seed, 'utf8');
    expect(original).toContain(EDITED_FROM);
    expect(original).toContain(DELETED);
    const updated = join(dir, 'turkey-syria-updated.txt');
    await writeFile(
      updated,
      INSERTED + original.replace(EDITED_FROM, EDITED_TO).replace(DELETED, ''),
    );

    const run = await runCapturing(['update-article', file, updated]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('6 notes: 2 anchored, 2 moved, 2 orphaned.\n');

    const after = await readBriefingFile(file);
    expect(after.id).toBe(before.id);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.legend).toEqual(before.legend);
    expect(after.article.text.startsWith('Editor’s note')).toBe(true);
    expect(after.article.fileName).toBe('turkey-syria-updated.txt');
    expect(after.annotations.map((a) => a.id)).toEqual(Object.values(ids));
    const byId = new Map(after.annotations.map((a) => [a.id, a]));
    const old = new Map(annotated.annotations.map((a) => [a.id, a]));
    const note = (key: keyof typeof ids) => byId.get(ids[key])!;

    for (const key of ['untouched', 'untouchedItem'] as const) {
      expect(note(key).status, key).toBe('anchored');
      expect(words(after, note(key)), key).toBe(words(annotated, old.get(ids[key])!));
    }
    expect(note('untouched').target.position.start).toBe(
      old.get(ids.untouched)!.target.position.start + INSERTED.length,
    );
    for (const key of ['edited', 'editedItem'] as const) {
      expect(note(key).status, key).toBe('moved');
      expect(words(after, note(key)), key).toBe(EDITED_TO);
    }
    for (const key of ['deleted', 'deletedItem'] as const) {
      expect(note(key).status, key).toBe('orphaned');
      expect(note(key).target, key).toEqual(old.get(ids[key])!.target);
      expect(note(key).body, key).toEqual(old.get(ids[key])!.body);
    }

    const listed = await runCapturing(['notes', file]);
    expect(listed.stdout).toMatch(/^6 notes, 2 orphaned\n/);
    // A moved note shows the words it was written on and the words it is on now.
    expect(listed.stdout).toContain(`"${EDITED_FROM}"\n  now on: "${EDITED_TO}"`);
    expect(listed.stdout.match(/now on:/g)).toHaveLength(2);
  });

  it("says what became of the analyst's item rewrites", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'update-'));
    const file = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', file])).code).toBe(0);
    const generated = await readBriefingFile(file);
    const [kept, dropped] = generated.briefing.sections.flatMap((s) => s.items);
    let edited: BriefingFile = generated;
    for (const [item, text] of [
      [kept, 'My wording of the first claim.'],
      [dropped, 'My wording of the second claim.'],
    ] as const) {
      const r = editItemText(edited, item.id, text, '2026-01-01T00:00:00.000Z');
      if (!r.ok) throw new Error(r.error.message);
      edited = r.value.file;
    }
    await createBriefingFile(file, edited, { overwrite: true });
    // The second claim's sentence changes; the first claim's does not.
    const original = await readFile(seed, 'utf8');
    const sentence = original.slice(dropped.sources[0].start, dropped.sources[0].end);
    const updated = join(dir, 'new.txt');
    await writeFile(updated, original.replace(sentence, 'A wholly different sentence here.'));
    const run = await runCapturing(['update-article', file, updated]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'Item rewrites: 1 kept, 1 dropped (their generated sentence changed).\n',
    );
    const after = await readBriefingFile(file);
    const texts = after.briefing.sections.flatMap((s) => s.items).map((i) => i.text);
    expect(texts).toContain('My wording of the first claim.');
    expect(texts).not.toContain('My wording of the second claim.');
  });

  it('changes nothing when the new article cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'update-'));
    const file = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', file])).code).toBe(0);
    const before = await readFile(file, 'utf8');
    const run = await runCapturing(['update-article', file, join(dir, 'missing.txt')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.txt');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses the briefing itself, or a notes export, given as the new article', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'update-'));
    const file = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', file])).code).toBe(0);
    await annotate(file, '--quote', 'Ankara');
    const before = await readFile(file, 'utf8');
    const self = await runCapturing(['update-article', file, file]);
    expect(self.code).toBe(1);
    expect(self.stderr).toBe(
      'briefing update-article: x.briefing.json is a briefing file, not an article; give the article itself (a .txt, .md or .html file).\n',
    );
    const notes = join(dir, 'notes.json');
    expect((await runCapturing(['export', file, '--format', 'w3c', '-o', notes])).code).toBe(0);
    const w3c = await runCapturing(['update-article', file, notes]);
    expect(w3c.code).toBe(1);
    expect(w3c.stderr).toMatch(/notes\.json is JSON, not an article text;/);
    const generated = await runCapturing(['generate', notes, '-o', join(dir, 'n.briefing.json')]);
    expect(generated.code).toBe(1);
    expect(generated.stderr).toMatch(/notes\.json is JSON, not an article text;/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('has accurate help', async () => {
    const run = await runCapturing(['update-article', '--help']);
    expect(run.stdout).toContain(
      'Usage: briefing update-article <file.briefing.json> <new-article>',
    );
    expect(run.stdout).toContain('Example:');
  });
});

/**
 * `briefing:update-article` and `briefing:edit-item` through the dispatcher, over real files
 * in a temp library: valid and invalid payloads, notes never deleted, undo state after.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../core/annotation';
import { blockTextOf } from '../core/annotations/blocks';
import type { BriefingFile } from '../core/briefing-file';
import { readBriefingFile } from '../store/briefing-store';
import type { AnnotationEdit, UpdatedBriefing } from './contract';
import type { Dispatcher } from './dispatcher';
import {
  openSeedDispatcher,
  SEED_ARTICLE,
  type SeedDispatcher,
  value,
} from './testing/seed-dispatcher';

let seeded: SeedDispatcher;
let dispatcher: Dispatcher;
let path: string;
let file: BriefingFile;

async function addNote(blockId: string, quote: string): Promise<Annotation> {
  const text = blockTextOf(file, blockId)!;
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  const edit = value<AnnotationEdit>(
    await dispatcher.dispatch('annotations:add', {
      path,
      target: { blockId, start, end: start + quote.length },
      colour: 'fact',
      note: `on ${quote}`,
      tags: [],
      visibility: 'private',
    }),
  );
  return edit.change!.after!;
}

function words(f: BriefingFile, a: Annotation): string | undefined {
  return blockTextOf(f, a.target.blockId)?.slice(a.target.position.start, a.target.position.end);
}

beforeEach(async () => {
  seeded = await openSeedDispatcher('ipc-text-');
  ({ dispatcher, path, file } = seeded);
});

afterEach(() => seeded.close());

describe('briefing:update-article', () => {
  it('regenerates from the new text, keeps identity, and re-anchors every note', async () => {
    const kept = await addNote('article', 'joint training, advisory support');
    const gone = await addNote('article', 'guarantor of regional security');
    const seed = await readFile(SEED_ARTICLE, 'utf8');
    const text = `Update, 10 September: figures revised.\n${seed.replace(
      'President Recep Tayyip Erdoğan has repeatedly emphasised Turkey’s role as a guarantor of regional security. ',
      '',
    )}`;
    const updated = value<UpdatedBriefing>(
      await dispatcher.dispatch('briefing:update-article', { path, fileName: 'new.txt', text }),
    );
    expect(updated.counts).toEqual({ anchored: 1, moved: 0, orphaned: 1 });
    expect(updated.path).toBe(path);
    expect(updated.file.id).toBe(file.id);
    expect(updated.file.article.fileName).toBe('new.txt');
    expect(updated.file.article.text.startsWith('Update, 10 September')).toBe(true);
    const [a, b] = updated.file.annotations;
    expect(a.id).toBe(kept.id);
    expect(words(updated.file, a)).toBe('joint training, advisory support');
    expect(b).toMatchObject({ id: gone.id, status: 'orphaned', target: gone.target });

    // On disk, and later edits build on the re-anchored notes, with undo starting afresh.
    expect((await readBriefingFile(path)).annotations).toEqual(updated.file.annotations);
    const undo = value<AnnotationEdit>(await dispatcher.dispatch('annotations:undo', { path }));
    expect(undo.change).toBeNull();
    await dispatcher.dispatch('annotations:update', { path, id: kept.id, note: 'edited' });
    await dispatcher.dispatch('briefing:flush', { path });
    const onDisk = (await readBriefingFile(path)).annotations;
    expect(onDisk[0]).toMatchObject({ body: { note: 'edited' }, target: a.target });
    expect(onDisk[1].status).toBe('orphaned');
  });

  it('refuses invalid payloads without touching the file', async () => {
    const before = await readFile(path, 'utf8');
    for (const payload of [
      undefined,
      { path },
      { path, fileName: 'x.txt' },
      { path, fileName: '', text: 'x' },
      { path, fileName: 'x.txt', text: '' },
      { path, fileName: 'x.txt', text: 42 },
      { path, fileName: 'x.txt', text: 'Some text.', extra: true },
    ]) {
      const result = await dispatcher.dispatch('briefing:update-article', payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    }
    const missing = await dispatcher.dispatch('briefing:update-article', {
      path: join(seeded.dir, 'library', 'nope.briefing.json'),
      fileName: 'x.txt',
      text: 'Some text.',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});

describe('briefing:edit-item', () => {
  it('replaces the item text and re-anchors the notes on it, deleting none', async () => {
    const item = file.briefing.sections
      .flatMap((s) => s.items)
      .find((i) => i.text.includes('3,000'))!;
    const kept = await addNote(item.id, 'extrajudicial executions');
    const gone = await addNote(item.id, 'Reports from the Syrian Observatory');
    const other = await addNote('article', 'Ankara');
    const text = item.text.replace('Reports from the Syrian Observatory', 'Monitors');
    const updated = value<UpdatedBriefing>(
      await dispatcher.dispatch('briefing:edit-item', { path, itemId: item.id, text }),
    );
    expect(updated.counts).toEqual({ anchored: 1, moved: 0, orphaned: 1 });
    expect(blockTextOf(updated.file, item.id)).toBe(text);
    const byId = new Map(updated.file.annotations.map((a) => [a.id, a]));
    expect(words(updated.file, byId.get(kept.id)!)).toBe('extrajudicial executions');
    expect(byId.get(gone.id)).toMatchObject({ status: 'orphaned', target: gone.target });
    expect(byId.get(other.id)).toEqual(other);
    expect(updated.file.article).toEqual(file.article);
    const onDisk = await readBriefingFile(path);
    expect(blockTextOf(onDisk, item.id)).toBe(text);
    expect(onDisk.annotations).toHaveLength(3);
  });

  it('edits BLUF and timeline items too', async () => {
    for (const itemId of [file.briefing.bluf[0].id, file.briefing.timeline[0].id]) {
      const updated = value<UpdatedBriefing>(
        await dispatcher.dispatch('briefing:edit-item', { path, itemId, text: 'Rewritten.' }),
      );
      expect(blockTextOf(updated.file, itemId)).toBe('Rewritten.');
    }
  });

  it('refuses an unknown item, blank text and malformed payloads', async () => {
    const before = await readFile(path, 'utf8');
    const itemId = file.briefing.bluf[0].id;
    expect(
      await dispatcher.dispatch('briefing:edit-item', { path, itemId: 'nope', text: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
    expect(
      await dispatcher.dispatch('briefing:edit-item', { path, itemId, text: '   ' }),
    ).toMatchObject({ ok: false, error: { code: 'empty-text' } });
    for (const payload of [
      { path, itemId },
      { path, itemId: '', text: 'x' },
      { path, itemId, text: '' },
      { path, itemId, text: 'x'.repeat(100_001) },
      { path, itemId, text: 'x', blockId: 'article' },
    ]) {
      const result = await dispatcher.dispatch('briefing:edit-item', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});

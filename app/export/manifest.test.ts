import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html';
import { assertNoLeaks, exportManifest, findLeaks } from './manifest';
import { toMarkdown } from './markdown';
import { escapeBlock } from './escape';
import { ExportError } from './options';
import type { NoteProfile } from './options';
import { note, seedBriefing } from './testing/seed-fixture';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const text = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const seed = seedBriefing(text, createHash('sha256').update(text).digest('hex'));
const env = { now: '2026-11-25T17:00:00.000Z', appVersion: '0.1.0' };
const privateNote = seed.annotations.find((a) => a.visibility === 'private')!;

describe('exportManifest', () => {
  it('counts what each profile carries and leaves out', () => {
    expect(exportManifest(seed, { notes: 'none' })).toEqual({
      included: { notes: 0, shared: 0, private: 0 },
      excluded: { private: 1, shared: 2 },
      lines: [
        'Clean export: no analyst notes',
        '2 shared notes excluded',
        '1 private note excluded',
      ],
    });
    const shared = exportManifest(seed, { notes: 'shared' });
    expect(shared.included).toEqual({ notes: 2, shared: 2, private: 0 });
    expect(shared.lines).toContain('1 private note excluded');
    expect(shared.lines).toContain('1 orphaned note included, listed as orphaned');
    const all = exportManifest(seed, { notes: 'all' });
    expect(all.excluded).toEqual({ private: 0, shared: 0 });
    expect(all.lines).toContain('1 private note included');
  });

  it('says so when a briefing has no notes', () => {
    expect(exportManifest({ ...seed, annotations: [] }, { notes: 'all' }).lines).toEqual([
      'This briefing has no notes',
    ]);
  });
});

describe('findLeaks', () => {
  const profiles: NoteProfile[] = ['none', 'shared', 'all'];

  it.each(profiles)('finds nothing in a correct %s export (Markdown and HTML)', (notes) => {
    const md = toMarkdown(seed, { notes }, env);
    expect(findLeaks(md, seed, { notes })).toEqual([]);
    expect(findLeaks(renderHtml(md, { title: 't', handling: 'h' }), seed, { notes })).toEqual([]);
  });

  it('finds an excluded note whether it leaked raw, as escaped Markdown or as HTML', () => {
    const md = toMarkdown(seed, { notes: 'shared' }, env);
    const tricky = note(
      'p2',
      'Source <b>HUMINT-7</b> says: the *radars* arrive in "October".',
      'x',
      0,
      { visibility: 'private' },
    );
    const file = { ...seed, annotations: [...seed.annotations, tricky] };
    const escaped = escapeBlock(tricky.body.note).join('\n');
    for (const leaked of [
      md + tricky.body.note,
      md + escaped,
      renderHtml(md + '\n\n' + escaped, { title: 't', handling: 'h' }),
    ]) {
      expect(findLeaks(leaked, file, { notes: 'shared' })).toEqual([tricky.body.note]);
    }
    expect(() => assertNoLeaks(md + privateNote.body.note, seed, { notes: 'shared' })).toThrow(
      ExportError,
    );
  });

  it('ignores short notes and notes that only repeat the article or an included note', () => {
    const short = note('s', 'Key point here.', 'x', 0, { visibility: 'private' });
    const quoting = note('q', 'Hawary had been invited by Kadıoğlu', 'x', 0, {
      visibility: 'private',
    });
    const repeat = note('r', seed.annotations[0].body.note, 'x', 0, { visibility: 'private' });
    const file = { ...seed, annotations: [...seed.annotations, short, quoting, repeat] };
    const md =
      toMarkdown(file, { notes: 'shared' }, env) +
      '\nKey point here. Hawary had been invited by Kadıoğlu';
    expect(findLeaks(md, file, { notes: 'shared' })).toEqual([]);
  });

  it('matches whole words only', () => {
    const n = note('w', 'radar units move north before winter', 'x', 0, { visibility: 'private' });
    const file = { ...seed, annotations: [n] };
    expect(findLeaks('radar units move northbound before winter', file, { notes: 'none' })).toEqual(
      [],
    );
    expect(findLeaks('…Radar units — move north, before WINTER!', file, { notes: 'none' })).toEqual(
      [n.body.note],
    );
  });
});

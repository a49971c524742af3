import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { ARTICLE_BLOCK_ID } from '../annotation';
import type { Generated } from '../briefing';
import type { BriefingFile } from '../briefing-file';
import { generateBriefing } from '../generator/generate';
import { newBriefingFile } from '../new-briefing-file';
import { snapToWords } from './anchor';
import { blockTexts, itemBlocks, wordsNow } from './blocks';
import { createAnnotation, findQuote } from './create';
import { editItemText } from './edit-item';
import { updateArticle } from './update-article';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';

const ARTICLE = [
  'On 3 March 2025, the harbour authority of Port Vale announced a new ferry line to the islands.',
  'The line will carry 400 passengers a day and begins service in May 2025.',
  'Concerns',
  'Fishermen warned that the larger ferries could damage the breakwater near the old pier.',
  'Officials said the breakwater was inspected in January and found to be sound.',
].join('\n');

function generate(text: string): Generated {
  return generateBriefing({ text, fileName: 'port.txt', format: 'text', sha256: 'x'.repeat(64) });
}

function note(file: BriefingFile, id: string, blockId: string, quote: string): Annotation {
  const text =
    blockId === ARTICLE_BLOCK_ID
      ? file.article.text
      : itemBlocks(file.briefing).find((b) => b.id === blockId)!.text;
  const at = findQuote(text, quote);
  if (!at.ok) throw new Error(at.error.message);
  const made = createAnnotation({
    id,
    blockId,
    blockText: text,
    start: at.value.start,
    end: at.value.end,
    note: `note ${id}`,
    now: T0,
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function base(): BriefingFile {
  const file = newBriefingFile(generate(ARTICLE), 'b1', T0);
  return { ...file, legend: [file.legend[1]], handling: 'TLP:AMBER', sourceGrade: 'B' };
}

function wordsOf(file: BriefingFile, a: Annotation): string {
  const text =
    a.target.blockId === ARTICLE_BLOCK_ID
      ? file.article.text
      : itemBlocks(file.briefing).find((b) => b.id === a.target.blockId)!.text;
  return text.slice(a.target.position.start, a.target.position.end);
}

describe('updateArticle', () => {
  it('keeps the identity and settings, replaces article and briefing, deletes no note', () => {
    const old = base();
    old.annotations = [note(old, 'n1', ARTICLE_BLOCK_ID, 'new ferry line to the islands')];
    const { file } = updateArticle(old, generate(`Update: times changed.\n${ARTICLE}`), T1);
    expect(file).toMatchObject({
      id: 'b1',
      createdAt: T0,
      updatedAt: T1,
      legend: old.legend,
      handling: 'TLP:AMBER',
      sourceGrade: 'B',
    });
    expect(file.article.text.startsWith('Update:')).toBe(true);
    expect(file.annotations.map((a) => a.id)).toEqual(['n1']);
  });

  it('anchors untouched article notes on the same words, moves edited ones, orphans deleted ones', () => {
    const old = base();
    old.annotations = [
      note(old, 'kept', ARTICLE_BLOCK_ID, 'carry 400 passengers a day'),
      note(old, 'edited', ARTICLE_BLOCK_ID, 'announced a new ferry line to the islands'),
      note(old, 'gone', ARTICLE_BLOCK_ID, 'inspected in January and found to be sound'),
    ];
    const text = `Correction appended on 5 March.\n${ARTICLE}`
      .replace('new ferry line to', 'new ferry route to')
      .replace(
        '\nOfficials said the breakwater was inspected in January and found to be sound.',
        '',
      );
    const { file, counts } = updateArticle(old, generate(text), T1);
    expect(counts).toEqual({ anchored: 1, moved: 1, orphaned: 1 });
    const [kept, edited, gone] = file.annotations;
    expect(kept.status).toBe('anchored');
    expect(wordsOf(file, kept)).toBe('carry 400 passengers a day');
    expect(kept.updated).toBe(T1); // its offsets changed
    expect(edited.status).toBe('moved');
    expect(wordsOf(file, edited)).toBe('announced a new ferry route to the islands');
    expect(gone.status).toBe('orphaned');
    expect(gone.target).toEqual(old.annotations[2].target);
    expect(gone.body).toEqual(old.annotations[2].body);
  });

  it('leaves notes untouched (same objects) when the article did not change', () => {
    const old = base();
    const item = itemBlocks(old.briefing)[0];
    old.annotations = [
      note(old, 'a', ARTICLE_BLOCK_ID, 'harbour authority'),
      note(old, 'i', item.id, item.text.split(' ').slice(1, 4).join(' ')),
    ];
    const { file, counts } = updateArticle(old, generate(ARTICLE), T1);
    expect(counts).toEqual({ anchored: 2, moved: 0, orphaned: 0 });
    expect(file.annotations[0]).toBe(old.annotations[0]);
    expect(file.annotations[1]).toBe(old.annotations[1]);
  });

  it('follows an item note to the item of the same kind that now holds its words', () => {
    const old = base();
    const blocks = itemBlocks(old.briefing);
    const target = blocks.find((b) => b.text.includes('breakwater near the old pier'));
    expect(target, JSON.stringify(blocks)).toBeDefined();
    old.annotations = [note(old, 'item', target!.id, 'breakwater near the old pier')];
    // A new first sentence in the same section renumbers its items.
    const text = ARTICLE.replace(
      'Concerns\n',
      'Concerns\nResidents fear that ticket prices will rise sharply within the first year.\n',
    );
    const generated = generate(text);
    const { file, counts } = updateArticle(old, generated, T1);
    const moved = file.annotations[0];
    expect(moved.status).toBe('moved');
    expect(moved.target.blockId).not.toBe(target!.id); // its old id now names another sentence
    expect(wordsOf(file, moved)).toBe('breakwater near the old pier');
    const group = (f: BriefingFile, id: string) =>
      itemBlocks(f.briefing).find((b) => b.id === id)?.group;
    expect(group(file, moved.target.blockId)).toBe(target!.group);
    expect(counts.orphaned).toBe(0);
  });

  it('orphans an item note whose words left the briefing, keeping its target', () => {
    const old = base();
    const target = itemBlocks(old.briefing).find((b) => b.text.includes('400 passengers'));
    expect(target).toBeDefined();
    old.annotations = [note(old, 'item', target!.id, '400 passengers a day')];
    const text = ARTICLE.replace(
      'The line will carry 400 passengers a day and begins service in May 2025.\n',
      '',
    );
    const { file, counts } = updateArticle(old, generate(text), T1);
    expect(counts).toEqual({ anchored: 0, moved: 0, orphaned: 1 });
    expect(file.annotations[0].status).toBe('orphaned');
    expect(file.annotations[0].target).toEqual(old.annotations[0].target);
  });

  it('does not mutate its input', () => {
    const old = base();
    old.annotations = [note(old, 'kept', ARTICLE_BLOCK_ID, 'carry 400 passengers a day')];
    const copy = structuredClone(old);
    updateArticle(old, generate(`New first line.\n${ARTICLE}`), T1);
    expect(old).toEqual(copy);
  });
});

describe('editItemText', () => {
  it('re-anchors the notes on the edited item only, orphaning removed words, deleting none', () => {
    const old = base();
    const [first, second] = itemBlocks(old.briefing);
    const firstWords = first.text.split(' ');
    old.annotations = [
      note(old, 'keep', first.id, firstWords.slice(-3).join(' ')),
      note(old, 'drop', first.id, firstWords.slice(0, 3).join(' ')),
      note(old, 'other', second.id, second.text.split(' ').slice(0, 3).join(' ')),
    ];
    const rewritten = `In short, ${firstWords.slice(3).join(' ')}`;
    const result = editItemText(old, first.id, `  ${rewritten}  `, T1);
    if (!result.ok) throw new Error(result.error.message);
    const { file, counts } = result.value;
    expect(itemBlocks(file.briefing).find((b) => b.id === first.id)?.text).toBe(rewritten);
    expect(counts.orphaned).toBe(1);
    expect(counts.anchored + counts.moved).toBe(1);
    expect(file.annotations.map((a) => a.id)).toEqual(['keep', 'drop', 'other']);
    expect(wordsOf(file, file.annotations[0])).toBe(firstWords.slice(-3).join(' '));
    expect(file.annotations[1].status).toBe('orphaned');
    expect(file.annotations[2]).toBe(old.annotations[2]);
  });

  it('fails as a value on an unknown item or an empty text', () => {
    const old = base();
    expect(editItemText(old, 'nope', 'x', T1)).toMatchObject({
      ok: false,
      error: { code: 'unknown-item' },
    });
    const id = itemBlocks(old.briefing)[0].id;
    expect(editItemText(old, id, '   ', T1)).toMatchObject({
      ok: false,
      error: { code: 'empty-text' },
    });
  });
});

describe('a note whose words changed', () => {
  it('lands on whole words and says what it is on now', () => {
    const old = base();
    old.annotations = [note(old, 'n1', ARTICLE_BLOCK_ID, 'carry 400 passengers a day')];
    const changed = ARTICLE.replace('carry 400 passengers a day', 'carry 4,250 passengers a day');
    const { file } = updateArticle(old, generate(changed), T1);
    const [moved] = file.annotations;
    expect(moved.status).toBe('moved');
    // Never a cut word ("4,25" of "4,250").
    expect(wordsOf(file, moved)).toBe('carry 4,250 passengers a day');
    expect(wordsNow(blockTexts(file), moved)).toBe('carry 4,250 passengers a day');
    expect(wordsNow(blockTexts(old), old.annotations[0])).toBeNull();
  });

  it('snapToWords widens only ends that cut a word', () => {
    const text = 'over 3,100 extrajudicial executions';
    expect(snapToWords(text, { start: 7, end: 15 })).toEqual({ start: 5, end: 24 });
    expect(snapToWords(text, { start: 5, end: 10 })).toEqual({ start: 5, end: 10 });
    expect(snapToWords('Kadıoğlu met', { start: 2, end: 5 })).toEqual({ start: 0, end: 8 });
  });
});

describe("the analyst's rewrites", () => {
  const firstItem = (file: BriefingFile) => {
    const section = file.briefing.sections.find((s) => s.items.length > 0)!;
    return section.items[0];
  };

  it('are recorded with the generated words, and writing those back removes the record', () => {
    const old = base();
    const item = firstItem(old);
    const edited = editItemText(old, item.id, 'My own summary of the ferry plan.', T1);
    if (!edited.ok) throw new Error(edited.error.message);
    const rewritten = firstItem(edited.value.file);
    expect(rewritten.rewrite).toEqual({ at: T1, generated: item.text });
    // A second rewrite keeps the generator's words, not the first rewrite.
    const again = editItemText(edited.value.file, item.id, 'Second wording.', T1);
    if (!again.ok) throw new Error(again.error.message);
    expect(firstItem(again.value.file).rewrite?.generated).toBe(item.text);
    const back = editItemText(again.value.file, item.id, item.text, T1);
    if (!back.ok) throw new Error(back.error.message);
    expect(firstItem(back.value.file).rewrite).toBeUndefined();
  });

  it('survive an article update whose generated words for them are the same, and are dropped otherwise', () => {
    const old = base();
    const item = firstItem(old);
    const edited = editItemText(old, item.id, 'My own summary of the ferry plan.', T1);
    if (!edited.ok) throw new Error(edited.error.message);
    const withNote = {
      ...edited.value.file,
      annotations: [note(edited.value.file, 'n1', item.id, 'own summary')],
    };
    // A paragraph added elsewhere: the item's sentence is generated the same.
    const same = updateArticle(withNote, generate(`${ARTICLE}\nA footnote on timetables.`), T1);
    expect(same.rewrites).toEqual({ kept: 1, dropped: 0 });
    const kept = itemBlocks(same.file.briefing).find(
      (b) => b.text === 'My own summary of the ferry plan.',
    );
    expect(kept).toBeDefined();
    // The note on the rewrite is still on its words.
    expect(same.file.annotations[0].status).not.toBe('orphaned');
    expect(wordsOf(same.file, same.file.annotations[0])).toBe('own summary');

    // The sentence the item was generated from changed: the rewrite is dropped, counted.
    const changed = ARTICLE.replace(item.text.slice(0, 30), 'Entirely different opening words');
    const other = updateArticle(withNote, generate(changed), T1);
    expect(other.rewrites).toEqual({ kept: 0, dropped: 1 });
    expect(itemBlocks(other.file.briefing).map((b) => b.text)).not.toContain(
      'My own summary of the ferry plan.',
    );
  });
});

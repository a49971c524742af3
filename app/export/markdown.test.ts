import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from './markdown';
import { note, seedBriefing } from './testing/seed-fixture';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const text = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const seed = seedBriefing(text, createHash('sha256').update(text).digest('hex'));
const env = { now: '2026-11-25T17:00:00.000Z', appVersion: '0.1.0' };

describe('toMarkdown', () => {
  it('opens with YAML front matter whose strings are JSON-quoted', () => {
    const md = toMarkdown(
      { ...seed, briefing: { ...seed.briefing, title: 'A "quoted": title\n# not a key' } },
      { notes: 'none' },
      env,
    );
    const front = md.split('\n---\n')[0].split('\n');
    expect(front[0]).toBe('---');
    expect(front).toContain('title: "A \\"quoted\\": title\\n# not a key"');
    expect(front).toContain('handling: "TLP:AMBER"');
    expect(front).toContain(`article-sha256: "${seed.article.sha256}"`);
    expect(front).toContain('verified: false');
  });

  it('says what the publisher said about verification, and does not read silence as "not verified"', () => {
    const md = toMarkdown(seed, { notes: 'none' }, env);
    expect(md).toContain('**Verification:** Not verified: the publisher says so in its disclaimer');
    const silent = toMarkdown(
      {
        ...seed,
        briefing: { ...seed.briefing, source: { ...seed.briefing.source, disclaimer: null } },
      },
      { notes: 'none' },
      env,
    );
    expect(silent).toContain(
      '**Verification:** Not stated: the article says nothing about verification',
    );
    expect(silent).not.toMatch(/not verified/i);
  });

  it("marks the analyst's rewrites as their wording, and nothing else", () => {
    const [section] = seed.briefing.sections;
    const [item, other] = section.items;
    const rewritten = {
      ...seed,
      briefing: {
        ...seed.briefing,
        sections: [
          {
            ...section,
            items: [
              { ...item, text: 'My wording.', rewrite: { at: env.now, generated: item.text } },
              ...section.items.slice(1),
            ],
          },
          ...seed.briefing.sections.slice(1),
        ],
      },
    };
    const md = toMarkdown(rewritten, { notes: 'none' }, env);
    expect(md).toContain('1. My wording\\. *(analyst’s wording)*[^');
    expect(md.match(/analyst’s wording/g)).toHaveLength(1);
    expect(md).toContain(other.text.slice(0, 20));
  });

  it('uses the handling option over the file handling', () => {
    const md = toMarkdown(seed, { notes: 'none', handling: 'TLP:RED' }, env);
    expect(md).toContain('**TLP\\:RED**');
    expect(md).not.toContain('AMBER');
  });

  it('lays out the classic briefing in order', () => {
    const md = toMarkdown(seed, { notes: 'all' }, env);
    const order = [
      '**TLP\\:AMBER**',
      '# Turkey',
      '**Dateline:** 8 September 2025',
      '> **Bottom line**',
      '## 1\\. Key developments',
      '## 4\\. Concerns',
      '## Actors',
      '## Timeline',
      '## Key figures',
      '## Source and reliability',
      '## Analyst notes',
      '### Colour legend',
      '## Source excerpts',
      '*Provenance:*',
    ];
    let at = -1;
    for (const marker of order) {
      const next = md.indexOf(marker, at + 1);
      expect(next, marker).toBeGreaterThan(at);
      at = next;
    }
  });

  it('cites sources as footnotes that quote the article span', () => {
    const md = toMarkdown(seed, { notes: 'none' }, env);
    const refs = [...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
    const defs = [...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => Number(m[1]));
    expect(new Set(refs)).toEqual(new Set(defs));
    expect(defs).toEqual(defs.map((_, i) => i + 1));
    expect(md).toMatch(
      /^\[\^\d+\]: “President Recep Tayyip Erdoğan has repeatedly emphasised Turkey’s role as a guarantor of regional security\\.”$/m,
    );
  });

  it('leaves every note out of a clean export', () => {
    const md = toMarkdown(seed, { notes: 'none' }, env);
    expect(md).not.toContain('Analyst notes');
    for (const a of seed.annotations) expect(md).not.toContain(a.body.note.slice(0, 20));
  });

  it('carries shared notes only under the shared profile, and marks private ones under all', () => {
    const shared = toMarkdown(seed, { notes: 'shared' }, env);
    expect(shared).toContain('Confirms the August accord');
    expect(shared).not.toContain('Private source suggests');
    const all = toMarkdown(seed, { notes: 'all' }, env);
    expect(all).toContain('Private source suggests');
    expect(all).toMatch(/🔒 Private[^\n]*\n\n> advanced air defence systems/);
    expect(all).toMatch(
      /### Orphaned notes[\s\S]*Check the Amnesty figure[\s\S]*\*Status:\* orphaned/,
    );
  });

  it('gives an orphan the right reason: words gone, or words there but ambiguous', () => {
    const orphan = (id: string, exact: string) =>
      note(id, `Note on ${exact}`, exact, 0, { status: 'orphaned', visibility: 'shared' });
    const file = {
      ...seed,
      annotations: [orphan('gone', 'words from another article'), orphan('many', 'Ankara')],
    };
    const md = toMarkdown(file, { notes: 'shared' }, env);
    const count = text.split('Ankara').length - 1;
    expect(count).toBeGreaterThan(1);
    const statusOf = (exact: string) =>
      new RegExp(`Note on ${exact}\\n\\n[^\\n]*\\*Status:\\* ([^\\n]*)`).exec(md)?.[1];
    expect(statusOf('words from another article')).toBe(
      'orphaned (its words are no longer in the text)',
    );
    expect(statusOf('Ankara')).toBe(
      `orphaned (its words occur ${count} times in the text; which one it was on cannot be told)`,
    );
  });

  it('says so when the words under a note are no longer the ones it was written on', () => {
    const [first] = seed.annotations;
    const { start, end } = first.target.position;
    const moved = {
      ...first,
      status: 'moved' as const,
      target: { ...first.target, quote: { ...first.target.quote, exact: 'older words' } },
    };
    const md = toMarkdown({ ...seed, annotations: [moved] }, { notes: 'all' }, env);
    expect(md).toContain('> older words');
    expect(md).toContain('*The text changed; the note is now on:* “');
    expect(md).toContain(text.slice(start, end).slice(0, 12));
    const same = toMarkdown({ ...seed, annotations: [first] }, { notes: 'all' }, env);
    expect(same).not.toContain('The text changed');
  });

  it('lists notes in reading order: generated items first, then the article by position', () => {
    const [first, second] = seed.annotations;
    const onItem = {
      ...first,
      id: 'on-item',
      target: { ...first.target, blockId: 's2-1' },
      body: { ...first.body, note: 'About the memorandum claim.' },
    };
    const file = { ...seed, annotations: [second, first, onItem] };
    const md = toMarkdown(file, { notes: 'all' }, env);
    const at = (t: string) => md.indexOf(t);
    expect(at('About the memorandum claim')).toBeLessThan(at(first.body.note.slice(0, 20)));
    expect(at(first.body.note.slice(0, 20))).toBeLessThan(at(second.body.note.slice(0, 20)));
    expect(md).toContain('on Section 2\\, claim 1');
  });

  it('is deterministic for the same input and env', () => {
    expect(toMarkdown(seed, { notes: 'all' }, env)).toBe(toMarkdown(seed, { notes: 'all' }, env));
  });
});

/**
 * Articles the renderer was handed as a file (drop, file input) and articles main opens from
 * the import dialog are decoded the same way: by their bytes, not as UTF-8 text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenBriefing } from './contract';
import { openSeedDispatcher, value, type SeedDispatcher } from './testing/seed-dispatcher';

// "Ankara’s “new” air defence — in talks since July, says Müller." in Windows-1252.
const LEGACY = Buffer.concat([
  Buffer.from('Ankara', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from('s ', 'latin1'),
  Buffer.from([0x93]),
  Buffer.from('new', 'latin1'),
  Buffer.from([0x94]),
  Buffer.from(' air defence ', 'latin1'),
  Buffer.from([0x97]),
  Buffer.from(' in talks since July, says M\xfcller.', 'latin1'),
]);
const LEGACY_TEXT = 'Ankara’s “new” air defence — in talks since July, says Müller.';

let seed: SeedDispatcher;
let chosen: string | null = null;
beforeEach(async () => {
  seed = await openSeedDispatcher('article-decode-', {
    chooseOpenPath: () => Promise.resolve(chosen),
  });
});
afterEach(() => seed.close());

const decode = (fileName: string, bytes: Uint8Array) =>
  seed.dispatcher.dispatch('article:decode', {
    fileName,
    base64: Buffer.from(bytes).toString('base64'),
  });

describe('article:decode', () => {
  it('reads Windows-1252 bytes as the characters they stand for', async () => {
    expect(value<string>(await decode('legacy.txt', LEGACY))).toBe(LEGACY_TEXT);
  });

  it('keeps UTF-8 as UTF-8 and honours a declared HTML charset', async () => {
    expect(value<string>(await decode('a.txt', Buffer.from(LEGACY_TEXT, 'utf8')))).toBe(
      LEGACY_TEXT,
    );
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Z\xfcrich ', 'latin1'),
      Buffer.from('</p></body></html>', 'latin1'),
    ]);
    expect(value<string>(await decode('page.html', html))).toContain('<p>Zürich ');
  });

  it('refuses a binary file and an oversized one with a sentence naming the file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const binary = await decode('photo.txt', png);
    expect(binary.ok).toBe(false);
    if (!binary.ok) {
      expect(binary.error.code).toBe('binary');
      expect(binary.error.message).toMatch(/^photo\.txt looks like a binary file/);
    }
    const big = await decode('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect(!big.ok && big.error.code).toBe('too-large');
  });

  it('says in words that an empty file has no article text', async () => {
    const r = await decode('blank.txt', Buffer.from('  \n\n '));
    expect(!r.ok && r.error.code).toBe('empty');
    expect(!r.ok && r.error.message).toBe('blank.txt is empty: there is no article text in it.');
  });

  it('refuses a payload that is not base64', async () => {
    const r = await seed.dispatcher.dispatch('article:decode', {
      fileName: 'a.txt',
      base64: 'not base64!',
    });
    expect(!r.ok && r.error.code).toBe('invalid-payload');
  });
});

describe('library:import', () => {
  it('imports a second article under the same name as a new file while the first is open', async () => {
    const first = value<OpenBriefing>(
      await seed.dispatcher.dispatch('library:import', {
        fileName: 'pasted-article.txt',
        text: 'Ankara hosted talks on Monday.\n\nThe talks covered air defence.',
      }),
    );
    const second = value<OpenBriefing>(
      await seed.dispatcher.dispatch('library:import', {
        fileName: 'pasted-article.txt',
        text: 'Lisbon opened a new metro line on Tuesday.\n\nIt links the airport.',
      }),
    );
    expect(first.path).toMatch(/pasted-article\.briefing\.json$/);
    expect(second.path).toMatch(/pasted-article-2\.briefing\.json$/);
    expect(second.file.article.text).toContain('Lisbon');
  });
});

describe('library:choose-import', () => {
  it('decodes the chosen file by its bytes (it used to read every file as UTF-8)', async () => {
    chosen = join(seed.dir, 'legacy.txt');
    await writeFile(chosen, Buffer.concat([LEGACY, Buffer.from('\n\nMore talks follow.')]));
    const opened = value<OpenBriefing>(
      await seed.dispatcher.dispatch('library:choose-import', undefined),
    );
    expect(opened.file.article.text).toContain(LEGACY_TEXT);
  });

  it('refuses a binary file with the same sentence and imports nothing', async () => {
    chosen = join(seed.dir, 'photo.txt');
    await writeFile(chosen, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const r = await seed.dispatcher.dispatch('library:choose-import', undefined);
    expect(!r.ok && r.error.message).toMatch(/photo\.txt looks like a binary file/);
    const list = value<unknown[]>(await seed.dispatcher.dispatch('library:list', undefined));
    expect(list).toHaveLength(1);
  });
});

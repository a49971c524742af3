/** Messages for common slips: each says what is wrong and what to type instead. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapturing } from './cli-harness';

const root = resolve(import.meta.dirname, '../..');
const seed = join(root, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt');

describe('wording of common slips', () => {
  it('generate -o <folder> suggests a file inside the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wording-'));
    await mkdir(join(dir, 'somedir'));
    await writeFile(join(dir, 'art.txt'), 'Ankara, 8 September. Turkey and Syria met.\n');
    const run = await runCapturing(['generate', 'art.txt', '-o', 'somedir'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `briefing generate: ${join(dir, 'somedir')} is a folder; to write the briefing in it, use -o somedir/art.briefing.json.\n`,
    );
  });

  it.skipIf(!existsSync('/sys/kernel'))(
    'generate into a folder that takes no writes says so',
    async () => {
      const out = '/sys/x.briefing.json';
      const run = await runCapturing(['generate', seed, '-o', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^briefing generate: Cannot write \/sys\/x\.briefing\.json: the folder \/sys is not writable \(E(PERM|ACCES|ROFS)\)\.\n$/,
      );
    },
  );

  it('annotate --block with an actor id lists the ids that take notes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wording-'));
    const file = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', file])).code).toBe(0);
    const run = await runCapturing(['annotate', file, '-q', 'Ankara', '--block', 'actor-1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^briefing annotate: This briefing has no annotatable block "actor-1"\. Notes go on "article" or on a BLUF, section, timeline or key-figure item: bluf-1, /,
    );
    expect(run.stderr.split('item: ')[1]).not.toContain('actor-');
  });

  it('list and check word a damaged file the same way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wording-'));
    const bad = join(dir, 'bad.briefing.json');
    await writeFile(bad, Buffer.from([0xff, 0xfe, 0x7b]));
    const check = await runCapturing(['check', bad, '--json']);
    const list = await runCapturing(['list', '--data-dir', dir, '--json']);
    const checked = JSON.parse(check.stdout) as { message: string };
    const [listed] = JSON.parse(list.stdout) as { error: { message: string } }[];
    expect(listed.error.message).toBe(checked.message);
    expect(checked.message).not.toContain('looks like an article');
    // An article saved under a briefing's name is still called one, by both.
    const article = join(dir, 'article.briefing.json');
    await writeFile(article, await readFile(seed));
    const checkedArticle = JSON.parse((await runCapturing(['check', article, '--json'])).stdout);
    expect(checkedArticle.message).toContain('it looks like an article');
  });

  it('generate --force over a damaged file says "left untouched" once, not also "not replaced"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wording-'));
    const bad = join(dir, 'bad.briefing.json');
    await writeFile(bad, '{"schemaVersion": 2, "id": ');
    const run = await runCapturing(['generate', seed, '-o', bad, '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The file was left untouched; there is no backup of it.');
    expect(run.stderr).not.toContain('It was not replaced');
    expect(await readFile(bad, 'utf8')).toBe('{"schemaVersion": 2, "id": ');
  });
});

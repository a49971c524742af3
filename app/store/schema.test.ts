import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEGEND } from '../core/annotation';
import { CURRENT_SCHEMA_VERSION } from '../core/briefing-file';
import { StoreError } from './errors';
import { MIGRATED_HANDLING, migrateV1ToV2 } from './migrations';
import {
  briefingFileV1Schema,
  briefingFileV2Schema,
  parseBriefingBytes,
  parseBriefingFile,
} from './schema';
import { sampleBriefingFile } from './testing/sample-briefing';
import { repoRoot } from './testing/temp-dir';

const fixture = (name: string): Buffer => readFileSync(path.join(repoRoot, 'data/fixtures', name));

function errorOf(run: () => unknown): StoreError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a StoreError');
}

describe('parseBriefingFile', () => {
  it('accepts a current file and returns it unchanged (unknown keys kept)', () => {
    const data = { ...sampleBriefingFile(), addedLater: { keep: true } };
    const parsed = parseBriefingFile(data);
    expect(parsed).toBe(data);
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it("takes an analyst's rewrite on an item, and names a malformed one", () => {
    const file = sampleBriefingFile();
    const [section] = file.briefing.sections;
    const [item] = section.items;
    const withRewrite = structuredClone(file);
    withRewrite.briefing.sections[0].items[0] = {
      ...item,
      text: 'My wording.',
      rewrite: { at: '2026-01-01T00:00:00.000Z', generated: item.text },
    };
    expect(parseBriefingFile(withRewrite)).toBe(withRewrite);
    const bad = structuredClone(withRewrite) as unknown as {
      briefing: { sections: { items: { rewrite: unknown }[] }[] };
    };
    bad.briefing.sections[0].items[0].rewrite = { at: 'x', generated: 5 };
    expect(errorOf(() => parseBriefingFile(bad)).message).toMatch(/rewrite/);
  });

  it('names the field that is wrong', () => {
    const data = sampleBriefingFile();
    (data.annotations[1].body as { colour: unknown }).colour = 7;
    const error = errorOf(() => parseBriefingFile(data, 'x.briefing.json'));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(
      /^x\.briefing\.json is not a valid briefing file \(annotations\[1\]\.body\.colour: /,
    );
  });

  it('rejects foreign JSON as not-briefing and a newer schema as future-version', () => {
    expect(
      errorOf(() => parseBriefingFile({ name: 'pkg', version: '1.0.0' }, 'package.json')).code,
    ).toBe('not-briefing');
    expect(errorOf(() => parseBriefingFile([1, 2])).code).toBe('not-briefing');
    const future = errorOf(() =>
      parseBriefingFile({ ...sampleBriefingFile(), schemaVersion: 3 }, 'f.json'),
    );
    expect(future.code).toBe('future-version');
    expect(future.message).toContain('newer Briefing Desk');
  });

  it('rejects spans whose start is after their end', () => {
    const data = sampleBriefingFile();
    data.briefing.bluf[0].sources[0] = { start: 9, end: 3 };
    expect(errorOf(() => parseBriefingFile(data)).code).toBe('invalid');
  });
});

describe('parseBriefingBytes', () => {
  it('explains empty, NUL-filled and truncated files', () => {
    expect(errorOf(() => parseBriefingBytes(Buffer.alloc(0), 'a.json')).message).toContain(
      'a.json is empty (0 bytes)',
    );
    const nul = errorOf(() => parseBriefingBytes(Buffer.alloc(4096), 'b.json'));
    expect(nul.code).toBe('not-json');
    expect(nul.message).toContain('only zero bytes');
    const bytes = fixture('v2.briefing.json');
    const truncated = errorOf(() => parseBriefingBytes(bytes.subarray(0, 1234), 'c.json'));
    expect(truncated.code).toBe('not-json');
    expect(truncated.message).toMatch(/^c\.json is not valid JSON \(unexpected end at byte 1234\)/);
  });
});

describe('migration v1 → v2', () => {
  it('migrates the v1 fixture to a valid v2 file', () => {
    const v1 = JSON.parse(fixture('v1.briefing.json').toString('utf8')) as unknown;
    expect(briefingFileV1Schema.safeParse(v1).success).toBe(true);
    const { file, storedVersion } = parseBriefingBytes(
      fixture('v1.briefing.json'),
      'v1.briefing.json',
    );
    expect(storedVersion).toBe(1);
    expect(briefingFileV2Schema.safeParse(file).success).toBe(true);
    expect(file.schemaVersion).toBe(2);
    expect(file.handling).toBe(MIGRATED_HANDLING);
    expect(file.sourceGrade).toBeNull();
    expect(file.annotations.map((a) => a.body.colour)).toEqual(['fact', 'assessment', 'rumour']);
    expect(file.annotations.every((a) => !('colour' in a))).toBe(true);
    // The default legend, plus the key only the v1 file used.
    expect(file.legend.map((l) => l.key)).toEqual([...DEFAULT_LEGEND.map((l) => l.key), 'rumour']);
    // Notes survive word for word.
    const notes = (v1 as { annotations: { body: { note: string } }[] }).annotations.map(
      (a) => a.body.note,
    );
    expect(file.annotations.map((a) => a.body.note)).toEqual(notes);
  });

  it('matches the v2 fixture apart from the fields v1 could not hold', () => {
    const fromV1 = parseBriefingBytes(fixture('v1.briefing.json'), 'v1').file;
    const v2 = parseBriefingBytes(fixture('v2.briefing.json'), 'v2').file;
    expect(fromV1.article).toEqual(v2.article);
    expect(fromV1.briefing).toEqual(v2.briefing);
    expect(fromV1.annotations.slice(0, 2)).toEqual(v2.annotations.slice(0, 2));
  });

  it('does not mutate its input and is deterministic', () => {
    const v1 = briefingFileV1Schema.parse(JSON.parse(fixture('v1.briefing.json').toString('utf8')));
    const before = JSON.stringify(v1);
    expect(migrateV1ToV2(v1)).toEqual(migrateV1ToV2(v1));
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('validates v1 files before migrating them', () => {
    const v1 = JSON.parse(fixture('v1.briefing.json').toString('utf8')) as {
      annotations: { colour?: string }[];
    };
    delete v1.annotations[0].colour;
    expect(errorOf(() => parseBriefingFile(v1)).code).toBe('invalid');
  });
});

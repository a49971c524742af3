import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { createAnnotation } from './create';
import { toW3CAnnotation, toW3CCollection } from './w3c';
import { fromW3CAnnotation, importW3C, mergeImported, parseW3C } from './w3c-import';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/w3c-annotation');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * The W3C test suite's "annotationMusts" assertions (wpt annotation-model/annotations/
 * annotationMusts.test) composed into one draft-04 schema over the shared definitions.
 */
const annotationMusts = (withContext: boolean) => ({
  type: 'object',
  allOf: [
    ...(withContext
      ? [
          {
            required: ['@context'],
            properties: {
              '@context': {
                oneOf: [
                  { $ref: 'annotations.json#/definitions/contextValueFound' },
                  { $ref: 'annotations.json#/definitions/contextValueInArrayFound' },
                ],
              },
            },
          },
        ]
      : []),
    { $ref: 'id.json#/definitions/idValueFound' },
    { $ref: 'annotations.json#/definitions/annotationTypeValueFound' },
    { required: ['target'] },
    {
      properties: {
        target: {
          oneOf: [
            { $ref: 'bodyTarget.json#/definitions/targetResourcesFound' },
            { type: 'array', items: { $ref: 'bodyTarget.json#/definitions/targetResourcesFound' } },
          ],
        },
        body: {
          oneOf: [
            { $ref: 'bodyTarget.json#/definitions/bodyResourcesFound' },
            { type: 'array', items: { $ref: 'bodyTarget.json#/definitions/bodyResourcesFound' } },
          ],
        },
      },
    },
    { not: { required: ['body', 'bodyValue'] } },
    { $ref: 'annotations.json#/definitions/bodyValueValidIfPresent' },
    { $ref: 'annotations.json#/definitions/motivationRecognizedIfPresent' },
    { $ref: 'otherProperties.json#/definitions/createdValidIfPresent' },
    { $ref: 'otherProperties.json#/definitions/modifiedValidIfPresent' },
    { $ref: 'otherProperties.json#/definitions/generatedValidIfPresent' },
    { $ref: 'otherProperties.json#/definitions/rightsValidIfPresent' },
    { $ref: 'otherProperties.json#/definitions/canonicalValidIfPresent' },
    { $ref: 'otherProperties.json#/definitions/viaValidIfPresent' },
  ],
});

function buildValidators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const definitions = path.join(fixtures, 'definitions');
  const files = readdirSync(definitions).filter((f) => f.endsWith('.json'));
  for (const file of files) ajv.addSchema(readJson(path.join(definitions, file)) as object, file);
  const item = ajv.compile(annotationMusts(false));
  return {
    files,
    annotation: ajv.compile(annotationMusts(true)),
    collection: ajv.compile({
      allOf: [
        {
          required: ['@context'],
          properties: {
            '@context': {
              oneOf: [
                { $ref: 'collections.json#/definitions/contextValueFound' },
                { $ref: 'collections.json#/definitions/contextValueInArrayFound' },
              ],
            },
          },
        },
        { $ref: 'id.json#/definitions/idValueFound' },
        { $ref: 'collections.json#/definitions/annotationCollectionTypeValueFound' },
        { $ref: 'collections.json#/definitions/totalFound' },
        { $ref: 'collections.json#/definitions/firstValidIfPresent' },
        { $ref: 'collections.json#/definitions/labelDefinition' },
      ],
    }),
    page: ajv.compile({
      allOf: [
        { $ref: 'collections.json#/definitions/annotationPageTypeValueFound' },
        { $ref: 'collections.json#/definitions/itemsFound' },
      ],
    }),
    item,
  };
}

const validators = buildValidators();
const explain = (errors: unknown) => JSON.stringify(errors, null, 1)?.slice(0, 2000);

const text =
  'Ankara confirmed on Monday that talks with Damascus had resumed after a pause of two years.';
const source = { briefingId: 'brief-7', articleSha256: 'a'.repeat(64) };

function make(
  id: string,
  start: number,
  end: number,
  extra: Partial<Parameters<typeof createAnnotation>[0]> = {},
): Annotation {
  const result = createAnnotation({
    id,
    blockId: 'article',
    blockText: text,
    start,
    end,
    now: '2025-01-02T03:04:05.000Z',
    ...extra,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const sample: Annotation[] = [
  make('n1', 0, 6, {
    note: 'Who in Ankara? *Check*',
    tags: ['turkey', 'talks'],
    colour: 'assessment',
    credibility: 2,
    confidence: 'high',
  }),
  make('n2', 31, 65, { visibility: 'shared' }),
  make('n/3 odd:id', 70, 90, {
    note: 'Raw <b>html</b> stays text',
    tags: ['gap'],
    colour: 'gap',
    confidence: 'low',
  }),
];

describe('the composed W3C validator itself', () => {
  it('loads all 21 definition files', () => {
    expect(validators.files).toHaveLength(21);
  });

  const correct = path.join(fixtures, 'examples/correct');
  for (const file of readdirSync(correct).filter((f) => /^anno\d+\.json$/.test(f))) {
    it(`accepts examples/correct/${file}`, () => {
      const ok = validators.annotation(readJson(path.join(correct, file)));
      expect(ok, explain(validators.annotation.errors)).toBe(true);
    });
  }

  it('accepts every item of examples/correct/collection1.json and the collection itself', () => {
    const collection = readJson(path.join(correct, 'collection1.json')) as {
      first: { items: unknown[] };
    };
    expect(validators.collection(collection), explain(validators.collection.errors)).toBe(true);
    expect(validators.page(collection.first), explain(validators.page.errors)).toBe(true);
    collection.first.items.forEach((item, i) =>
      expect(validators.item(item), `item ${i}: ${explain(validators.item.errors)}`).toBe(true),
    );
  });

  for (const file of ['anno40.json', 'ianno1a.json']) {
    it(`rejects examples/incorrect/${file}`, () => {
      expect(validators.annotation(readJson(path.join(fixtures, 'examples/incorrect', file)))).toBe(
        false,
      );
    });
  }
});

describe('export', () => {
  it('produces annotations that pass the W3C validator', () => {
    for (const annotation of sample) {
      const exported = toW3CAnnotation(annotation, source);
      expect(validators.annotation(exported), explain(validators.annotation.errors)).toBe(true);
    }
  });

  it('produces a collection, page and items that pass the W3C validator', () => {
    const collection = toW3CCollection(sample, source);
    expect(validators.collection(collection), explain(validators.collection.errors)).toBe(true);
    expect(validators.page(collection.first), explain(validators.page.errors)).toBe(true);
    for (const item of collection.first!.items)
      expect(validators.item(item), explain(validators.item.errors)).toBe(true);
    expect(validators.collection(toW3CCollection([], source))).toBe(true);
  });

  it('writes the note as text/markdown, tags as tagging bodies and the colour as classifying', () => {
    const exported = toW3CAnnotation(sample[0], source);
    expect(exported.id).toBe('urn:briefing-desk:brief-7:n1');
    expect(exported.body).toEqual([
      {
        type: 'TextualBody',
        value: 'Who in Ankara? *Check*',
        format: 'text/markdown',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'turkey', purpose: 'tagging' },
      { type: 'TextualBody', value: 'talks', purpose: 'tagging' },
      { type: 'TextualBody', value: 'assessment', purpose: 'classifying' },
    ]);
    expect(exported.target.source).toBe(`urn:sha256:${'a'.repeat(64)}#article`);
    expect(exported.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(exported['bd:credibility']).toBe(2);
  });
});

describe('import', () => {
  it('round-trips export → import to equal annotations (collection, single, array)', () => {
    const options = { now: '2030-01-01T00:00:00.000Z' };
    const fromCollection = parseW3C(JSON.stringify(toW3CCollection(sample, source)), options);
    expect(fromCollection).toEqual({
      ok: true,
      value: { annotations: sample, skipped: [], adjusted: [] },
    });
    const fromArray = parseW3C(
      sample.map((a) => toW3CAnnotation(a, source)),
      options,
    );
    expect(fromArray.ok && fromArray.value.annotations).toEqual(sample);
    const single = fromW3CAnnotation(toW3CAnnotation(sample[2], source), options);
    expect(single).toEqual({ ok: true, value: sample[2] });
  });

  it('importing the same file twice adds nothing the second time', () => {
    const file = JSON.stringify(toW3CCollection(sample, source));
    const first = importW3C([], file, { now: 'x' });
    expect(first.ok && first.value.added).toBe(3);
    const second = importW3C(first.ok ? first.value.annotations : [], file, { now: 'x' });
    expect(second.ok && second.value).toMatchObject({ added: 0, duplicates: 3 });
    expect(second.ok && second.value.annotations).toEqual(sample);
  });

  it('treats the same target and body under another id as a duplicate', () => {
    const copy = { ...sample[1], id: 'other-id' };
    expect(mergeImported(sample, [copy])).toMatchObject({ added: 0, duplicates: 1 });
  });

  it('reads a foreign annotation with a TextQuoteSelector and bodyValue, locating the quote', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno99',
      type: 'Annotation',
      bodyValue: 'Interesting claim',
      target: {
        source: 'http://example.org/page1',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'talks with Damascus',
          prefix: 'Monday that ',
          suffix: ' had',
        },
      },
    };
    const result = fromW3CAnnotation(foreign, { now: 'T', blockText: () => text });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'http://example.org/anno99',
      target: { blockId: 'article', position: { start: 32, end: 51 } },
      body: { note: 'Interesting claim', tags: [], colour: 'fact' },
      status: 'anchored',
      created: 'T',
    });
  });

  it('reads the W3C examples that carry a TextQuoteSelector (anno23, refinedBy in anno29)', () => {
    for (const file of ['anno23.json', 'anno29.json']) {
      const parsed = parseW3C(readJson(path.join(fixtures, 'examples/correct', file)), {
        now: 'T',
      });
      expect(parsed.ok, file).toBe(true);
    }
  });

  it('fits foreign values to this briefing: legend colour, unreadable dates', () => {
    const legend = ['fact', 'disputed'];
    const foreign = {
      id: 'https://example.org/anno/7',
      type: 'Annotation',
      created: 'not a date',
      modified: '2025-13-45T99:00:00Z',
      body: [
        { type: 'TextualBody', value: 'Checked', purpose: 'commenting' },
        { type: 'TextualBody', value: 'purple', purpose: 'classifying' },
      ],
      target: { selector: { type: 'TextQuoteSelector', exact: 'talks with Damascus' } },
    };
    const parsed = parseW3C([foreign], {
      now: '2030-01-01T00:00:00.000Z',
      legend,
      blockText: () => text,
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.annotations[0]).toMatchObject({
      body: { note: 'Checked', colour: 'fact' },
      created: '2030-01-01T00:00:00.000Z',
      updated: '2030-01-01T00:00:00.000Z',
    });
    expect(parsed.value.adjusted.map((a) => a.message)).toEqual([
      'colour "purple" is not in this briefing\'s legend; used "fact"',
      '"created" is not a date and time; used the import time',
      '"modified" is not a date and time; used the import time',
    ]);
  });

  it('skips an empty foreign annotation on another document instead of storing an empty orphan', () => {
    const elsewhere = {
      id: 'http://example.org/anno23',
      type: 'Annotation',
      body: 'http://example.org/comment1',
      target: {
        source: 'http://example.org/page1',
        selector: { type: 'TextQuoteSelector', exact: 'annotation', prefix: 'this ' },
      },
    };
    const withNote = { ...elsewhere, id: 'http://example.org/anno24', bodyValue: 'keep me' };
    const parsed = parseW3C([elsewhere, withNote], { now: 'T', blockText: () => text });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.annotations.map((a) => [a.id, a.status])).toEqual([
      ['http://example.org/anno24', 'orphaned'],
    ]);
    expect(parsed.value.skipped).toEqual([
      {
        index: 0,
        message:
          'Annotation http://example.org/anno23 has no note or tags Briefing Desk can read (its body http://example.org/comment1 is a link, not text), and its words are not in this briefing (it is about another document).',
      },
    ]);
  });

  it('returns errors as values for invalid input', () => {
    expect(parseW3C('{not json', { now: 'T' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-json' },
    });
    expect(parseW3C({ hello: 1 }, { now: 'T' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-annotation' },
    });
    expect(
      parseW3C(readJson(path.join(fixtures, 'examples/incorrect/ianno1a.json')), { now: 'T' }),
    ).toMatchObject({ ok: false });
    const noQuote = parseW3C(
      { id: 'x', type: 'Annotation', target: 'http://example.org/p' },
      { now: 'T' },
    );
    expect(noQuote).toMatchObject({ ok: false, error: { code: 'invalid-annotation' } });
    const mixed = parseW3C([toW3CAnnotation(sample[0], source), { type: 'Annotation' }], {
      now: 'T',
    });
    expect(mixed.ok && mixed.value.skipped).toEqual([
      { index: 1, message: 'An annotation has no id.' },
    ]);
  });
});

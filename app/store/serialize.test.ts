import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../core/annotation';
import type { BriefingFile } from '../core/briefing-file';
import { BriefingSerializer, freezeAnnotations } from './serialize';
import { sampleAnnotation, sampleBriefingFile } from './testing/sample-briefing';

const exact = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const joined = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8');

/** Strings that exercise escaping: quotes, backslashes, newlines, control and astral characters. */
const awkward = fc.string({
  unit: fc.constantFrom('a', ' ', '"', '\\', '\n', '\t', '\u0000', '\u2028', 'é', '😀', '}', ','),
});

const annotationArb = fc
  .record({
    index: fc.nat(10_000),
    note: awkward,
    tags: fc.array(awkward, { maxLength: 3 }),
    credibility: fc.option(
      fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<Annotation['credibility']>,
      { nil: undefined },
    ),
  })
  .map(({ index, note, tags, credibility }): Annotation => {
    const base = sampleAnnotation(index);
    return { ...base, body: { ...base.body, note, tags }, credibility };
  });

type Op =
  | { kind: 'push'; annotation: Annotation }
  | { kind: 'replace'; at: number; note: string }
  | { kind: 'remove'; at: number }
  | { kind: 'reverse' }
  | { kind: 'title'; title: string }
  | { kind: 'extra'; value: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  annotationArb.map((annotation) => ({ kind: 'push' as const, annotation })),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), note: awkward }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.constant({ kind: 'reverse' as const }),
  fc.record({ kind: fc.constant('title' as const), title: awkward }),
  fc.record({ kind: fc.constant('extra' as const), value: awkward }),
);

function apply(data: BriefingFile, op: Op): void {
  const list = data.annotations;
  switch (op.kind) {
    case 'push':
      list.push(op.annotation);
      return;
    case 'replace': {
      if (list.length === 0) return;
      const at = op.at % list.length;
      const old = list[at];
      list[at] = { ...old, body: { ...old.body, note: op.note } };
      return;
    }
    case 'remove':
      if (list.length > 0) list.splice(op.at % list.length, 1);
      return;
    case 'reverse':
      list.reverse();
      return;
    case 'title':
      data.briefing.title = op.title;
      return;
    case 'extra':
      (data as unknown as Record<string, unknown>)['extra'] = {
        value: op.value,
        list: [op.value, 1, null],
      };
      return;
    default:
      return assertNever(op);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}

describe('BriefingSerializer', () => {
  it('is byte-identical to JSON.stringify(data, null, 2) for the sample', () => {
    for (const count of [0, 1, 5]) {
      const data = sampleBriefingFile({ annotations: count });
      expect(joined(new BriefingSerializer().serialize(data))).toBe(exact(data));
    }
  });

  it('stays byte-identical across any sequence of edits (cache reused between saves)', () => {
    fc.assert(
      fc.property(
        fc.array(annotationArb, { maxLength: 6 }),
        fc.array(fc.array(opArb, { maxLength: 4 }), { maxLength: 8 }),
        (initial, saves) => {
          const data = freezeAnnotations({
            ...sampleBriefingFile({ annotations: 0 }),
            annotations: initial,
          });
          const serializer = new BriefingSerializer();
          expect(joined(serializer.serialize(data))).toBe(exact(data));
          for (const ops of saves) {
            for (const op of ops) apply(data, op);
            expect(joined(serializer.serialize(data))).toBe(exact(data));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('freezes what it caches, so a cached annotation cannot go stale', () => {
    const data = sampleBriefingFile({ annotations: 2 });
    new BriefingSerializer().serialize(data);
    expect(Object.isFrozen(data.annotations[0].body)).toBe(true);
    expect(() => {
      (data.annotations[0].body as { note: string }).note = 'changed in place';
    }).toThrow(TypeError);
    expect(Object.isFrozen(data.annotations)).toBe(false);
  });
});

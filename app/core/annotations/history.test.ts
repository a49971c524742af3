import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { createAnnotation } from './create';
import { applyOp, canRedo, canUndo, emptyHistory, redo, undo } from './history';
import type { AnnotationOp, History } from './history';

const text = 'The minister said the deal was good for both sides, officials added on Monday.';

function make(id: string, start: number, end: number): Annotation {
  const made = createAnnotation({
    id,
    blockId: 'article',
    blockText: text,
    start,
    end,
    now: '2025-01-01T00:00:00Z',
    credibility: 3,
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

const opArb = (ids: string[]): fc.Arbitrary<AnnotationOp> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...ids, 'new-a', 'new-b'), fc.nat({ max: 40 }), fc.nat({ max: 30 }))
      .map(([id, s, l]) => ({
        kind: 'add' as const,
        annotation: make(id, s, s + 1 + l),
      })),
    fc
      .tuple(
        fc.constantFrom(...ids),
        fc.string(),
        fc.option(fc.constantFrom<1 | 2 | 6>(1, 2, 6)),
        fc.constantFrom<'private' | 'shared'>('private', 'shared'),
      )
      .map(([id, note, credibility, visibility]) => ({
        kind: 'edit' as const,
        id,
        now: '2025-02-02T00:00:00Z',
        patch: {
          body: { note, tags: [note.slice(0, 3)] },
          credibility,
          visibility,
          confidence: note.length % 2 ? ('low' as const) : null,
        },
      })),
    fc.constantFrom(...ids).map((id) => ({ kind: 'delete' as const, id })),
    fc.constantFrom(...ids).map((id) => ({
      kind: 'edit' as const,
      id,
      now: '2025-03-03T00:00:00Z',
      patch: { target: make('tmp', 4, 12).target },
    })),
  );

describe('history', () => {
  it('(c) undo restores each previous state exactly and redo replays it, for any op sequence', () => {
    const ids = ['a', 'b', 'c'];
    fc.assert(
      fc.property(fc.array(opArb(ids), { maxLength: 25 }), (ops) => {
        let annotations: Annotation[] = [make('a', 0, 3), make('b', 4, 12), make('c', 18, 22)];
        let history: History = emptyHistory();
        const states: Annotation[][] = [structuredClone(annotations)];
        for (const op of ops) {
          const before = structuredClone(annotations);
          const result = applyOp(annotations, history, op);
          if (!result.ok) {
            expect(annotations).toStrictEqual(before);
            continue;
          }
          ({ annotations, history } = result.value);
          states.push(structuredClone(annotations));
        }
        const last = structuredClone(annotations);
        for (let i = states.length - 2; i >= 0; i--) {
          ({ annotations, history } = undo(annotations, history));
          expect(annotations).toStrictEqual(states[i]);
        }
        expect(canUndo(history)).toBe(false);
        for (let i = 1; i < states.length; i++) {
          ({ annotations, history } = redo(annotations, history));
          expect(annotations).toStrictEqual(states[i]);
        }
        expect(annotations).toStrictEqual(last);
        expect(canRedo(history)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('edit patches body, clears optional fields with null, re-attaches a target', () => {
    const a = make('a', 0, 3);
    const patched = applyOp([a], emptyHistory(), {
      kind: 'edit',
      id: 'a',
      now: 'T2',
      patch: {
        body: { note: 'n' },
        credibility: null,
        confidence: 'high',
        target: make('x', 4, 12).target,
        visibility: 'shared',
      },
    });
    expect(patched.ok).toBe(true);
    if (!patched.ok) return;
    const [edited] = patched.value.annotations;
    expect(edited).toMatchObject({
      body: { note: 'n', tags: [], colour: 'fact' },
      confidence: 'high',
      visibility: 'shared',
      status: 'anchored',
      updated: 'T2',
    });
    expect('credibility' in edited).toBe(false);
    expect(edited.target.position).toEqual({ start: 4, end: 12 });
  });

  it('a new op after undo clears redo; errors come back as values and change nothing', () => {
    let state = applyOp([], emptyHistory(), { kind: 'add', annotation: make('a', 0, 3) });
    if (!state.ok) throw new Error();
    const undone = undo(state.value.annotations, state.value.history);
    expect(canRedo(undone.history)).toBe(true);
    state = applyOp(undone.annotations, undone.history, {
      kind: 'add',
      annotation: make('b', 0, 3),
    });
    expect(state.ok && canRedo(state.value.history)).toBe(false);
    expect(applyOp([], emptyHistory(), { kind: 'delete', id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-annotation' },
    });
    const dup = applyOp([make('a', 0, 3)], emptyHistory(), {
      kind: 'add',
      annotation: make('a', 4, 6),
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
    expect(undo([], emptyHistory())).toEqual({ annotations: [], history: emptyHistory() });
  });
});

/**
 * Annotation edits with undo/redo owned by the main side, one history per open briefing, so
 * Ctrl+Z works whatever part of the renderer made the change. Each edit is applied to an
 * in-memory list at once (the answer goes back before the disk write) and queued on the
 * store handle; `briefing:flush` waits for durability. No electron here.
 */
import { ARTICLE_BLOCK_ID, type Annotation } from '../core/annotation';
import { createAnnotation } from '../core/annotations/create';
import {
  applyOp,
  canRedo,
  canUndo,
  emptyHistory,
  redo,
  undo,
  type AnnotationOp,
  type AnnotationPatch,
  type Change,
  type History,
} from '../core/annotations/history';
import type { BriefingFile } from '../core/briefing-file';
import type { BriefingHandle, DeepReadonly } from '../store/briefing-store';
import type { AnnotationEdit, Payload } from './contract';

interface Session {
  annotations: readonly Annotation[];
  history: History;
}

/** The text an annotation on `blockId` points into, or undefined when no such block exists. */
export function blockTextOf(file: DeepReadonly<BriefingFile>, blockId: string): string | undefined {
  if (blockId === ARTICLE_BLOCK_ID) return file.article.text;
  const b = file.briefing;
  for (const item of b.bluf) if (item.id === blockId) return item.text;
  for (const section of b.sections)
    for (const item of section.items) if (item.id === blockId) return item.text;
  for (const event of b.timeline) if (event.id === blockId) return event.text;
  for (const figure of b.keyFigures) if (figure.id === blockId) return figure.text;
  return undefined;
}

function failure(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export function createAnnotationSessions(deps: { now: () => string; newId: () => string }) {
  const sessions = new WeakMap<BriefingHandle, Session>();

  function sessionFor(handle: BriefingHandle): Session {
    let session = sessions.get(handle);
    if (!session) {
      session = {
        annotations: structuredClone(handle.data.annotations) as Annotation[],
        history: emptyHistory(),
      };
      sessions.set(handle, session);
      // Another program replaced the file: start again from what is on disk (undo cannot cross it).
      handle.onExternalChange((change) => {
        if (change.kind === 'reloaded' || change.kind === 'conflict') sessions.delete(handle);
      });
    }
    return session;
  }

  /**
   * Stores `next` in the session and queues it for disk; a write failure surfaces on flush.
   * The annotation objects are shared, not copied: the store freezes them and caches their
   * serialised form by identity, and every history operation makes new objects.
   */
  function commit(
    handle: BriefingHandle,
    session: Session,
    next: { annotations: Annotation[]; history: History },
    change: Change | null,
    direction: 'forward' | 'backward',
  ): AnnotationEdit {
    session.annotations = next.annotations;
    session.history = next.history;
    const snapshot = next.annotations;
    handle.update((draft) => void (draft.annotations = [...snapshot])).catch(() => undefined);
    const oriented =
      change === null
        ? null
        : direction === 'forward'
          ? change
          : { index: change.index, before: change.after, after: change.before };
    const out: AnnotationEdit = {
      change: oriented && stripUndefined(oriented),
      canUndo: canUndo(next.history),
      canRedo: canRedo(next.history),
    };
    return out;
  }

  function apply(handle: BriefingHandle, op: AnnotationOp): AnnotationEdit {
    const session = sessionFor(handle);
    const result = applyOp(session.annotations, session.history, op);
    if (!result.ok) throw failure(result.error.code, result.error.message);
    return commit(
      handle,
      session,
      result.value,
      result.value.history.past.at(-1) ?? null,
      'forward',
    );
  }

  function selectionText(
    handle: BriefingHandle,
    target: { blockId: string; start: number; end: number },
  ): string {
    const text = blockTextOf(handle.data, target.blockId);
    if (text === undefined)
      throw failure('not-found', `This briefing has no block "${target.blockId}" to annotate.`);
    return text;
  }

  return {
    /** The annotations as edited so far (ahead of the disk while a write is pending). */
    current(handle: BriefingHandle): readonly Annotation[] {
      return (
        sessions.get(handle)?.annotations ?? (handle.data.annotations as readonly Annotation[])
      );
    },

    add(handle: BriefingHandle, p: Payload<'annotations:add'>): AnnotationEdit {
      const created = createAnnotation({
        id: deps.newId(),
        blockId: p.target.blockId,
        blockText: selectionText(handle, p.target),
        start: p.target.start,
        end: p.target.end,
        note: p.note,
        tags: p.tags,
        colour: p.colour,
        visibility: p.visibility,
        now: deps.now(),
      });
      if (!created.ok) throw failure(created.error.code, created.error.message);
      return apply(handle, { kind: 'add', annotation: created.value });
    },

    update(handle: BriefingHandle, p: Payload<'annotations:update'>): AnnotationEdit {
      const patch: AnnotationPatch = {};
      const body: AnnotationPatch['body'] = {};
      if (p.note !== undefined) body.note = p.note;
      if (p.tags !== undefined) body.tags = p.tags;
      if (p.colour !== undefined) body.colour = p.colour;
      if (Object.keys(body).length > 0) patch.body = body;
      if (p.visibility !== undefined) patch.visibility = p.visibility;
      if (p.target !== undefined) {
        const text = selectionText(handle, p.target);
        // createAnnotation validates the range and describes the quote the same way `add` does.
        const probe = createAnnotation({
          id: p.id,
          blockId: p.target.blockId,
          blockText: text,
          start: p.target.start,
          end: p.target.end,
          now: deps.now(),
        });
        if (!probe.ok) throw failure(probe.error.code, probe.error.message);
        patch.target = probe.value.target;
      }
      return apply(handle, { kind: 'edit', id: p.id, patch, now: deps.now() });
    },

    /**
     * Takes `next` as the notes after the text under them changed (article update, item edit);
     * the caller writes them to the handle. Clears undo: its entries point into the old text.
     */
    replace(handle: BriefingHandle, next: readonly Annotation[]): void {
      const session = sessionFor(handle);
      session.annotations = next;
      session.history = emptyHistory();
    },

    remove(handle: BriefingHandle, id: string): AnnotationEdit {
      return apply(handle, { kind: 'delete', id });
    },

    undo(handle: BriefingHandle): AnnotationEdit {
      const session = sessionFor(handle);
      const change = session.history.past.at(-1) ?? null;
      return commit(
        handle,
        session,
        undo(session.annotations, session.history),
        change,
        'backward',
      );
    },

    redo(handle: BriefingHandle): AnnotationEdit {
      const session = sessionFor(handle);
      const change = session.history.future.at(-1) ?? null;
      return commit(handle, session, redo(session.annotations, session.history), change, 'forward');
    },
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

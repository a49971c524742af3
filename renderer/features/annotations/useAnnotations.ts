import { useCallback, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../app/core/annotation';
import type { Article, Briefing } from '../../../app/core/briefing';
import type { AnnotationEdit, Result } from '../../../app/ipc/contract';
import { api } from '../../api';
import { formatTime } from '../../format';
import { applyChange } from './apply-change';
import { provisionalAnnotation } from './provisional';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

type AddParams = Omit<Parameters<typeof api.annotations.add>[0], 'path'>;
type UpdateParams = Omit<Parameters<typeof api.annotations.update>[0], 'path'>;

/**
 * The briefing's annotations as main holds them. Each edit answers at once with the change
 * (applied here), then a flush reports when it is on disk ("Saved 14:02"). With `source`
 * (the text annotations point into), an add shows its highlight before main answers.
 */
export function useAnnotations(
  path: string,
  initial: readonly Annotation[],
  source?: { article: Article; briefing: Briefing },
) {
  const [confirmed, setAnnotations] = useState<Annotation[]>(() => [...initial]);
  // Adds drawn ahead of main's answer; they come after `confirmed`, where main appends.
  const [provisional, setProvisional] = useState<readonly Annotation[]>([]);
  const annotations = useMemo(
    () => (provisional.length === 0 ? confirmed : [...confirmed, ...provisional]),
    [confirmed, provisional],
  );
  const provisionalIds = useRef(0);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const flushes = useRef(0);

  const flush = useCallback(async () => {
    const ticket = ++flushes.current;
    setSave({ kind: 'saving' });
    const result = await api.briefing.flush({ path });
    if (ticket !== flushes.current) return;
    setSave(
      result.ok
        ? { kind: 'saved', at: formatTime(result.value) }
        : { kind: 'error', message: result.error.message },
    );
  }, [path]);

  const take = useCallback(
    (result: Result<AnnotationEdit>): AnnotationEdit | string => {
      if (!result.ok) {
        setSave({ kind: 'error', message: result.error.message });
        return result.error.message;
      }
      const { change } = result.value;
      setAnnotations((list) => applyChange(list, change));
      setCanUndo(result.value.canUndo);
      setCanRedo(result.value.canRedo);
      void flush();
      return result.value;
    },
    [flush],
  );

  // Stable functions, so components given them (memoised) do not re-render on every edit.
  const add = useCallback(
    async (p: AddParams) => {
      const draft = source
        ? provisionalAnnotation(
            source,
            p,
            `provisional-${++provisionalIds.current}`,
            new Date().toISOString(),
          )
        : null;
      if (draft) setProvisional((list) => [...list, draft]);
      try {
        return take(await api.annotations.add({ path, ...p }));
      } finally {
        // Batched with take's update: the answer replaces the draft in one render.
        if (draft) setProvisional((list) => list.filter((a) => a !== draft));
      }
    },
    [path, take, source],
  );
  const update = useCallback(
    async (p: UpdateParams) => take(await api.annotations.update({ path, ...p })),
    [path, take],
  );
  const remove = useCallback(
    async (id: string) => take(await api.annotations.delete({ path, id })),
    [path, take],
  );
  const undo = useCallback(async () => take(await api.annotations.undo({ path })), [path, take]);
  const redo = useCallback(async () => take(await api.annotations.redo({ path })), [path, take]);

  /** Takes main's notes after the text under them changed; main cleared its undo history. */
  const replaceAll = useCallback(
    (next: readonly Annotation[]) => {
      setAnnotations([...next]);
      setProvisional([]);
      setCanUndo(false);
      setCanRedo(false);
      void flush();
    },
    [flush],
  );

  return { annotations, canUndo, canRedo, save, add, update, remove, undo, redo, replaceAll };
}

export type AnnotationsApi = ReturnType<typeof useAnnotations>;

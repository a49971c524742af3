/**
 * The channels that change a briefing's own content: reliability grade, colour legend, the
 * article (update → regenerate → re-anchor), one item's text, and flushing to disk.
 * No electron here.
 */
import { editItemText } from '../core/annotations/edit-item';
import { updateArticle } from '../core/annotations/update-article';
import type { BriefingFile } from '../core/briefing-file';
import { generateBriefing } from '../core/generator/generate';
import { articleFromString } from '../ingest/read-article';
import type { BriefingHandle } from '../store/briefing-store';
import type { AnchorCounts, UpdatedBriefing } from './contract';
import { coded, type DispatcherDeps, type HandlersFor } from './deps';
import type { AnnotationSessions, OpenBriefings } from './open-briefings';
import type { RunOnce } from './run-once';

type BriefingChannel =
  | 'briefing:set-grade'
  | 'briefing:set-legend'
  | 'briefing:update-article'
  | 'briefing:edit-item'
  | 'briefing:flush';

interface TextChange {
  file: BriefingFile;
  counts: AnchorCounts;
  rewrites?: UpdatedBriefing['rewrites'];
}

export function createBriefingHandlers(
  deps: DispatcherDeps,
  briefings: OpenBriefings,
  annotations: AnnotationSessions,
  once: RunOnce,
): HandlersFor<BriefingChannel> {
  /**
   * Applies a change of article or item text, computed over the notes as edited so far, and
   * gives the session the re-anchored notes before anything else can edit them. Resolves once
   * the change is on disk.
   */
  async function replaceText(
    handle: BriefingHandle,
    change: (file: BriefingFile) => TextChange,
  ): Promise<UpdatedBriefing> {
    const { file, counts, rewrites } = change(briefings.snapshot(handle));
    annotations.replace(handle, file.annotations);
    await handle.update((draft) => {
      draft.generator = file.generator;
      draft.article = file.article;
      draft.briefing = file.briefing;
      draft.annotations = [...file.annotations];
    });
    return {
      path: handle.path,
      file: briefings.snapshot(handle),
      counts,
      ...(rewrites ? { rewrites } : {}),
    };
  }

  return {
    async 'briefing:set-grade'({ path, grade }) {
      const handle = await briefings.handleFor(path);
      await handle.update((draft) => void (draft.sourceGrade = grade));
      return grade;
    },

    async 'briefing:set-legend'({ path, legend }) {
      const handle = await briefings.handleFor(path);
      const keys = handle.data.legend.map((l) => l.key);
      if (legend.length !== keys.length || legend.some((l, i) => l.key !== keys[i]))
        throw coded(
          'invalid-payload',
          `The legend's keys cannot change; they are ${keys.join(', ')}.`,
        );
      const labels = legend.map((l) => l.label.trim().toLocaleLowerCase());
      if (new Set(labels).size !== labels.length)
        throw coded('invalid-payload', 'Two legend entries cannot have the same label.');
      const next = legend.map((l) => ({
        key: l.key,
        label: l.label.trim(),
        light: l.light.toUpperCase(),
        dark: l.dark.toUpperCase(),
      }));
      await handle.update((draft) => void (draft.legend = next));
      return next.map((l) => ({ ...l }));
    },

    async 'briefing:update-article'({ path, fileName, text }) {
      return once(`update-article:${path}`, 'An update of this article', async () => {
        const generated = generateBriefing(articleFromString(text, fileName));
        const handle = await briefings.handleFor(path);
        return replaceText(handle, (file) => updateArticle(file, generated, deps.now()));
      });
    },

    async 'briefing:edit-item'({ path, itemId, text }) {
      const handle = await briefings.handleFor(path);
      return replaceText(handle, (file) => {
        const edited = editItemText(file, itemId, text, deps.now());
        if (!edited.ok) throw coded(edited.error.code, edited.error.message);
        return edited.value;
      });
    },

    async 'briefing:flush'({ path }) {
      // Only a file that is open can have writes pending.
      const handle = briefings.opened(path);
      if (handle) await handle.flush();
      return deps.now();
    },
  };
}

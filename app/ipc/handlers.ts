/**
 * What each channel does, gathered from one module per area. Plain async functions over the
 * store, the generator and the exporters; the dispatcher validates their payloads first.
 * Node-side, never electron.
 */
import { join } from 'node:path';
import { createAnnotationSessions } from './annotation-sessions';
import { createBriefingHandlers } from './briefing-handlers';
import type { DispatcherDeps, Handlers } from './deps';
import { createExportHandlers } from './export-handlers';
import { createLibraryHandlers } from './library-handlers';
import { createOpenBriefings } from './open-briefings';
import { createRunOnce } from './run-once';
import { createUiSettings } from './ui-settings';

export type { DispatcherDeps, Handlers, SaveFilter } from './deps';

/** Every channel's handler over one set of open briefings; `close` releases them all. */
export function createHandlers(deps: DispatcherDeps): {
  handlers: Handlers;
  close: () => Promise<void>;
} {
  const annotations = createAnnotationSessions(deps);
  const briefings = createOpenBriefings(deps, annotations);
  const settings = createUiSettings(deps.settingsPath ?? join(deps.libraryDir, '.ui-state.json'));
  const once = createRunOnce();

  const handlers: Handlers = {
    ...createLibraryHandlers(deps, briefings, once),
    ...createBriefingHandlers(deps, briefings, annotations, once),
    ...createExportHandlers(deps, briefings, once),

    async 'annotations:add'(p) {
      return annotations.add(await briefings.handleFor(p.path), p);
    },
    async 'annotations:update'(p) {
      return annotations.update(await briefings.handleFor(p.path), p);
    },
    async 'annotations:delete'({ path, id }) {
      return annotations.remove(await briefings.handleFor(path), id);
    },
    async 'annotations:undo'({ path }) {
      return annotations.undo(await briefings.handleFor(path));
    },
    async 'annotations:redo'({ path }) {
      return annotations.redo(await briefings.handleFor(path));
    },

    async 'settings:get'({ path }) {
      return settings.get(path);
    },
    async 'settings:save'(p) {
      return settings.save(p, deps.now());
    },
  };

  return { handlers, close: () => briefings.close() };
}

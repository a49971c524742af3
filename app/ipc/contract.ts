/**
 * The one IPC contract between the renderer and the main process: every channel once, with
 * its payload validator and response type. Main registers handlers from it, preload builds
 * window.api from it, the e2e bridge and tests import it. No channel string is typed anywhere
 * else. Imports: core types and zod only — never electron or node:*.
 */
import { z } from 'zod';
import type { Annotation, LegendEntry } from '../core/annotation';
import type { BriefingFile, SourceGrade } from '../core/briefing-file';

export interface IpcError {
  /** Stable machine-readable code: 'invalid-payload', 'forbidden', 'not-found', a store code … */
  code: string;
  /** One sentence for the user. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A briefing as the renderer holds it: where it lives and what it says. */
export interface OpenBriefing {
  path: string;
  file: BriefingFile;
}

export interface LibraryItem {
  path: string;
  fileName: string;
  title: string | null;
  dateline: string | null;
  publisher: string | null;
  updatedAt: string | null;
  notes: number;
  /** Set when the file could not be read; the item is still listed. */
  problem: string | null;
  /** ISO 8601; when this app last opened it (from the library's recent list). */
  lastOpened?: string | null;
}

/** One annotation change as the renderer applies it: put `after` at `index` in place of `before`. */
export interface AnnotationChange {
  index: number;
  /** Absent for an insertion. */
  before?: Annotation;
  /** Absent for a removal. */
  after?: Annotation;
}

/** The answer of every `annotations:*` call: what changed (null: nothing to undo/redo). */
export interface AnnotationEdit {
  change: AnnotationChange | null;
  canUndo: boolean;
  canRedo: boolean;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** App-wide reading preferences. */
export interface GlobalSettings {
  theme: Theme;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Measure in `ch`. */
  lineWidth: number;
  /** What the export dialog starts with (notes always start at none: clean is the default). */
  exportFormat: ExportFormat;
  paper: 'a4' | 'letter';
}

/** Per-briefing UI state: pane sizes, collapsed panes, notes filters. */
export interface BriefingUiState {
  layout?: Record<string, number>;
  collapsed?: string[];
  filters?: { colour?: string; tag?: string; visibility?: string; text?: string };
}

export interface Settings {
  global: GlobalSettings;
  briefing: BriefingUiState;
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'open',
  'import',
  'library',
  'export',
  'find',
  'undo',
  'redo',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'theme-system',
  'theme-light',
  'theme-dark',
  'toggle-contents',
  'toggle-notes',
  'shortcuts',
  'settings',
  'update-article',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Main → renderer: a menu command, or a briefing the OS asked us to open. */
export type AppEvent = { type: 'command'; command: MenuCommand } | { type: 'open'; path: string };

/** How the notes fared after the text under them changed: on their words, re-attached, lost (kept). */
export interface AnchorCounts {
  anchored: number;
  moved: number;
  orphaned: number;
}

/** A briefing whose article or item text changed, with how its notes fared. */
export interface UpdatedBriefing extends OpenBriefing {
  counts: AnchorCounts;
  /** After an article update: the analyst's rewrites kept on the new items, and dropped. */
  rewrites?: { kept: number; dropped: number };
}

export interface SavedFile {
  path: string;
  bytes: number;
  /** What the export left out, e.g. "3 private notes excluded". */
  manifest: string[];
}

/** The export dialog's live preview: the export HTML (sanitised, fonts left out) and what goes. */
export interface ExportPreview {
  html: string;
  /** exportManifest's sentences, e.g. "1 private note excluded". */
  manifest: string[];
  /** Notes in the briefing by visibility. */
  counts: { shared: number; private: number; total: number };
}

/** Export formats the dialog offers; the CLI adds w3c. */
export const EXPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Response types are carried by a phantom value; only `parse` exists at run time. */
function returns<T>(): T {
  return undefined as T;
}

const nothing = z.undefined();
const filePath = z.string().min(1).max(4096);
const briefingPath = z.strictObject({ path: filePath });
const colourKey = z.string().min(1).max(64);
const tagList = z.array(z.string().max(200)).max(50);
const selection = z.strictObject({
  blockId: z.string().min(1).max(200),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
/** Reading and export preferences; also checks what is read back from `.ui-state.json`. */
export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES),
  fontSize: z.number().min(10).max(40),
  lineWidth: z.number().min(30).max(200),
  exportFormat: z.enum(EXPORT_FORMATS),
  paper: z.enum(['a4', 'letter']),
});
const uiStateSchema = z.strictObject({
  layout: z.record(z.string().max(64), z.number().min(0).max(100)).optional(),
  collapsed: z.array(z.string().max(64)).max(10).optional(),
  filters: z
    .strictObject({
      colour: z.string().max(64).optional(),
      tag: z.string().max(200).optional(),
      visibility: z.string().max(16).optional(),
      text: z.string().max(500).optional(),
    })
    .optional(),
});

const hexColour = z
  .string()
  .min(7)
  .max(7)
  .regex(/^#[0-9A-Fa-f]{6}$/, 'colours are #RRGGBB');
/** One legend entry as the analyst edits it: a known key, a one-line label, two colours. */
const legendEntry = z.strictObject({
  key: colourKey,
  label: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[^\r\n\u2028\u2029]*\S[^\r\n\u2028\u2029]*$/, 'a label is one line of text'),
  light: hexColour,
  dark: hexColour,
});

/** The export dialog's choices; blank handling means the briefing's own marking. */
const exportChoices = {
  path: filePath,
  notes: z.enum(['none', 'shared', 'all']),
  handling: z
    .string()
    .max(80)
    .regex(/^[^\r\n\u2028\u2029]*$/, 'handling must be one line'),
  paper: z.enum(['a4', 'letter']),
};

export const contract = {
  'library:list': { payload: nothing, returns: returns<LibraryItem[]>() },
  'briefing:start': { payload: nothing, returns: returns<OpenBriefing | null>() },
  'briefing:open': { payload: briefingPath, returns: returns<OpenBriefing>() },
  /** The export dialog's live preview and manifest for these choices (nothing is written). */
  'export:preview': {
    payload: z.strictObject(exportChoices),
    returns: returns<ExportPreview>(),
  },
  /**
   * Produces the export (leak-checked; a PDF is printed), asks where to save it, writes it.
   * null = the save dialog was cancelled. One export at a time per briefing ('busy').
   */
  'export:run': {
    payload: z.strictObject({ ...exportChoices, format: z.enum(EXPORT_FORMATS) }),
    returns: returns<SavedFile | null>(),
  },
  /**
   * Shows a file this session just exported in the OS file manager. Only a path an export
   * answered is accepted. (`file`, not `path`: every `path` in the contract names a briefing.)
   */
  'export:reveal': {
    payload: z.strictObject({ file: filePath }),
    returns: returns<null>(),
  },
  /** Generates a briefing from article text the renderer read (drop, paste). */
  /**
   * The text of an article file the renderer was handed (drop, file input), from its bytes:
   * main decodes it as it decodes files it reads itself (UTF-8, UTF-16, a declared HTML charset,
   * Windows-1252) and refuses binary and oversized files (main says which limit). The base64
   * cap (≈6.4 MiB of bytes) only bounds the message; the renderer does not send bigger files.
   */
  'article:decode': {
    payload: z.strictObject({
      fileName: z.string().min(1).max(255),
      base64: z
        .string()
        .max(9_000_000)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 expected'),
    }),
    returns: returns<string>(),
  },
  'library:import': {
    payload: z.strictObject({
      fileName: z.string().min(1).max(255),
      text: z.string().min(1).max(20_000_000),
    }),
    returns: returns<OpenBriefing>(),
  },
  /** Shows the open dialog for an article file, then imports it. null = cancelled. */
  'library:choose-import': { payload: nothing, returns: returns<OpenBriefing | null>() },
  /** Renames the briefing's file; answers the new path. */
  'library:rename': {
    payload: z.strictObject({ path: filePath, name: z.string().min(1).max(255) }),
    returns: returns<string>(),
  },
  /** Moves a briefing to the library's trash; answers the trash id for `library:restore`. */
  'library:trash': { payload: briefingPath, returns: returns<string>() },
  'library:restore': {
    payload: z.strictObject({ id: z.string().min(1).max(200) }),
    returns: returns<string>(),
  },
  /** Shows the open dialog for a `.briefing.json`. null = cancelled. */
  'briefing:choose': { payload: nothing, returns: returns<OpenBriefing | null>() },
  'briefing:set-grade': {
    payload: z.strictObject({
      path: filePath,
      grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
    }),
    returns: returns<SourceGrade | null>(),
  },
  /**
   * Renames and recolours the briefing's legend. The keys must be the file's, in its order
   * (notes and the 1–5 shortcuts refer to them); answers the legend as saved.
   */
  'briefing:set-legend': {
    payload: z.strictObject({ path: filePath, legend: z.array(legendEntry).max(64) }),
    returns: returns<LegendEntry[]>(),
  },
  /** Resolves when every edit to the briefing is on disk; answers when (ISO 8601). */
  'briefing:flush': { payload: briefingPath, returns: returns<string>() },
  /**
   * Regenerates the briefing from an updated article the renderer read (drop, chosen file);
   * every note follows its words, none is deleted. Counts are over all notes.
   */
  'briefing:update-article': {
    payload: z.strictObject({
      path: filePath,
      fileName: z.string().min(1).max(255),
      text: z.string().min(1).max(20_000_000),
    }),
    returns: returns<UpdatedBriefing>(),
  },
  /** The analyst rewrites a generated item; notes on it are re-anchored (counts over those). */
  'briefing:edit-item': {
    payload: z.strictObject({
      path: filePath,
      itemId: z.string().min(1).max(200),
      text: z.string().min(1).max(100_000),
    }),
    returns: returns<UpdatedBriefing>(),
  },
  'annotations:add': {
    payload: z.strictObject({
      path: filePath,
      target: selection,
      colour: colourKey,
      note: z.string().max(100_000),
      tags: tagList,
      visibility: z.enum(['private', 'shared']),
    }),
    returns: returns<AnnotationEdit>(),
  },
  'annotations:update': {
    payload: z.strictObject({
      path: filePath,
      id: z.string().min(1).max(200),
      note: z.string().max(100_000).optional(),
      tags: tagList.optional(),
      colour: colourKey.optional(),
      visibility: z.enum(['private', 'shared']).optional(),
      /** Re-attach to new words. */
      target: selection.optional(),
    }),
    returns: returns<AnnotationEdit>(),
  },
  'annotations:delete': {
    payload: z.strictObject({ path: filePath, id: z.string().min(1).max(200) }),
    returns: returns<AnnotationEdit>(),
  },
  'annotations:undo': { payload: briefingPath, returns: returns<AnnotationEdit>() },
  'annotations:redo': { payload: briefingPath, returns: returns<AnnotationEdit>() },
  /** Reading preferences plus the UI state of one briefing (`path` null: preferences only). */
  'settings:get': {
    payload: z.strictObject({ path: filePath.nullable() }),
    returns: returns<Settings>(),
  },
  'settings:save': {
    payload: z.strictObject({
      path: filePath.optional(),
      global: settingsSchema.partial().optional(),
      briefing: uiStateSchema.optional(),
    }),
    returns: returns<null>(),
  },
} as const;

/** Main → renderer events (`area:changed`), each with its validator. */
export const events = {
  'app:changed': {
    payload: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('command'), command: z.enum(MENU_COMMANDS) }),
      z.strictObject({ type: z.literal('open'), path: filePath }),
    ]),
  },
  /** The open briefing changed on disk behind the app's back (another program, a sync client). */
  'briefing:changed': {
    payload: z.strictObject({
      path: filePath,
      kind: z.enum(['reloaded', 'conflict', 'deleted', 'lock-lost']),
      /** Where our unsaved version went, for a conflict. */
      conflictPath: filePath.nullable(),
    }),
  },
} as const;
export type EventName = keyof typeof events;
export const eventNames = Object.keys(events) as EventName[];
/** The events main sends; main imports these rather than spelling the names. */
export const APP_CHANGED: EventName = 'app:changed';
export const BRIEFING_CHANGED: EventName = 'briefing:changed';
export type BriefingChange = z.output<(typeof events)['briefing:changed']['payload']>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Payload<C extends Channel> = z.output<Contract[C]['payload']>;
export type Returns<C extends Channel> = Contract[C]['returns'];

/** The channels in contract order; preload and main iterate this. */
export const channels = Object.keys(contract) as Channel[];

/** `area:verb` → the renderer's `api.area.verb`, with verbs in camelCase. */
export function splitChannel(channel: Channel | EventName): { area: string; verb: string } {
  const [area = '', verb = ''] = channel.split(':');
  return { area, verb: verb.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) };
}

/**
 * The shape of window.api: `api.briefing.open({ path })` → `Promise<Result<OpenBriefing>>`.
 * Channels with no payload take no argument.
 */
export type Api = ChannelApi & EventApi;

/** `app:changed` → `api.app.onChanged(listener)`, answering its unsubscribe. */
export type EventApi = {
  [E in EventName as AreaOf<E>]: {
    onChanged: (listener: (event: z.output<(typeof events)[E]['payload']>) => void) => () => void;
  };
};

type ChannelApi = {
  [C in Channel as AreaOf<C>]: {
    [
      D in Channel as D extends `${AreaOf<C>}:${string}` ? VerbOf<D> : never
    ]: Payload<D> extends undefined
      ? () => Promise<Result<Returns<D>>>
      : (payload: Payload<D>) => Promise<Result<Returns<D>>>;
  };
};
type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? CamelCase<V> : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

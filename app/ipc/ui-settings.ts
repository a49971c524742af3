/**
 * Reading preferences and per-briefing UI state (pane sizes, collapsed panes, notes filters)
 * in one small JSON file beside the library, `.ui-state.json`. Kept out of the briefing file
 * on purpose: it is this analyst's window on this machine, not the document, and writing it
 * must not bump the briefing's `updatedAt`, take its lock or travel with a shared copy.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  settingsSchema,
  type BriefingUiState,
  type GlobalSettings,
  type Payload,
  type Settings,
} from './contract';

export const DEFAULT_SETTINGS: GlobalSettings = {
  theme: 'system',
  fontSize: 18,
  lineWidth: 70,
  exportFormat: 'pdf',
  paper: 'a4',
};

/** Each stored preference that is still valid; a bad or unknown one falls back to its default. */
function readGlobal(stored: unknown): GlobalSettings {
  const out: GlobalSettings = { ...DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(out, { [key]: parsed.data });
  }
  return out;
}
const MAX_BRIEFINGS = 200;

interface Stored {
  global: GlobalSettings;
  briefings: Record<string, BriefingUiState & { touched?: string }>;
}

export function createUiSettings(file: string) {
  let cache: Stored | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Stored> {
    if (cache) return cache;
    try {
      const json = JSON.parse(await readFile(file, 'utf8')) as Partial<Stored>;
      cache = {
        global: readGlobal(json.global),
        briefings: json.briefings ?? {},
      };
    } catch {
      // Missing or damaged: preferences are not worth an error; start from the defaults.
      cache = { global: { ...DEFAULT_SETTINGS }, briefings: {} };
    }
    return cache;
  }

  async function write(stored: Stored): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const temp = join(dirname(file), `.ui-state.${process.pid}.${Date.now()}.tmp`);
    try {
      await writeFile(temp, `${JSON.stringify(stored, null, 2)}\n`);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  return {
    async get(path: string | null): Promise<Settings> {
      const stored = await load();
      const { touched: _touched, ...briefing } = (path && stored.briefings[path]) || {};
      return { global: { ...stored.global }, briefing };
    },

    save(p: Payload<'settings:save'>, now: string): Promise<null> {
      const run = chain.then(async () => {
        const stored = await load();
        if (p.global) stored.global = { ...stored.global, ...p.global };
        if (p.path && p.briefing) {
          stored.briefings[p.path] = { ...stored.briefings[p.path], ...p.briefing, touched: now };
          const paths = Object.keys(stored.briefings);
          if (paths.length > MAX_BRIEFINGS) {
            const oldest = paths.sort((a, b) =>
              (stored.briefings[a]?.touched ?? '').localeCompare(
                stored.briefings[b]?.touched ?? '',
              ),
            )[0];
            if (oldest) delete stored.briefings[oldest];
          }
        }
        await write(stored);
        return null;
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
}

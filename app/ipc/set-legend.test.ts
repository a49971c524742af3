/**
 * `briefing:set-legend` through the dispatcher, over a real file in a temp library: labels and
 * colours change on disk and on re-open; keys, blank or long labels and bad colours are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEGEND, type LegendEntry } from '../core/annotation';
import { readBriefingFile } from '../store/briefing-store';
import type { OpenBriefing } from './contract';
import type { Dispatcher } from './dispatcher';
import { openSeedDispatcher, type SeedDispatcher, value } from './testing/seed-dispatcher';

let seeded: SeedDispatcher;
let dispatcher: Dispatcher;
let path: string;

function edited(patch: Partial<LegendEntry>, at = 0): LegendEntry[] {
  return DEFAULT_LEGEND.map((l, i) => (i === at ? { ...l, ...patch } : { ...l }));
}

beforeEach(async () => {
  seeded = await openSeedDispatcher('ipc-legend-');
  ({ dispatcher, path } = seeded);
  expect(seeded.file.legend).toEqual(DEFAULT_LEGEND);
});

afterEach(() => seeded.close());

describe('briefing:set-legend', () => {
  it('renames and recolours an entry, on disk and when the briefing is opened again', async () => {
    const legend = edited({ label: '  Confirmed fact ', light: '#a0b1c2', dark: '#102030' });
    const saved = value<LegendEntry[]>(
      await dispatcher.dispatch('briefing:set-legend', { path, legend }),
    );
    const expected = edited({ label: 'Confirmed fact', light: '#A0B1C2', dark: '#102030' });
    expect(saved).toEqual(expected);
    expect((await readBriefingFile(path)).legend).toEqual(expected);
    expect(
      value<OpenBriefing>(await dispatcher.dispatch('briefing:open', { path })).file.legend,
    ).toEqual(expected);
  });

  it('leaves the notes and the rest of the file alone', async () => {
    const before = await readBriefingFile(path);
    value(
      await dispatcher.dispatch('briefing:set-legend', { path, legend: edited({ label: 'X' }, 4) }),
    );
    const after = await readBriefingFile(path);
    expect({ ...after, legend: before.legend, updatedAt: before.updatedAt }).toEqual(before);
    expect(after.legend[4]?.label).toBe('X');
  });

  it.each<[string, unknown]>([
    ['a changed key', edited({ key: 'rumour' })],
    ['a missing entry', DEFAULT_LEGEND.slice(1)],
    [
      'an extra entry',
      [...DEFAULT_LEGEND, { key: 'x', label: 'X', light: '#000000', dark: '#FFFFFF' }],
    ],
    ['entries out of order', [...DEFAULT_LEGEND].reverse()],
    ['an empty legend', []],
  ])('refuses %s and keeps the file as it was', async (_what, legend) => {
    const result = await dispatcher.dispatch('briefing:set-legend', { path, legend });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message).toMatch(/keys cannot change; they are fact, assessment/);
    }
    expect((await readBriefingFile(path)).legend).toEqual(DEFAULT_LEGEND);
  });

  it.each<[string, Partial<LegendEntry> & Record<string, unknown>]>([
    ['an empty label', { label: '' }],
    ['a blank label', { label: '   ' }],
    ['a 41-character label', { label: 'x'.repeat(41) }],
    ['a two-line label', { label: 'Key\nfact' }],
    ['a named colour', { light: 'yellow' }],
    ['a short hex colour', { dark: '#FFF' }],
    ['a colour with alpha', { light: '#FFF3B0FF' }],
    ['a colour that is not hex', { dark: '#GGGGGG' }],
    ['an unknown field', { pattern: 'dots' }],
  ])('refuses %s before the handler', async (_what, patch) => {
    const result = await dispatcher.dispatch('briefing:set-legend', {
      path,
      legend: edited(patch),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((await readBriefingFile(path)).legend).toEqual(DEFAULT_LEGEND);
  });

  it('accepts a 40-character label and refuses two entries with one label', async () => {
    value(
      await dispatcher.dispatch('briefing:set-legend', {
        path,
        legend: edited({ label: 'x'.repeat(40) }),
      }),
    );
    const twice = await dispatcher.dispatch('briefing:set-legend', {
      path,
      legend: edited({ label: "analyst's JUDGEMENT" }),
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((await readBriefingFile(path)).legend[0]?.label).toBe('x'.repeat(40));
  });
});

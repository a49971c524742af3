/**
 * Fuzzes the IPC boundary: random and malformed payloads on every contract channel, unknown
 * and non-string channels, prototype-pollution keys, huge strings, deep nesting. The
 * dispatcher must always answer a typed Result, never throw, and never touch
 * Object.prototype. Runs against real files in a temp folder (the process works there too,
 * so a random relative path can only ever touch the temp folder).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { z, type ZodType } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from './contract';
import { createDispatcher, measurePayload, PAYLOAD_LIMITS, type Dispatcher } from './dispatcher';
import { findLooseParts, sampleOf } from './schema-walk';

const SEED = resolve(
  import.meta.dirname,
  '../../resources/articles/turkey-syria-air-defence-2025-09-08.txt',
);
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString'];
const runs = Number(process.env.FUZZ_RUNS ?? 300);

let dir: string;
let startDir: string;
let dispatcher: Dispatcher;
let seededPath = '';
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ipc-fuzz-'));
  await mkdir(join(dir, 'exports'));
  startDir = process.cwd();
  process.chdir(dir);
  let id = 0;
  dispatcher = createDispatcher({
    libraryDir: join(dir, 'library'),
    seedArticlePath: SEED,
    settingsPath: join(dir, 'ui-state.json'),
    chooseSavePath: (name) => Promise.resolve(join(dir, 'exports', `${id}-${name}`)),
    chooseOpenPath: () => Promise.resolve(null),
    now: () => '2026-01-01T00:00:00.000Z',
    newId: () => `id-${(id += 1)}`,
  });
  const start = await dispatcher.dispatch('briefing:start', undefined);
  if (start.ok && start.value && typeof start.value === 'object' && 'path' in start.value) {
    seededPath = String(start.value.path);
  }
});

afterAll(async () => {
  await dispatcher.close();
  process.chdir(startDir);
  await rm(dir, { recursive: true, force: true });
});

/** Rewrites absolute or upward paths so a fuzzed payload stays inside the temp folder. */
function confine(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return /^[/\\]|\.\./.test(value) ? `x${value.replace(/\.\./g, '_')}` : value;
  if (depth > 40 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => confine(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return value;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null);
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: confine((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function expectTypedResult(result: unknown): void {
  expect(result).toBeTypeOf('object');
  expect(result).not.toBeNull();
  const r = result as { ok: unknown; value?: unknown; error?: unknown };
  if (r.ok === true) {
    expect(Object.keys(r).sort()).toEqual(['ok', 'value']);
    return;
  }
  expect(r.ok).toBe(false);
  expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
  const error = r.error as { code: unknown; message: unknown };
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(error.code).toBeTypeOf('string');
  expect((error.code as string).length).toBeGreaterThan(0);
  expect(error.message).toBeTypeOf('string');
  expect((error.message as string).length).toBeLessThanOrEqual(2000);
}

function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'path', 'ok']) expect(probe[key]).toBeUndefined();
}

const answered = { ok: 0, refused: 0 };

async function dispatchChecked(channel: unknown, payload: unknown): Promise<unknown> {
  const result = await dispatcher.dispatch(channel, payload);
  answered[(result as { ok: boolean }).ok ? 'ok' : 'refused'] += 1;
  expectTypedResult(result);
  expectNoPollution();
  return result;
}

const channelArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...channels) },
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'library:', ':list', 'LIBRARY:LIST'),
  fc.constantFrom(null, undefined, 0, -1, NaN, true, [], {}, ['library:list'], Symbol('x')),
  fc.anything(),
);

const pollutionArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...POLLUTION_KEYS), fc.jsonValue())
  .map(
    ([key, value]) =>
      JSON.parse(
        `{"${key}": {"polluted": true, "prototype": {"polluted": true}}, "x": ${JSON.stringify(value) ?? 'null'}}`,
      ) as unknown,
  );

const payloadArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  pollutionArb,
  fc.constantFrom(undefined, null, '', 0, NaN, Infinity, -0, [], {}),
);

/** Per channel: a valid sample with one field replaced, an extra key added, or a field dropped. */
function mutatedArb(channel: Channel): fc.Arbitrary<unknown> {
  const sample = sampleOf(contract[channel].payload as ZodType);
  if (sample === undefined || sample === null || typeof sample !== 'object') return payloadArb;
  const keys = Object.keys(sample);
  const withPath = (s: Record<string, unknown>) =>
    'path' in s && seededPath ? { ...s, path: seededPath } : s;
  return fc.oneof(
    fc.constant(withPath(sample as Record<string, unknown>)),
    keys.length === 0
      ? payloadArb
      : fc.tuple(fc.constantFrom(...keys), payloadArb).map(([key, value]) => ({
          ...withPath(sample as Record<string, unknown>),
          [key]: value,
        })),
    keys.length === 0
      ? payloadArb
      : fc.constantFrom(...keys).map((key) => {
          const copy: Record<string, unknown> = { ...sample };
          delete copy[key];
          return copy;
        }),
    fc
      .tuple(fc.constantFrom(...POLLUTION_KEYS, 'extra', 'PATH'), fc.jsonValue())
      .map(([key, value]) => JSON.parse(JSON.stringify({ ...sample, [key]: value })) as unknown),
  );
}

describe('dispatcher fuzz', () => {
  it('answers any channel and payload with a typed Result', async () => {
    await fc.assert(
      fc.asyncProperty(channelArb, payloadArb, async (channel, payload) => {
        await dispatchChecked(channel, confine(payload));
      }),
      { numRuns: runs },
    );
  });

  it('answers near-valid payloads on every channel with a typed Result', async () => {
    expect(seededPath).toMatch(/\.briefing\.json$/);
    const before = answered.ok;
    for (const channel of channels) {
      await fc.assert(
        fc.asyncProperty(mutatedArb(channel), async (payload) => {
          await dispatchChecked(channel, confine(payload));
        }),
        { numRuns: Math.ceil(runs / 4) },
      );
    }
    // The mutations start from valid payloads, so some calls must get through to the handlers.
    expect(answered.ok - before).toBeGreaterThan(channels.length);
  });

  it('refuses unknown keys, prototype-pollution keys included, on every channel', async () => {
    for (const channel of channels) {
      const sample = sampleOf(contract[channel].payload as ZodType);
      const base = sample !== null && typeof sample === 'object' ? sample : {};
      for (const key of [...POLLUTION_KEYS, 'extra']) {
        const payload = JSON.parse(
          JSON.stringify(base)
            .replace(/^\{/, () => `{"${key}":{"polluted":true},`)
            .replace(/,\}$/, '}'),
        ) as Record<string, unknown>;
        expect(Object.hasOwn(payload, key), key).toBe(true);
        const result = (await dispatchChecked(channel, payload)) as {
          ok: boolean;
          error?: { code: string };
        };
        expect(result.ok, `${channel} with ${key}`).toBe(false);
        expect(result.error?.code, `${channel} with ${key}`).toBe('invalid-payload');
      }
    }
  });

  it('refuses every string one character over its maximum', async () => {
    for (const channel of channels) {
      const schema = contract[channel].payload as ZodType;
      const sample = sampleOf(schema);
      if (sample === null || typeof sample !== 'object') continue;
      const shape =
        (schema as unknown as { _zod: { def: { shape?: Record<string, ZodType> } } })._zod.def
          .shape ?? {};
      for (const [key, field] of Object.entries(shape)) {
        const inner = unwrap(field);
        const max = (inner as unknown as { maxLength?: number | null }).maxLength;
        if (typeof max !== 'number') continue;
        const result = (await dispatchChecked(channel, {
          ...sample,
          [key]: 'a'.repeat(max + 1),
        })) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        expect(result.ok, `${channel}.${key}`).toBe(false);
        expect(result.error?.code).toBe('invalid-payload');
        expect(result.error!.message.length).toBeLessThanOrEqual(PAYLOAD_LIMITS.message);
      }
    }
  });

  it('refuses any path that is not an absolute .briefing.json file, and leaves such files alone', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    let checked = 0;
    for (const channel of channels) {
      const sample = sampleOf(contract[channel].payload as ZodType);
      if (sample === null || typeof sample !== 'object' || !('path' in sample)) continue;
      for (const path of [victim, dir, 'relative.briefing.json', `${victim}\0.briefing.json`]) {
        const result = (await dispatchChecked(channel, { ...sample, path })) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        expect(result.ok, `${channel} ${path}`).toBe(false);
        expect(result.error?.code, `${channel} ${path}`).toBe('invalid-payload');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    await expect(readFile(victim, 'utf8')).resolves.toBe('keep me');
  });

  it('survives huge strings, huge keys, deep nesting and wide values', async () => {
    const huge = 'x'.repeat(5_000_000);
    let deepArray: unknown = 'leaf';
    let deepObject: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) {
      deepArray = [deepArray];
      deepObject = { path: deepObject };
    }
    const wide = Array.from({ length: 1_000_000 }, (_, i) => i);
    const wideRecord = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    for (const channel of [...channels, 'nope', huge]) {
      for (const payload of [
        huge,
        { path: huge },
        { [huge]: 1 },
        { path: seededPath || 'a', notes: huge },
        deepArray,
        deepObject,
        wide,
        { path: 'a', briefing: { layout: wideRecord } },
      ]) {
        const result = (await dispatchChecked(channel, payload)) as {
          ok: boolean;
          error?: { message: string };
        };
        expect(result.ok).toBe(false);
        expect(result.error!.message.length).toBeLessThanOrEqual(2000);
      }
    }
  });

  it('answers unknown and non-string channels as unknown-channel without calling toString', async () => {
    const hostile = {
      toString() {
        throw new Error('toString called');
      },
    };
    for (const channel of [
      'nope',
      '',
      'library:list ',
      Symbol('s'),
      hostile,
      Object.create(null),
      1,
      null,
    ]) {
      const result = (await dispatchChecked(channel, undefined)) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });
});

function unwrap(schema: ZodType): ZodType {
  let current = schema;
  for (;;) {
    const def = (current as unknown as { _zod: { def: { type: string; innerType?: ZodType } } })
      ._zod.def;
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType)
      current = def.innerType;
    else return current;
  }
}

describe('payload validators', () => {
  it('are strict and bounded on every channel', () => {
    const problems = channels.flatMap((channel) =>
      findLooseParts(contract[channel].payload as ZodType, channel),
    );
    expect(problems).toEqual([]);
  });

  it('accept the sample the fuzzer mutates', () => {
    for (const channel of channels) {
      const schema = contract[channel].payload as ZodType;
      expect(schema.safeParse(sampleOf(schema)).success, channel).toBe(true);
    }
  });

  it('the checker itself notices loose and unbounded schemas', () => {
    expect(findLooseParts(z.object({ a: z.string().max(3) }))).toEqual(['$: accepts unknown keys']);
    expect(findLooseParts(z.strictObject({ a: z.string() }))).toEqual([
      '$.a: string without a maximum length',
    ]);
    expect(findLooseParts(z.strictObject({ a: z.array(z.string().max(1)) }))).toEqual([
      '$.a: array without a maximum length',
    ]);
    expect(findLooseParts(z.strictObject({ a: z.string().max(9).optional() }))).toEqual([]);
  });
});

describe('measurePayload', () => {
  it('bounds depth and size without recursion', () => {
    expect(measurePayload({ path: 'a', tags: ['x'] })).toBeNull();
    let deep: unknown = 1;
    for (let i = 0; i < PAYLOAD_LIMITS.depth + 1; i += 1) deep = [deep];
    expect(measurePayload(deep)).toBe('depth');
    let ok: unknown = 1;
    for (let i = 0; i < PAYLOAD_LIMITS.depth - 1; i += 1) ok = { a: ok };
    expect(measurePayload(ok)).toBeNull();
    expect(measurePayload(new Array(PAYLOAD_LIMITS.values + 1).fill(0))).toBe('size');
    expect(measurePayload('x'.repeat(10_000_000))).toBeNull();
  });
});

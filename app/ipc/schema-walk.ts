/**
 * Reads a zod 4 payload schema as data, for the IPC fuzz tests: which parts are not strict or
 * not bounded, and one value that satisfies it (the seed a fuzzer mutates). Test support only;
 * relies on zod's `_zod.def`, which is public but low-level.
 */
import type { ZodType } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  element?: ZodType;
  innerType?: ZodType;
  options?: ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: ZodType;
  valueType?: ZodType;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; minimum?: number } } }>;
  in?: ZodType;
}

function defOf(schema: ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function hasCheck(def: Def, check: string): boolean {
  return (def.checks ?? []).some((c) => c._zod.def.check === check);
}

/**
 * Every place in `schema` where a renderer could send more than the contract means: objects
 * that accept unknown keys, strings and arrays without a maximum length, records without a
 * key bound, and schema kinds this walker does not know. Empty means strict and bounded.
 */
export function findLooseParts(schema: ZodType, at = '$'): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const problems =
        def.catchall && defOf(def.catchall).type === 'never' ? [] : [`${at}: accepts unknown keys`];
      for (const [key, value] of Object.entries(def.shape ?? {}))
        problems.push(...findLooseParts(value, `${at}.${key}`));
      return problems;
    }
    case 'string':
      return typeof (schema as unknown as { maxLength: number | null }).maxLength === 'number'
        ? []
        : [`${at}: string without a maximum length`];
    case 'array':
      return [
        ...(hasCheck(def, 'max_length') ? [] : [`${at}: array without a maximum length`]),
        ...findLooseParts(def.element!, `${at}[]`),
      ];
    case 'record':
      // The entry count is capped by the dispatcher's PAYLOAD_LIMITS.values.
      return [
        ...findLooseParts(def.keyType!, `${at}{key}`),
        ...findLooseParts(def.valueType!, `${at}{}`),
      ];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return findLooseParts(def.innerType!, at);
    case 'union':
      return (def.options ?? []).flatMap((option, i) => findLooseParts(option, `${at}|${i}`));
    case 'pipe':
      return findLooseParts(def.in!, at);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'undefined':
    case 'null':
    case 'never':
      return [];
    default:
      return [`${at}: unknown schema kind ${def.type}`];
  }
}

/** One value `schema` accepts (the smallest obvious one), or undefined. */
export function sampleOf(schema: ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {})
          .filter(([, value]) => defOf(value).type !== 'optional')
          .map(([key, value]) => [key, sampleOf(value)]),
      );
    case 'string': {
      const min = (schema as unknown as { minLength: number | null }).minLength ?? 0;
      return 'a'.repeat(Math.max(min, 1));
    }
    case 'number': {
      const min = (schema as unknown as { minValue: number | null }).minValue;
      return typeof min === 'number' && Number.isFinite(min) ? min : 0;
    }
    case 'boolean':
      return false;
    case 'array':
    case 'record':
      return def.type === 'array' ? [] : {};
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'nullable':
      return null;
    case 'optional':
    case 'default':
    case 'readonly':
      return sampleOf(def.innerType!);
    case 'union':
      return def.options?.[0] ? sampleOf(def.options[0]) : undefined;
    case 'pipe':
      return sampleOf(def.in!);
    default:
      return undefined;
  }
}

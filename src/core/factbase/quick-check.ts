import type { z } from 'zod';

/**
 * A yes/no check compiled from a zod record schema, that reads a record without copying it: the
 * load's fast path. zod's safeParse builds a full copy of every record (garbage at 100,000
 * records); this only reads. It is sound, never complete: it says yes only to values zod accepts
 * unchanged, and says no to anything it is unsure of (a schema node or check it does not know, a
 * string near a length limit, a nested default). On a no the caller runs zod itself, for the
 * verdict and the issues, so behaviour is zod's in every case (test/core/factbase/quick-check.test.ts).
 */
export type QuickCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
  when?: unknown;
}

const no: QuickCheck = () => false;

/**
 * Compiles a record schema (a strict object). A missing value is allowed where a key of the record
 * itself has a default (the caller fills those in); a missing defaulted value below the record's
 * own keys is left to zod.
 */
export function compileRecordCheck(schema: z.ZodType): QuickCheck {
  const def = schema._zod.def as unknown as Def;
  if (def.type !== 'object' || def.checks?.length) return no;
  return objectCheck(def, true) ?? no;
}

/** `defaultable`: a missing value passes where the schema has a default (see compileRecordCheck). */
function compileQuickCheck(schema: z.ZodType, defaultable: boolean): QuickCheck {
  const def = schema._zod.def as unknown as Def;
  const checks = valueChecks(def);
  if (!checks) return no;
  const base = typeCheck(def, defaultable);
  if (!base) return no;
  if (checks.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

function typeCheck(def: Def, defaultable: boolean): QuickCheck | undefined {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => allowed.has(v);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (v) => allowed.has(v);
    }
    case 'optional': {
      const inner = compileQuickCheck(def.innerType as z.ZodType, false);
      return (v) => v === undefined || inner(v);
    }
    case 'default': {
      const inner = compileQuickCheck(def.innerType as z.ZodType, false);
      return defaultable ? (v) => v === undefined || inner(v) : (v) => v !== undefined && inner(v);
    }
    case 'array': {
      const element = compileQuickCheck(def.element as z.ZodType, false);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (def.options ?? []).map((o) => compileQuickCheck(o, false));
      return (v) => options.some((o) => o(v));
    }
    case 'object':
      return objectCheck(def, false);
    default:
      return undefined;
  }
}

/** A strict object: every key known, each value passing; any other catchall is left to zod. */
function objectCheck(def: Def, record: boolean): QuickCheck | undefined {
  if ((def.catchall?._zod.def as Def | undefined)?.type !== 'never') return undefined;
  const keys = Object.keys(def.shape ?? {});
  const checks = keys.map((k) =>
    compileQuickCheck((def.shape as Record<string, z.ZodType>)[k] as z.ZodType, record),
  );
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    // A key the object lacks reads as undefined, or as an inherited value no check passes.
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const value = o[keys[i] as string];
      if (!(checks[i] as QuickCheck)(value)) return false;
      if (value !== undefined) present++;
    }
    // Any key beyond the known ones present (or a key holding undefined, which JSON never makes).
    let all = 0;
    for (const _ in o) all++;
    return all === present;
  };
}

/** The checks on a value after its type; undefined when one of them is unknown here. */
function valueChecks(def: Def): QuickCheck[] | undefined {
  const defs: CheckDef[] = (def.checks ?? []).map((c) => c._zod.def);
  // A string format (z.iso.date()) is a check on itself.
  if (def.check === 'string_format') defs.unshift(def as unknown as CheckDef);
  const out: QuickCheck[] = [];
  for (const c of defs) {
    const check = valueCheck(c, def.type);
    if (!check) return undefined;
    out.push(check);
  }
  return out;
}

function valueCheck(c: CheckDef, type: string): QuickCheck | undefined {
  switch (c.check) {
    case 'string_format': {
      const { pattern } = c;
      if (!pattern || (c.format !== 'regex' && c.format !== 'date')) return undefined;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'min_length': {
      const min = c.minimum ?? 0;
      // zod counts a string's length in code points (a surrogate pair is one).
      if (type === 'string')
        return (v) => {
          const s = v as string;
          return s.length >= 2 * min || (s.length >= min && codePoints(s) >= min);
        };
      if (type === 'array') return (v) => (v as unknown[]).length >= min;
      return undefined;
    }
    case 'greater_than': {
      const { value, inclusive } = c;
      if (typeof value !== 'number') return undefined;
      return inclusive ? (v) => (v as number) >= value : (v) => (v as number) > value;
    }
    case 'number_format':
      return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
    case 'custom': {
      const { fn } = c;
      // A refinement (the time zone check): only a plain `true` passes.
      return fn ? (v) => fn(v) === true : undefined;
    }
    default:
      return undefined;
  }
}

/** A string's length in code points, as zod counts it: a high surrogate before a low one is one. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

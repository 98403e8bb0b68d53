import type { z } from 'zod';

/**
 * A yes/no check compiled from a zod record schema, that reads a record without copying it: the
 * load's fast path. zod's safeParse builds a full copy of every record (garbage at 100,000
 * records); this only reads. It is sound, never complete: it says yes only to values zod accepts
 * unchanged, and says no to anything it is unsure of (a schema node or check it does not know, a
 * nested default). On a no the caller runs zod itself, for the verdict and the issues, so
 * behaviour is zod's in every case (test/core/factbase/quick-check.test.ts).
 *
 * The check is generated as JavaScript source, one function per record schema, as zod compiles
 * its own object parsers: each property is read at a site of its own, which V8 keeps monomorphic
 * (a shared closure reading `o[key]` for every schema measured four times slower at 100,000
 * records). Only the schema's structure goes into the source; its patterns, sets and refinements
 * are passed in as values, never written into the text.
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
  const g = new Generator();
  const body = g.object(def, 'v', true);
  if (body === undefined) return no;
  return generated('quickCheck', body, g.helpers);
}

/**
 * The check from its generated statements. Where code cannot be generated from strings (Node's
 * --disallow-code-generation-from-strings, a CSP), every record goes to zod, as before this path.
 */
function generated(name: string, body: string, helpers: unknown[]): QuickCheck {
  try {
    const make = new Function('h', 'cp', `return function ${name}(v) {\n${body}\nreturn true;\n};`);
    return make(helpers, codePoints) as QuickCheck;
  } catch {
    return no;
  }
}

/** Writes the statements that `return false` when the value in a variable fails a schema. */
class Generator {
  /** Values the source refers to as h[i]: patterns, sets of allowed values, refinements, options. */
  readonly helpers: unknown[] = [];
  private names = 0;

  private helper(value: unknown): string {
    this.helpers.push(value);
    return `h[${this.helpers.length - 1}]`;
  }

  private name(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  /** Statements checking the variable `x`; `defaultable`: a missing value passes where there is a default. */
  node(schema: z.ZodType, x: string, defaultable: boolean): string {
    const def = schema._zod.def as unknown as Def;
    const checks = this.valueChecks(def, x);
    if (checks === undefined) return 'return false;';
    const base = this.type(def, x, defaultable);
    return base === undefined ? 'return false;' : `${base}\n${checks}`;
  }

  private type(def: Def, x: string, defaultable: boolean): string | undefined {
    switch (def.type) {
      case 'string':
        return `if (typeof ${x} !== 'string') return false;`;
      case 'number':
        return `if (typeof ${x} !== 'number' || !Number.isFinite(${x})) return false;`;
      case 'boolean':
        return `if (typeof ${x} !== 'boolean') return false;`;
      case 'enum':
        return `if (!${this.helper(new Set(Object.values(def.entries ?? {})))}.has(${x})) return false;`;
      case 'literal':
        return `if (!${this.helper(new Set(def.values ?? []))}.has(${x})) return false;`;
      case 'optional':
        return `if (${x} !== undefined) {\n${this.node(def.innerType as z.ZodType, x, false)}\n}`;
      case 'default': {
        const inner = this.node(def.innerType as z.ZodType, x, false);
        return defaultable
          ? `if (${x} !== undefined) {\n${inner}\n}`
          : `if (${x} === undefined) return false;\n${inner}`;
      }
      case 'array': {
        const i = this.name('i');
        const e = this.name('e');
        const element = this.node(def.element as z.ZodType, e, false);
        return `if (!Array.isArray(${x})) return false;\nfor (let ${i} = 0; ${i} < ${x}.length; ${i}++) {\nconst ${e} = ${x}[${i}];\n${element}\n}`;
      }
      case 'union': {
        // Each option is a function of its own: passing any one of them is passing the union.
        const options = (def.options ?? []).map((o) => this.helper(this.option(o)));
        if (!options.length) return undefined;
        return `if (!(${options.map((o) => `${o}(${x})`).join(' || ')})) return false;`;
      }
      case 'object':
        return this.object(def, x, false);
      default:
        return undefined;
    }
  }

  /** A union's option, compiled on its own. */
  private option(schema: z.ZodType): QuickCheck {
    const g = new Generator();
    const body = g.node(schema, 'v', false);
    return generated('quickOption', body, g.helpers);
  }

  /** A strict object: every key known, each value passing; any other catchall is left to zod. */
  object(def: Def, x: string, record: boolean): string | undefined {
    if ((def.catchall?._zod.def as Def | undefined)?.type !== 'never') return undefined;
    const present = this.name('p');
    const all = this.name('n');
    const key = this.name('k');
    const lines = [
      `if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) return false;`,
      `let ${present} = 0;`,
    ];
    for (const [k, s] of Object.entries(def.shape ?? {})) {
      const value = this.name('f');
      // A key the object lacks reads as undefined, or as an inherited value no check passes.
      lines.push(
        `{\nconst ${value} = ${x}[${JSON.stringify(k)}];\n${this.node(s, value, record)}\nif (${value} !== undefined) ${present}++;\n}`,
      );
    }
    // Any key beyond the known ones present (or a key holding undefined, which JSON never makes).
    lines.push(
      `let ${all} = 0;`,
      `for (const ${key} in ${x}) ${all}++;`,
      `if (${all} !== ${present}) return false;`,
    );
    return lines.join('\n');
  }

  /** The checks on a value after its type; undefined when one of them is unknown here. */
  private valueChecks(def: Def, x: string): string | undefined {
    const defs: CheckDef[] = (def.checks ?? []).map((c) => c._zod.def);
    // A string format (z.iso.date()) is a check on itself.
    if (def.check === 'string_format') defs.unshift(def as unknown as CheckDef);
    const out: string[] = [];
    for (const c of defs) {
      const check = this.valueCheck(c, def.type, x);
      if (check === undefined) return undefined;
      out.push(check);
    }
    return out.join('\n');
  }

  private valueCheck(c: CheckDef, type: string, x: string): string | undefined {
    switch (c.check) {
      case 'string_format': {
        if (!c.pattern || (c.format !== 'regex' && c.format !== 'date')) return undefined;
        const pattern = this.helper(c.pattern);
        return `${pattern}.lastIndex = 0;\nif (!${pattern}.test(${x})) return false;`;
      }
      case 'min_length': {
        const min = Number(c.minimum ?? 0);
        // zod counts a string's length in code points (a surrogate pair is one).
        if (type === 'string')
          return `if (${x}.length < ${2 * min} && (${x}.length < ${min} || cp(${x}) < ${min})) return false;`;
        if (type === 'array') return `if (${x}.length < ${min}) return false;`;
        return undefined;
      }
      case 'greater_than': {
        if (typeof c.value !== 'number') return undefined;
        return `if (!(${x} ${c.inclusive ? '>=' : '>'} ${this.helper(c.value)})) return false;`;
      }
      case 'less_than': {
        if (typeof c.value !== 'number') return undefined;
        return `if (!(${x} ${c.inclusive ? '<=' : '<'} ${this.helper(c.value)})) return false;`;
      }
      case 'number_format':
        return c.format === 'safeint' ? `if (!Number.isSafeInteger(${x})) return false;` : undefined;
      case 'custom':
        // A refinement (the time zone check): only a plain `true` passes.
        return c.fn ? `if (${this.helper(c.fn)}(${x}) !== true) return false;` : undefined;
      default:
        return undefined;
    }
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

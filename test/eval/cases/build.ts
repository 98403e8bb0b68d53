import type { CaseLang, ClassId, EvalCase, Expect, Part, Turn } from '../types.js';

/** A case before its class and id are given. */
export interface Draft {
  now: string;
  part: Part;
  q?: string;
  expect?: Expect;
  turns?: readonly Turn[];
  note?: string;
}

/** A single question asked at `now`. */
export function ask(now: string, part: Part, q: string, expect: Expect, note?: string): Draft {
  return note === undefined ? { now, part, q, expect } : { now, part, q, expect, note };
}

/** A conversation: each turn's answer is checked; the case passes only if every turn does. */
export function talk(now: string, part: Part, turns: readonly (readonly [string, Expect])[]): Draft {
  return { now, part, turns: turns.map(([q, expect]) => ({ q, expect })) };
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** 'ja' for Japanese text, 'mixed' for Japanese with Latin words in it, else 'en'. */
export function langOf(text: string): CaseLang {
  if (!JAPANESE.test(text)) return 'en';
  return LATIN_WORD.test(text) ? 'mixed' : 'ja';
}

/**
 * Gives each draft its class and an id `<prefix>-<n>` (the prefix is the class unless a second file of
 * the class names its own, e.g. `why-more`); a conversation's language is its first Japanese turn's.
 */
export function cases(cls: ClassId, drafts: readonly Draft[], prefix: string = cls): EvalCase[] {
  return drafts.map((d, i) => {
    const texts = d.q !== undefined ? [d.q] : (d.turns ?? []).map((t) => t.q);
    const langs = texts.map(langOf);
    const lang: CaseLang = langs.includes('mixed') ? 'mixed' : langs.includes('ja') ? 'ja' : 'en';
    return { ...d, id: `${prefix}-${i + 1}`, class: cls, lang };
  });
}

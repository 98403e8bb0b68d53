import type { Gazetteer } from '../gazetteer.js';
import { hasJapanese, normalize, stem } from '../text.js';
import type { ClaimWords } from './claim-words.js';
import { WORLD_NAMES } from './world-names.js';

/** Most words in an outside name ("Ursula von der Leyen"). */
const MAX_WORDS = 4;
/** Words that open a question or a sentence, capitalised for grammar only. */
const FUNCTION_WORDS = new Set(
  'a an the is are was were be do does did what whats which who whom whose when where why how of in on at to for from by with about and or but not no yes i we you he she it they my your his her our their this that these those there any some much many will would should could can may might has have had tell please show give list hi hello hey thanks thank ok okay so and also just january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Every Latin word of the world-names table: the words whose adjacent pairs ClaimWords keeps. */
export function worldWords(): Set<string> {
  const words = new Set<string>();
  for (const entry of WORLD_NAMES)
    for (const spelling of entry)
      for (const w of spelling.toLowerCase().match(/[a-z0-9]+/g) ?? []) words.add(w);
  return words;
}

/**
 * Names of the wider world the fact base does not know (a place, a company, a person), found in a
 * question: from the world-names table (minus every name the fact base knows) and from capitalised
 * words no name in the fact base contains ("Elon Musk", "Zorblax Corp").
 */
export class OutsideNames {
  /** Normalised Latin spelling → the name as shown. */
  private readonly latin = new Map<string, string>();
  /** Japanese spellings, longest first, with the name as shown. */
  private readonly japanese: { spelling: string; shown: string }[] = [];

  /**
   * @param claims the words of every claim of the fact base: a name any claim uses ("China", in a
   * reader's comment) is not outside it.
   */
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly claims: ClaimWords,
  ) {
    for (const entry of WORLD_NAMES) {
      const [name] = entry;
      if (!name || this.inFactBase(name)) continue;
      for (const spelling of entry) {
        if (this.inFactBase(spelling)) continue;
        if (hasJapanese(spelling)) this.japanese.push({ spelling, shown: spelling });
        else this.latin.set(normalize(spelling), name);
      }
    }
    this.japanese.sort((a, b) => b.spelling.length - a.spelling.length);
  }

  /** Whether the fact base names this exactly (as a whole alias, not one word of it). */
  private inFactBase(spelling: string): boolean {
    const norm = normalize(spelling);
    if (this.inClaims(spelling)) return true;
    if (!hasJapanese(spelling) && !norm.includes(' ') && this.gazetteer.knows(stem(norm))) return true;
    return this.gazetteer.find(spelling).some((m) => !m.partial && m.alias === norm);
  }

  private inClaims(spelling: string): boolean {
    return this.claims.has(spelling);
  }

  /** The outside names in a question, as they should be named back (at most a few). */
  find(question: string): string[] {
    const found = new Set<string>();
    const norm = normalize(question);
    const tokens = norm.split(' ').filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        const phrase = tokens.slice(i, i + n).join(' ');
        // "canada's" is normalised to "canadas".
        const shown =
          this.latin.get(phrase) ?? (phrase.endsWith('s') ? this.latin.get(phrase.slice(0, -1)) : undefined);
        if (shown) {
          found.add(shown);
          i += n - 1;
          break;
        }
      }
    }
    if (hasJapanese(question)) {
      let rest = question.normalize('NFKC');
      for (const { spelling, shown } of this.japanese) {
        if (!rest.includes(spelling)) continue;
        found.add(shown);
        rest = rest.replaceAll(spelling, ' ');
      }
    }
    for (const name of this.capitalised(question)) {
      if (![...found].some((f) => f.toLowerCase().includes(name.toLowerCase()))) found.add(name);
    }
    return [...found].slice(0, 3);
  }

  /** Capitalised words, not opening a sentence, that no name in the fact base contains. */
  private capitalised(question: string): string[] {
    const out: string[] = [];
    for (const m of question.matchAll(/[A-Z][A-Za-z0-9-]{1,30}(?: [A-Z][A-Za-z0-9-]{1,30}){0,3}/g)) {
      const words = m[0].split(' ');
      const before = question.slice(0, m.index).trimEnd();
      // The first word of a sentence is capitalised for grammar, not because it is a name.
      // (Not in Japanese text, where a Latin word is capitalised only because it is a name: "Teslaへの…".)
      if ((!before || /[.!?:;]$/.test(before)) && !hasJapanese(question)) words.shift();
      if (!words.length) continue;
      const unknown = words.filter(
        (w) =>
          w.length > 2 &&
          !FUNCTION_WORDS.has(w.toLowerCase()) &&
          !this.gazetteer.knows(stem(normalize(w))) &&
          // A typo of a known name ("Lutnik") is that name.
          !this.gazetteer.find(w).length &&
          !this.inClaims(w),
      );
      if (unknown.length && unknown.length === words.length) out.push(words.join(' '));
    }
    return out;
  }
}

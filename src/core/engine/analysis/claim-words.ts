import type { FactBaseData } from '../../factbase/schema.js';

/**
 * The words every claim of the fact base uses (sources' own records aside), so that a name a claim
 * mentions ("China", in a reader's comment) is not taken for a name outside the fact base. Built in
 * one pass over the records' strings, with no copy of the whole text: Latin words (lower case) in a
 * set with the adjacent pairs of the words names are made of, Japanese text as a set of character
 * pairs. A spelling counts as used when each of its adjacent word pairs (Latin) or character pairs
 * (Japanese) is: for names of a few words, as these are, that is the phrase in all but contrived
 * cases, at a fraction of the cost of searching the text.
 */
/** Fields that hold ids, dates, codes or links, never words a name could be written in. */
const NOT_TEXT = new Set([
  'id',
  'source',
  'reported',
  'date',
  'month',
  'precision',
  'part',
  'url',
  'file',
  'timeZone',
  'currency',
  'conflict',
  'participants',
  'about',
  'partners',
  'organisation',
  'cite',
]);

export class ClaimWords {
  private readonly latin = new Set<string>();
  /** Japanese characters (their code) and adjacent pairs (code × 65,536 + next code). */
  private readonly pairs = new Set<number>();
  /** Adjacent Latin words, both of the vocabulary ("bank of", "of japan"): a phrase, not scattered words. */
  private readonly latinPairs = new Set<string>();

  /** @param vocabulary the words of the names that will be asked about: only their pairs are kept. */
  constructor(private readonly vocabulary: ReadonlySet<string> = new Set()) {}

  static of(facts: FactBaseData, vocabulary?: ReadonlySet<string>): ClaimWords {
    const words = new ClaimWords(vocabulary);
    const walk = (value: unknown): void => {
      if (typeof value === 'string') words.add(value);
      else if (Array.isArray(value)) for (const v of value) walk(v);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        for (const key in record) if (!NOT_TEXT.has(key)) walk(record[key]);
      }
    };
    for (const key in facts) if (key !== 'sources') walk((facts as unknown as Record<string, unknown>)[key]);
    return words;
  }

  add(text: string): void {
    // One lower-case copy per string, not one per word (where lower-casing keeps the length).
    const folded = text.toLowerCase();
    const lower = folded.length === text.length ? folded : null;
    let start = -1;
    let letters = false;
    let previous = 0;
    let previousWord = '';
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
      if (letter || (code >= 48 && code <= 57)) {
        if (start < 0) start = i;
        letters ||= letter;
      } else if (start >= 0) {
        // A number is never a name: only words with a letter are kept.
        const word = letters ? (lower ? lower.slice(start, i) : text.slice(start, i).toLowerCase()) : '';
        if (word) this.latin.add(word);
        if (word && this.vocabulary.has(word)) {
          if (previousWord) this.latinPairs.add(`${previousWord} ${word}`);
          previousWord = word;
        } else previousWord = '';
        start = -1;
        letters = false;
      }
      const japanese = code >= 0x3040 && code <= 0x9fff;
      if (japanese) {
        this.pairs.add(code);
        if (previous) this.pairs.add(previous * 65_536 + code);
      }
      previous = japanese ? code : 0;
    }
  }

  /** Whether the claims use this spelling (see the class note for what "use" means). */
  has(spelling: string): boolean {
    const latin = spelling.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    if (latin.some((w) => !this.latin.has(w))) return false;
    for (let i = 1; i < latin.length; i++)
      if (!this.latinPairs.has(`${latin[i - 1]} ${latin[i]}`)) return false;
    const japanese = [...spelling]
      .map((c) => c.charCodeAt(0))
      .filter((code) => code >= 0x3040 && code <= 0x9fff);
    if (japanese.length === 1) return this.pairs.has(japanese[0] ?? 0);
    for (let i = 1; i < japanese.length; i++)
      if (!this.pairs.has((japanese[i - 1] ?? 0) * 65_536 + (japanese[i] ?? 0))) return false;
    return latin.length > 0 || japanese.length > 0;
  }
}

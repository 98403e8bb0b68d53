/** Text normalisation shared by the gazetteer and the intent rules. */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu;

const PLAIN_NORMALIZED = /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/;

export function hasJapanese(s: string): boolean {
  return CJK.test(s);
}

export function isCjkChar(ch: string): boolean {
  return CJK.test(ch);
}

/** Removes control and invisible characters, collapses white space. */
export function clean(s: string): string {
  return s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Lower-case, width-folded (NFKC), apostrophes and dots inside abbreviations dropped
 * ("U.S." → "us", "PM's" → "pms"), other punctuation turned into spaces.
 */
export function normalize(s: string): string {
  // Fast paths for plain ASCII words, the bulk of names in a large fact base, and for words of
  // kana and kanji, the bulk of Japanese names: one pass, no Unicode normalisation.
  const plain = normalizePlain(s);
  if (plain !== undefined) return plain;
  if (isWordsOnly(s, true)) return s.toLowerCase();
  const out = s.normalize('NFKC').toLowerCase();
  // Words of letters, digits and kana or kanji, one space apart: nothing below would change them.
  return isWordsOnly(out, false) ? out : normalizeFully(out);
}

/**
 * normalize() of a string of only ASCII letters, digits and spaces, in one pass over it (no
 * regular expression); undefined for any other string.
 */
export function normalizePlain(s: string): string | undefined {
  let upper = false;
  let extraSpace = false;
  let previousSpace = true; // a leading space is extra
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) extraSpace = true;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else return undefined;
  }
  if (previousSpace && s.length > 0) extraSpace = true; // a trailing space
  const lower = upper ? s.toLowerCase() : s;
  return extraSpace ? lower.replace(/ +/g, ' ').trim() : lower;
}

/** normalize() without its fast paths (exported so a test can hold the fast paths to it). */
export function normalizeFully(s: string): string {
  let out = s.normalize('NFKC').toLowerCase();
  // Each rewrite runs only when its trigger character is there: most names have none.
  if (APOSTROPHE.test(out)) out = out.replace(CONTRACTED_IS, '$1 is').replace(APOSTROPHES, '');
  if (out.includes('.')) out = out.replace(ABBREVIATION_DOTS, '');
  if (out.includes(',')) out = out.replace(THOUSANDS, '$1');
  out = out.replace(NOT_WORD, ' ');
  if (out.includes('.')) out = out.replace(STRAY_DOTS, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Only a-z (and A-Z when `upper`), 0-9, hiragana, katakana (and ー) and CJK unified ideographs,
 * single spaces between: NFKC leaves each such character as it is, and each is a letter or number
 * to NOT_WORD, so normalize() has nothing to do but lower the case.
 */
function isWordsOnly(s: string, upper: boolean): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20) return false;
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 0x20;
    if (space && previousSpace) return false;
    previousSpace = space;
    if (
      space ||
      (c >= 0x61 && c <= 0x7a) ||
      (upper && c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x3041 && c <= 0x3096) ||
      (c >= 0x30a1 && c <= 0x30fa) ||
      c === 0x30fc ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff)
    )
      continue;
    return false;
  }
  return true;
}

const APOSTROPHE = /[’'`´]/;
/** "who's", "what's", "when's": the question word and "is", so cue words read them ("whos" is no word). */
const CONTRACTED_IS = /\b(who|what|when|where|how|why|which|that|there|here|it)[’'`´]s\b/g;
const APOSTROPHES = /[’'`´]/g;
const ABBREVIATION_DOTS = /(?<=\p{L})\.(?=\p{L}|\s|$)/gu;
const THOUSANDS = /(\d),(?=\d{3})/g;
const NOT_WORD = /[^\p{L}\p{N}$%.\s]/gu;
const STRAY_DOTS = /(?<!\d)\.|\.(?!\d)/g;

/** Latin/number words of a normalised string (CJK runs are left to substring matching). */
export function words(normalized: string): string[] {
  // normalize() leaves single spaces and no ends: plain words need only a split.
  if (PLAIN_NORMALIZED.test(normalized)) return normalized ? normalized.split(' ') : [];
  // Japanese characters separate Latin words too ("aiは対象" holds the word "ai").
  return normalized
    .split(/[\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]+/u)
    .filter((w) => w.length > 0);
}

/** Domain words too general to be a topic of their own ("what is the investment's purpose?"). */
const JA_GENERIC = new Set([
  '投資',
  '合意',
  '日米',
  '情報',
  '質問',
  '説明',
  '詳細',
  '内容',
  '関係',
  '今回',
  '全体',
  '一覧',
  '現在',
]);

/**
 * The topic words of a Japanese question that nothing explains: katakana or kanji runs of two or
 * more characters left once the given phrases (names, cue words) are removed. Hiragana is grammar.
 */
export function japaneseUnexplained(raw: string, explained: readonly string[]): string[] {
  let rest = raw.normalize('NFKC');
  for (const phrase of [...explained].sort((a, b) => b.length - a.length))
    if (phrase) rest = rest.split(phrase).join(' ');
  return (rest.match(/[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,}/gu) ?? []).filter(
    (w) => !JA_GENERIC.has(w),
  );
}

/** English plural/possessive folding good enough for names: "projects" → "project", "pms" → "pm". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1]!;
}

/** How many edits a word of this length may have and still match: none below 5 letters. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * The words of a record's text for telling records of one kind apart (events, tariffs): Latin words
 * (stemmed, of three letters or more, less the kind's common ones) and pairs of kanji or katakana
 * (hiragana pairs are particles and endings: "裁が", "した"). Pure.
 */
import { hasJapanese, normalize, stem, words } from '../text.js';

const HIRAGANA = /[\u3040-\u309f]/;

export function recordWords(
  text: string,
  into: Set<string>,
  common: ReadonlySet<string>,
  commonPairs: ReadonlySet<string> = new Set(),
): void {
  const norm = normalize(text);
  for (const w of words(norm)) if (w.length >= 3 && !common.has(w)) into.add(stem(w));
  if (!hasJapanese(norm)) return;
  const compact = norm.replace(/[\s\p{P}]+/gu, '');
  for (let i = 0; i < compact.length - 1; i++) {
    const pair = compact.slice(i, i + 2);
    if (hasJapanese(pair) && !HIRAGANA.test(pair) && !commonPairs.has(pair)) into.add(pair);
  }
}

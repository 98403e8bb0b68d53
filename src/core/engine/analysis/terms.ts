/** Topic terms of a text, for matching a question against the text of claims in either language. */

const STOP = new Set(
  'the and for from with that this what why how did does was were are is has have had who whom when where which will would could should can about into over after before their there them they its his her our your japan japanese deal us united states said says reason because been being than then just also only much many more most some any very still'.split(
    ' ',
  ),
);
const CJK_RUN = /[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,}/gu;

/**
 * English words of three letters or more (the first five letters of longer ones, so "resigned" and
 * "resignation" meet), and bigrams of kanji and katakana runs. Hiragana is grammar and is skipped.
 */
export function topicTerms(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.normalize('NFKC').toLowerCase();
  for (const m of lower.matchAll(/[a-z][a-z0-9]{2,}/g)) {
    const w = m[0];
    if (!STOP.has(w)) out.add(w.length > 5 ? w.slice(0, 5) : w);
  }
  for (const m of lower.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** How many terms two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

const KATAKANA_PAIR = /^[\u30a0-\u30ff]{2}$/u;

/**
 * How many terms two sets share, counting a chain of shared katakana pairs as one word: "オハイオ"
 * gives three pairs (オハ, ハイ, イオ) but is one name, as "ohio" is one English term. (Kanji pairs
 * count one by one: "候補案件" is two words.)
 */
export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const pairs: string[] = [];
  for (const t of a) {
    if (!b.has(t)) continue;
    if (KATAKANA_PAIR.test(t)) pairs.push(t);
    else n++;
  }
  if (!pairs.length) return n;
  // A pair continues a chain when its first character is the last of another shared pair.
  const ends = new Set(pairs.map((p) => p.charAt(1)));
  const chains = pairs.filter((p) => !ends.has(p.charAt(0))).length;
  return n + Math.max(1, chains);
}

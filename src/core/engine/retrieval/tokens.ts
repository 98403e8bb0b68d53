/**
 * The retrieval tokenizer: one function for claims and questions, in English and Japanese, with no
 * dictionary. English: the engine's normalisation and plural folding, stop words dropped. Japanese:
 * katakana words whole, kanji runs as overlapping character pairs (a lone kanji as itself), hiragana
 * skipped (it is grammar). Latin words inside Japanese text are read as English.
 */
import { normalize, stem, words } from '../text.js';

/** Words that carry no topic: question words, grammar, and the deal's own name parts. */
const STOP = new Set(
  (
    'a an the is are was were be been being do does did doing done what whats which who whom whose when where why how ' +
    'of in on at to for from by with about as and or but not no yes me my you your i we our it its this that these those ' +
    'there their they them he she his her any some much many will would should could can may might must has have had ' +
    'tell please know show give get got one all so then than just really very also only into over after before up out ' +
    'if else ever yet still now new lol pls thx ok okay anything something thing things say says said bot deal'
  ).split(' '),
);

/** Lone kanji that only ask or point ("what", "who", "now", "No."): no topic of their own. */
const JA_STOP = new Set(['何', '誰', '今', '件', '方', '的', '私', '教', '知', '第']);

/** Katakana (with the long vowel mark and middle dot), kanji, and hiragana runs. */
const SCRIPT_RUN = /[\u30a0-\u30ff\uff66-\uff9f]+|[\u3400-\u4dbf\u4e00-\u9fff々]+|[\u3040-\u309f]+/gu;
const HIRAGANA = /^[\u3040-\u309f]+$/u;
const KANJI = /^[\u3400-\u4dbf\u4e00-\u9fff々]+$/u;

/** A word longer than this is not a word (a pasted blob): it is skipped, never searched fuzzily. */
const MAX_WORD = 30;

/** Plain numbers are read by the amount and date rules; as search terms they match anything. */
const NUMBER = /^[\d.,$%]+$/;

/** The search terms of a text (claim or question), in order, repeats kept. */
export function tokenize(text: string): string[] {
  return termGroups(text).flat();
}

/**
 * The search terms of a text grouped by the word they come from: one term for an English or a
 * katakana word, the overlapping pairs of a kanji run (so a question can be judged word by word).
 */
export function termGroups(text: string): string[][] {
  const out: string[][] = [];
  const n = normalize(text);
  for (const w of words(n)) {
    if (w.length > MAX_WORD || NUMBER.test(w) || w.length < 2) continue;
    const s = english(w);
    if (!STOP.has(w) && !STOP.has(s)) out.push([s]);
  }
  for (const m of n.matchAll(SCRIPT_RUN)) {
    const run = m[0];
    if (HIRAGANA.test(run)) continue;
    if (KANJI.test(run)) {
      if (run.length === 1) {
        if (!JA_STOP.has(run)) out.push([run]);
        continue;
      }
      const pairs: string[] = [];
      for (let i = 0; i + 1 < run.length && i < MAX_WORD; i++) pairs.push(run.slice(i, i + 2));
      out.push(pairs);
    } else if (run.length >= 2 && run.length <= MAX_WORD && run !== 'ー') out.push([run]);
  }
  return out;
}

/** Plural folding, then "-ing" and "-ed" dropped from longer words ("budgeting", "signed"). */
function english(word: string): string {
  const s = stem(word);
  if (s.length > 6 && s.endsWith('ing')) return s.slice(0, -3);
  if (s.length > 5 && s.endsWith('ed') && !s.endsWith('eed')) return s.slice(0, -2);
  return s;
}

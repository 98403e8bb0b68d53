import type { Mention } from './gazetteer.js';
import { allowedEdits, editDistance, hasJapanese, normalize, stem } from './text.js';

/**
 * Whether a question word is a misspelling of a word of a name the question was read to contain
 * ("lutnik" for "lutnick"): such a word is explained, as the name it misspells would be. Only the
 * names found are compared, so an unknown word is never explained by chance.
 */
export function typoOfName(word: string, mentions: readonly Mention[]): boolean {
  const w = stem(word);
  const max = allowedEdits(w.length);
  if (!max) return false;
  for (const m of mentions) {
    if (m.partial || m.strength >= 1) continue;
    for (const part of m.alias.split(' ')) {
      if (part !== w && editDistance(w, part, max) <= max) return true;
    }
  }
  return false;
}

/**
 * Whether a name is all the words given ("Lutnick", "the PM", "lutnik"), not a question around a
 * name ("heads JBIC", "the CEO of Hitachi"). Japanese is taken as the name alone.
 */
export function namedAlone(words: string, alias: string): boolean {
  const text = normalize(words).replace(/^(the|a|an) /, '');
  if (hasJapanese(text)) return true;
  const given = text.split(' ');
  const name = alias.split(' ');
  return given.length <= name.length;
}

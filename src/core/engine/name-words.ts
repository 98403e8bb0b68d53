import type { Entity } from './knowledge.js';
import { hasJapanese, normalize, stem, words } from './text.js';

/** Words too short or too common to confirm a name. */
const MIN_LETTERS = 3;

/**
 * How many words of the question one name of the entity holds, the matched word included ("who
 * runs the ohio plant": 2, "ohio" and "plant" of "Ohio gas plant"). Reads only the entity's own names.
 */
export function wordsOfName(entity: Entity, token: string, qTokens: readonly string[]): number {
  const others = new Set(qTokens.filter((t) => t !== token && t.length >= MIN_LETTERS));
  let best = 1;
  if (!others.size) return best;
  for (const name of [entity.name.en, ...entity.aliases]) {
    if (hasJapanese(name)) continue;
    const ws = new Set(words(normalize(name)).map(stem));
    if (!ws.has(token)) continue;
    let n = 1;
    for (const w of ws) if (others.has(w)) n++;
    best = Math.max(best, n);
  }
  return best;
}

/** Words that name the same thing in names ("2nd batch" = "second batch", "who picks" = "who selects"). */
const GROUPS: readonly (readonly string[])[] = [
  ['first', '1st'],
  ['second', '2nd'],
  ['third', '3rd'],
  ['select', 'pick', 'choose'],
  ['selected', 'picked', 'chosen'],
];
const SAME = new Map<string, readonly string[]>();
for (const group of GROUPS)
  for (const w of group)
    SAME.set(
      w,
      group.filter((x) => x !== w),
    );

/** The other words a (stemmed) question word stands for in names; none for most words. */
export function sameWords(word: string): readonly string[] {
  return SAME.get(word) ?? [];
}

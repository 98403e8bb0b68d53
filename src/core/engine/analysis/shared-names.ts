import type { Mention } from '../gazetteer.js';
import { wordsOfName } from '../name-words.js';
import { hasJapanese, normalize, stem, words } from '../text.js';

/** How strongly an event is named by a word that also names one of its participants, alone. */
const SHARED_STRENGTH = 0.75;
/** Each further word (or Japanese character pair) of the event's names found in the question. */
const STEP = 0.09;
const MOST = 0.85;
/** The kinds of record that take part in events. */
const PARTICIPANTS = new Set(['organisation', 'person']);
const HIRAGANA = /[\u3040-\u309f]/;

/**
 * An event read from a name that also names a court, an organisation or a person ("最高裁" is the
 * court and, in the fact base, one of its hearings) is named only in passing, as one word of a
 * longer name would be: its strength is that of the other words of its names the question holds
 * ("first … meeting" of "First meeting of the consultation committee"), so those words choose it.
 */
export function weakenSharedNames(question: string, mentions: readonly Mention[]): Mention[] {
  const others = new Set(mentions.filter((m) => PARTICIPANTS.has(m.entity.type)).map((m) => m.alias));
  if (!others.size) return [...mentions];
  const norm = normalize(question);
  const qTokens = words(norm).map(stem);
  const compact = norm.replace(/\s+/g, '');
  return mentions.map((m) => {
    if (m.entity.type !== 'event' || m.partial || !others.has(m.alias)) return m;
    const extra = hasJapanese(m.alias)
      ? japanesePairs(m, compact)
      : wordsOfName(m.entity, m.alias.split(' ')[0] ?? m.alias, qTokens) - m.alias.split(' ').length;
    const strength = Math.min(m.strength, MOST, SHARED_STRENGTH + Math.max(0, extra) * STEP);
    return { ...m, strength };
  });
}

/** Character pairs (no hiragana) of the event's Japanese names, outside the shared name, in the question. */
function japanesePairs(m: Mention, compact: string): number {
  const rest = compact.split(m.alias).join('|');
  const found = new Set<string>();
  for (const name of [m.entity.name.ja, ...m.entity.aliases]) {
    if (!hasJapanese(name)) continue;
    const n = normalize(name).replace(/\s+/g, '').split(m.alias).join('|');
    for (let i = 0; i < n.length - 1; i++) {
      const pair = n.slice(i, i + 2);
      if (pair.includes('|') || HIRAGANA.test(pair) || !hasJapanese(pair)) continue;
      if (rest.includes(pair)) found.add(pair);
    }
  }
  return found.size;
}

/**
 * How well a question fits one of a person's events ("when did Akazawa go to Washington?" fits his
 * Washington visit, not his latest event): the words it shares with the event's name, aliases and
 * place, and the words people use for that kind of event. Pure.
 */
import type { EventNow } from '../knowledge/view.js';
import { hasJapanese, normalize, stem } from './text.js';

/** The words people use for each kind of event (English stems, Japanese substrings). */
const KIND_WORDS: Partial<Record<EventNow['kind'], { en: readonly string[]; ja: readonly string[] }>> = {
  visit: {
    en: ['visit', 'trip', 'go', 'went', 'gone', 'going', 'arrive', 'arrived', 'travel'],
    ja: ['訪問', '訪米', '訪日', '行', '到着', '出張'],
  },
  meeting: { en: ['meet', 'met', 'meeting', 'talk', 'talks'], ja: ['会談', '会っ', '会合', '協議'] },
  call: { en: ['call', 'called', 'phone', 'spoke', 'speak'], ja: ['電話'] },
  summit: { en: ['summit', 'meet', 'met', 'talks'], ja: ['首脳', '会談'] },
  signing: { en: ['sign', 'signed', 'signing'], ja: ['署名', '調印'] },
  election: { en: ['elected', 'election', 'won', 'win'], ja: ['選挙', '選出', '当選'] },
  appointment: { en: ['became', 'become', 'appointed', 'sworn'], ja: ['就任', '任命'] },
};

const IGNORED = new Set(
  'the a an of to in on at for and with when did does do is was were will what where who how his her their he she they japan japanese us'.split(
    ' ',
  ),
);

/** The content words of a question, stemmed (English), without the names already matched. */
export function fitWords(text: string, exclude: readonly string[]): Set<string> {
  const skip = new Set(exclude.flatMap((x) => normalize(x).split(' ')));
  return new Set(
    text
      .split(' ')
      .filter((w) => w.length > 1 && !IGNORED.has(w) && !skip.has(w) && !hasJapanese(w))
      .map(stem),
  );
}

/** 0 when nothing fits; one point per shared word, half a point for a kind word. */
export function eventFit(words: ReadonlySet<string>, raw: string, e: EventNow): number {
  let score = 0;
  const named = new Set(
    [e.name.en, ...e.aliases.filter((a) => !hasJapanese(a)), e.place?.en ?? '']
      .flatMap((s) => normalize(s).split(' '))
      .map(stem),
  );
  for (const w of words) if (named.has(w)) score += 1;
  const kind = KIND_WORDS[e.kind];
  if (kind) {
    if (kind.en.some((w) => words.has(stem(w)))) score += 0.5;
    if (kind.ja.some((w) => raw.includes(w))) score += 0.5;
  }
  if (hasJapanese(raw)) {
    // Japanese has no spaces: a katakana or kanji word of the event's name found in the question.
    for (const part of [e.name.ja, e.place?.ja ?? '', ...e.aliases.filter(hasJapanese)].flatMap((s) =>
      s.split(/[・、。\s（）()「」]|の|と|を|に|が|は/),
    ))
      if (part.length >= 2 && raw.includes(part)) score += 1;
  }
  return score;
}

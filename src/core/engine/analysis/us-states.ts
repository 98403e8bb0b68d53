/**
 * The US states, in English and Japanese: the places a question can put a project in ("moved to
 * Alabama", "ルイジアナに移転"). General world knowledge, not knowledge of the deal.
 */
export const US_STATES: readonly (readonly [string, string])[] = [
  ['Alabama', 'アラバマ'],
  ['Alaska', 'アラスカ'],
  ['Arizona', 'アリゾナ'],
  ['Arkansas', 'アーカンソー'],
  ['California', 'カリフォルニア'],
  ['Colorado', 'コロラド'],
  ['Connecticut', 'コネチカット'],
  ['Delaware', 'デラウェア'],
  ['Florida', 'フロリダ'],
  ['Georgia', 'ジョージア'],
  ['Hawaii', 'ハワイ'],
  ['Idaho', 'アイダホ'],
  ['Illinois', 'イリノイ'],
  ['Indiana', 'インディアナ'],
  ['Iowa', 'アイオワ'],
  ['Kansas', 'カンザス'],
  ['Kentucky', 'ケンタッキー'],
  ['Louisiana', 'ルイジアナ'],
  // 'メイン' alone is also "main" in Japanese: only with 州.
  ['Maine', 'メイン州'],
  ['Maryland', 'メリーランド'],
  ['Massachusetts', 'マサチューセッツ'],
  ['Michigan', 'ミシガン'],
  ['Minnesota', 'ミネソタ'],
  ['Mississippi', 'ミシシッピ'],
  ['Missouri', 'ミズーリ'],
  ['Montana', 'モンタナ'],
  ['Nebraska', 'ネブラスカ'],
  ['Nevada', 'ネバダ'],
  ['New Hampshire', 'ニューハンプシャー'],
  ['New Jersey', 'ニュージャージー'],
  ['New Mexico', 'ニューメキシコ'],
  ['New York', 'ニューヨーク'],
  ['North Carolina', 'ノースカロライナ'],
  ['North Dakota', 'ノースダコタ'],
  ['Ohio', 'オハイオ'],
  ['Oklahoma', 'オクラホマ'],
  ['Oregon', 'オレゴン'],
  ['Pennsylvania', 'ペンシルベニア'],
  ['Rhode Island', 'ロードアイランド'],
  ['South Carolina', 'サウスカロライナ'],
  ['South Dakota', 'サウスダコタ'],
  ['Tennessee', 'テネシー'],
  ['Texas', 'テキサス'],
  ['Utah', 'ユタ'],
  ['Vermont', 'バーモント'],
  ['Virginia', 'バージニア'],
  ['Washington State', 'ワシントン州'],
  ['West Virginia', 'ウェストバージニア'],
  ['Wisconsin', 'ウィスコンシン'],
  ['Wyoming', 'ワイオミング'],
];

/** Each state's English name as a whole word, compiled once (not per question). */
const STATE_WORDS = US_STATES.map(([en]) => new RegExp(`(^|[^a-z])${en.toLowerCase()}($|[^a-z])`));

/** The states a question names, as [English, Japanese]; "West Virginia" is not also "Virginia". */
export function statesIn(text: string, raw: string): (readonly [string, string])[] {
  const found = US_STATES.filter(([, ja], i) => (STATE_WORDS[i] as RegExp).test(text) || raw.includes(ja));
  return found.filter(([en]) => !found.some(([other]) => other !== en && other.endsWith(` ${en}`)));
}

const ANY_STATE = new RegExp(
  `\\b(${US_STATES.map(([en]) => en)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
);

/**
 * The state a location names ("Southern Ohio, near Portsmouth" → "Ohio"; "オハイオ州南部…" →
 * "オハイオ州"), in the location's language; undefined when it names none.
 */
export function stateIn(location: string, lang: 'en' | 'ja'): string | undefined {
  if (lang === 'en') return ANY_STATE.exec(location)?.[1];
  // Japanese writes the state with 州 ("オハイオ州"); the longest name first ("ウェストバージニア").
  let best: string | undefined;
  for (const [, ja] of US_STATES)
    if (location.includes(`${ja}州`) && (!best || ja.length > best.length)) best = ja;
  return best ? `${best}州` : undefined;
}

/**
 * The fifty US states, in English and Japanese: the words people ask a project by ("the Ohio one",
 * "オハイオの案件"), found in a recorded location however long it is. General knowledge, no record's.
 */
const STATES: readonly (readonly [string, string])[] = [
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
  ['Maine', 'メーン'],
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
  ['Washington', 'ワシントン'],
  ['West Virginia', 'ウェストバージニア'],
  ['Wisconsin', 'ウィスコンシン'],
  ['Wyoming', 'ワイオミング'],
];

const EN = new RegExp(
  `\\b(${[...STATES]
    .map(([en]) => en)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
);

/**
 * The state a location names ("Southern Ohio, near Portsmouth" → "Ohio"; "オハイオ州南部…" →
 * "オハイオ州"), in the location's language; undefined when it names none.
 */
export function stateIn(location: string, lang: 'en' | 'ja'): string | undefined {
  if (lang === 'en') return EN.exec(location)?.[1];
  // Japanese writes the state with 州 ("オハイオ州"); the longest name first ("ウェストバージニア").
  let best: string | undefined;
  for (const [, ja] of STATES)
    if (location.includes(`${ja}州`) && (!best || ja.length > best.length)) best = ja;
  return best ? `${best}州` : undefined;
}

/** Names as either language writes them: any one of the spellings will do. */
export const AKAZAWA = ['Akazawa', '赤沢', '赤澤'];
export const LUTNICK = ['Lutnick', 'ラトニック'];
export const TAKAICHI = ['Takaichi', '高市'];
export const TRUMP = ['Trump', 'トランプ'];
export const OHIO = ['Ohio', 'オハイオ'];
export const TEXAS = ['Texas', 'テキサス'];
export const GEORGIA = ['Georgia', 'ジョージア'];
export const TENNESSEE = ['Tennessee', 'テネシー'];
export const PENNSYLVANIA = ['Pennsylvania', 'ペンシルベニア', 'ペンシルバニア'];
export const SB_ENERGY = ['SB Energy', 'SBエナジー', 'SB エナジー'];
export const SENTINEL = ['Sentinel', 'センチネル'];
export const ELEMENT_SIX = ['Element Six', 'エレメント・シックス', 'エレメントシックス'];
export const DIAMOND = ['diamond', 'ダイヤ', 'Element Six'];
export const GE_HITACHI = ['GE Vernova', 'Hitachi', '日立', 'GEベルノバ'];
export const WASHINGTON = ['Washington', 'ワシントン'];
export const COMMERCE = ['Commerce Secretary', 'Secretary of Commerce', '商務長官'];
export const PRIME_MINISTER = ['Prime Minister', '首相', '総理'];
export const METI = ['Economy, Trade and Industry', 'METI', '経済産業', '経産'];
export const OHIO_USD = ['$33 billion', '$33.3 billion'];
export const SECOND_TOTAL = ['$73 billion', '$62.9 billion', '¥10 trillion'];
export const NUCLEAR = ['nuclear', 'SMR', 'reactor', '原子力', '原発', '小型モジュール炉'];
export const WIRES = [
  'Reuters',
  'Kyodo',
  'Jiji',
  'Yomiuri',
  'Bloomberg',
  'ロイター',
  '共同',
  '時事',
  '読売',
  'ブルームバーグ',
];
/** Where the record ends: June 2026. */
export const RECORD_END = '2026-06';

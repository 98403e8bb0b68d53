/** Names and places the sources never mention (#12): the answer names them back and does not pass off a neighbour. */

import type { Part } from '../types.js';
import { ask, cases, type Draft } from './build.js';

/** An unknown name: named back, and "I don't know" about it. */
const unknown = (
  now: string,
  q: string,
  name: string | readonly string[],
  part: Part = 'meta',
  extra = {},
): Draft => ask(now, part, q, { namesBack: name, dontKnow: true, ...extra });

export default cases('unknown-names', [
  unknown('2026-02-12', 'who is the president of Brazil?', 'Brazil', 'people', {
    mustNotMention: ['President of the United States'],
  }),
  unknown('2026-03-10', 'how much is Honda putting in?', 'Honda', 'projects'),
  unknown('2026-03-25', 'is sony part of this', 'Sony', 'projects'),
  unknown('2026-02-20', "what's nissan doing in the deal", 'Nissan', 'projects'),
  unknown('2026-12-06', "who is canada's trade minister", 'Canada', 'people'),
  unknown('2026-03-10', 'how much is going to michigan?', 'Michigan', 'projects'),
  unknown('2026-03-25', 'arizona projects?', 'Arizona', 'projects'),
  unknown('2026-02-20', 'what does elon musk think', ['Elon Musk', 'Musk'], 'people'),
  unknown('2026-01-20', 'is tesla getting any money', 'Tesla', 'projects'),
  unknown('2025-11-01', 'what about samsung', 'Samsung', 'projects'),
  unknown('2026-06-01', 'does nvidia get a cut', 'Nvidia', 'projects'),
  unknown('2025-09-10', 'what did kishida say about the deal', 'Kishida', 'people'),
  unknown('2026-12-06', 'what does JD Vance think of it', 'Vance', 'people'),
  unknown('2026-03-10', 'is intel involved', 'Intel', 'projects'),
  unknown('2026-02-12', 'TSMC?', 'TSMC', 'projects'),
  unknown('2025-10-01', "what's germany's position on this", 'Germany', 'meta'),
  unknown('2026-03-25', 'did rubio go to the summit', 'Rubio', 'events'),
  unknown('2026-06-01', 'rapidus funding?', 'Rapidus', 'projects'),
  unknown('2026-02-20', 'how much is for the osaka project', 'Osaka', 'projects'),
  unknown(
    '2026-03-10',
    'what does the bank of japan governor say',
    ['Bank of Japan', 'BOJ', 'BoJ', '日銀'],
    'people',
  ),
  unknown('2026-02-20', 'what about hyundai', 'Hyundai', 'projects'),
  unknown('2026-12-06', 'whats the mexico angle', 'Mexico', 'meta'),
  unknown('2025-12-01', 'how much does amazon get', 'Amazon', 'projects'),
  unknown('2026-03-25', 'who is the governor of florida', 'Florida', 'people'),
  unknown('2026-03-10', 'ホンダはいくら出すの？', ['ホンダ', 'Honda'], 'projects'),
  unknown('2026-02-20', 'ソニーも関係ある？', ['ソニー', 'Sony'], 'projects'),
  unknown('2026-12-06', 'ブラジルの大統領は誰？', ['ブラジル', 'Brazil'], 'people', {
    mustNotMention: ['米大統領', 'President of the United States'],
  }),
  unknown('2026-03-25', '日産の投資額は？', ['日産', 'Nissan'], 'projects'),
  unknown('2025-11-01', '岸田さんはこの合意について何て言ってる？', ['岸田', 'Kishida'], 'people'),
  unknown('2026-03-10', '大阪の案件はある？', ['大阪', 'Osaka'], 'projects'),
  unknown('2026-06-01', 'ミシガン州への投資は？', ['ミシガン', 'Michigan'], 'projects'),
  unknown('2026-02-12', 'サムスンは？', ['サムスン', 'Samsung'], 'projects'),
  unknown('2026-03-25', '任天堂って関係ある？', ['任天堂', 'Nintendo'], 'projects'),
  unknown('2026-01-20', 'カナダの貿易相は誰？', ['カナダ', 'Canada'], 'people'),
  unknown('2026-12-06', 'ラピダスに資金は出る？', ['ラピダス', 'Rapidus'], 'projects'),
  unknown('2026-02-20', '植田総裁のコメントは？', ['植田', 'Ueda'], 'people'),
  unknown('2026-03-10', 'Teslaへの投資はある？', 'Tesla', 'projects'),
  unknown('2026-06-01', 'Nvidiaは対象？', 'Nvidia', 'projects'),
  unknown('2025-09-10', 'フロリダのプロジェクトは？', ['フロリダ', 'Florida'], 'projects'),
  unknown('2026-12-06', 'メキシコとの関係は？', ['メキシコ', 'Mexico'], 'meta'),
]);

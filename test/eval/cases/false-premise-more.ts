/**
 * False premises, second file (#12): premises of every kind (ordinals and counts, amounts, money paid,
 * roles, places, outcomes, "this week", things reported only later), and true premises that must not be
 * rejected. Expectations come from the public record (/work/shared/sources/), row numbers in the notes.
 */

import type { Alt, Expect, Part } from '../types.js';
import { ask, cases, type Draft } from './build.js';
import { COMMERCE, GEORGIA, OHIO_USD, PRIME_MINISTER, TAKAICHI, TEXAS } from './names.js';

/** A false premise: rejected in the lead, and the known facts named. */
const premise = (now: string, part: Part, q: string, known: readonly Alt[], extra: Expect = {}): Draft =>
  ask(now, part, q, { rejectsPremise: true, mustMention: known, ...extra });

/** A lead that rejects the premise: a true premise must not get one. */
const REJECTS =
  '^(there is no report|no: there is no|my sources have no|.{0,60}という報道は情報源にありません)';

/** A true premise: answered, not rejected. */
const holds = (now: string, part: Part, q: string, known: readonly Alt[], note?: string): Draft =>
  ask(now, part, q, { mustMention: known, mustNotMatch: [REJECTS], dontKnow: false }, note);

const PLEDGE = ['$550 billion'];
const COMMITMENT = ['pledge', 'commitment', 'commit', '約束', '誓約', '拠出'];

export default cases(
  'false-premise',
  [
    // Ordinals and counts beyond what is recorded as of the clock.
    premise('2026-03-25', 'projects', 'when was the third tranche announced?', ['2026-03-19'], {}),
    premise('2026-12-06', 'projects', "what's the 4th project in the first tranche", [TEXAS, GEORGIA]),
    premise('2026-03-25', 'events', "how did takaichi's second white house visit go", ['2026-03-19']),
    premise('2025-12-20', 'events', 'what came out of the consultation committee second meeting', [
      '2025-12-17',
    ]),
    premise('2026-03-25', 'projects', '第3弾の案件はどれ？', ['2026-03-19']),
    premise('2026-12-06', 'projects', '第1弾の4つ目の案件は何？', [TEXAS, GEORGIA]),
    premise('2026-03-25', 'events', '高市首相の2回目のホワイトハウス訪問はどうだった？', ['2026-03-19']),
    // Amounts that contradict the recorded amount.
    premise('2026-03-10', 'terms', 'why was the pledge raised to $650 billion', PLEDGE),
    premise('2026-03-10', 'projects', 'who is building the $60bn ohio plant?', [OHIO_USD]),
    premise('2026-03-25', 'projects', 'why does the $5 billion diamond plant cost so much', [
      ['$600 million'],
    ]),
    premise('2026-03-10', 'projects', 'オハイオの600億ドルの発電所は誰が運営するの？', [OHIO_USD]),
    premise('2026-02-20', 'terms', '投資額が7000億ドルに増えたのはなぜ？', PLEDGE),
    // Money moved: the sources report commitments and loan agreements, no disbursement.
    premise('2026-03-25', 'terms', 'how much money has japan actually sent to the us so far', [COMMITMENT]),
    premise('2026-06-01', 'projects', 'how much has been disbursed for the texas port so far', [TEXAS]),
    premise('2026-03-25', 'projects', '日本はもう第1弾にいくら払ったの？', [['$36 billion']]),
    // Roles, as of the clock.
    premise('2026-03-10', 'people', 'when did lutnick become treasury secretary', [COMMERCE]),
    premise('2026-03-10', 'people', 'since when is takaichi foreign minister?', [PRIME_MINISTER]),
    premise('2026-02-20', 'people', 'what did prime minister ishiba say about the first tranche', [TAKAICHI]),
    premise('2026-03-10', 'people', '石破首相は最高裁判決についてどう言った？', [TAKAICHI]),
    premise('2026-03-10', 'people', 'ラトニック財務長官はいつ就任した？', [COMMERCE]),
    // Places.
    premise('2026-03-25', 'projects', 'why is the diamond plant being built in Arizona?', [GEORGIA]),
    premise('2026-03-10', 'projects', 'テキサスの港湾プロジェクトがフロリダに移転したのはなぜ？', [TEXAS]),
    premise('2026-03-25', 'projects', 'the georgia diamond plant in nevada, how big is it', [GEORGIA]),
    // Outcomes and states.
    premise(
      '2026-03-10',
      'events',
      "now that the supreme court backed trump's tariffs, what happens to the 15%?",
      ['2026-02-20'],
    ),
    premise('2026-03-10', 'events', '最高裁が関税を合憲と判断したのはいつ？', ['2026-02-20']),
    premise('2026-02-20', 'events', 'why did trump veto the first tranche', ['2026-02-17']),
    premise('2026-03-25', 'events', 'why did takaichi refuse to meet trump in march', ['2026-03-19']),
    premise('2026-03-25', 'terms', '日本が合意から離脱したのはなぜ？', PLEDGE),
    premise('2026-03-10', 'events', 'what did takaichi and trump sign this week', ['2026-03-19']),
    // Reported only after the clock: not reported yet, not false.
    premise('2026-02-12', 'projects', 'why did trump approve the first three projects', [
      ['candidate', '候補'],
    ]),
    premise('2026-03-10', 'projects', 'why was the second tranche capped at $73 billion', [], {
      mustNotMention: ['GE Vernova', 'Pennsylvania', 'ペンシルベニア'],
    }),
    // True premises: answered, never rejected.
    holds('2026-02-20', 'projects', 'why did trump approve the first tranche', [
      ['2026-02-17', '$36 billion'],
    ]),
    holds('2025-09-10', 'events', 'why did lutnick sign the mou', [
      ['2025-09-04', 'September 2025', '2025年9月'],
    ]),
    holds('2026-03-25', 'events', 'when did takaichi visit the white house', ['2026-03-19']),
    holds('2026-03-25', 'projects', 'when was the second tranche announced', ['2026-03-19']),
    holds('2026-03-10', 'events', 'why did the supreme court strike down the tariffs', ['IEEPA']),
    holds('2026-03-25', 'projects', 'who runs the $33bn ohio plant', [
      ['SB Energy', 'SoftBank', 'ソフトバンク'],
    ]),
    holds('2026-03-10', 'projects', 'why is the gulflink port in texas', [TEXAS]),
    holds('2025-11-01', 'people', 'when did takaichi become prime minister', ['2025-10-21']),
    holds('2025-08-01', 'people', 'what did prime minister ishiba say about the deal', [['Ishiba', '石破']]),
    holds('2026-03-25', 'events', '高市首相がホワイトハウスを訪問したのはいつ？', ['2026-03-19']),
    holds('2026-03-10', 'events', '最高裁が関税を無効にしたのはいつ？', ['2026-02-20']),
    holds('2026-03-10', 'events', 'when did akazawa meet lutnick in washington in march', ['2026-03-06']),
    holds('2026-03-10', 'terms', 'why did japan stick with the pledge after the ruling', PLEDGE),
  ],
  'false-premise-more',
);

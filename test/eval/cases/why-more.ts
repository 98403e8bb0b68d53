/**
 * More "why" questions (#12): the reason the sources give for the record the question is about (an
 * event picked by its month, place or people; a project, tranche, tariff or the pledge itself), both
 * reasons where the sources give two, and "not reported" (then what is known) where they give none.
 * Expectations come from the public record's rows, at clocks after the row's publication date.
 */
import { ask, cases } from './build.js';

const GOALS = ['technological leadership', 'economic security', '技術的リーダーシップ', '経済安全保障'];

export default cases(
  'why',
  [
    ask(
      '2026-03-10',
      'events',
      'why did akazawa fly to washington again in march',
      { mustMention: [['second', '2nd', '第2弾', 'tariff', '関税']], mustNotMention: GOALS },
      'row 52 (Yomiuri 2026-03-06): the second tranche and the tariffs after the ruling',
    ),
    ask('2026-03-10', 'events', '3月の赤沢大臣の訪米の目的は？', {
      mustMention: [['第2弾', '二次', 'second', '関税', 'tariff']],
      mustNotMention: GOALS,
    }),
    ask(
      '2026-02-14',
      'events',
      "why didn't akazawa and lutnick settle the first project in february",
      { mustMention: [['gap', '隔たり', 'issues', '課題']], mustNotMention: GOALS },
      'row 43 (Kyodo/Qazinform 2026-02-13): a significant gap remained',
    ),
    ask('2026-02-14', 'events', '2月の赤沢・ラトニック会談で最初の案件が決まらなかった理由は？', {
      mustMention: [['隔たり', 'gap', '課題', 'issues']],
    }),
    ask(
      '2026-02-25',
      'projects',
      'why did it take until february to pick the first projects',
      { mustMention: [['profitab', '採算', '収益']], mustNotMention: GOALS },
      'row 45 (Yomiuri 2026-02-20): talks stalled on profitability',
    ),
    ask('2026-06-01', 'projects', '第1弾の発表が遅れたのはなぜ？', {
      mustMention: [['採算', '収益', 'profitab']],
    }),
    ask(
      '2026-01-28',
      'projects',
      'why is japan looking at a diamond factory in the US',
      { mustMention: [['China', '中国']] },
      'row 39 (Reuters 2026-01-27): China curbed exports of some synthetic diamonds',
    ),
    ask('2026-03-01', 'projects', 'なぜ合成ダイヤモンドの工場なの？', { mustMention: [['中国', 'China']] }),
    ask(
      '2026-02-23',
      'events',
      'why did the supreme court throw out the tariffs',
      { mustMention: ['IEEPA'], mustNotMention: GOALS },
      'row 47: IEEPA does not authorise tariffs',
    ),
    ask('2026-06-01', 'events', '最高裁が相互関税を無効にした理由は？', { mustMention: ['IEEPA'] }),
    ask(
      '2025-09-08',
      'people',
      'why did ishiba step down',
      { mustMention: [['milestone', 'pressure', '区切り', '節目', '圧力']], mustNotMention: GOALS },
      'row 19 (AP, Reuters 2025-09-07)',
    ),
    ask('2025-12-01', 'people', '石破さんが辞めた理由は？', {
      mustMention: [['区切り', '節目', '圧力', 'milestone', 'pressure']],
    }),
    ask(
      '2026-03-12',
      'events',
      'why is the US investigating japan under section 301',
      { mustMention: [['excess capacity', '過剰']] },
      'row 55 (Kyodo 2026-03-11)',
    ),
    ask(
      '2026-03-25',
      'events',
      "what's the reason for the section 301 probes",
      {
        mustMention: [
          ['excess capacity', '過剰'],
          ['Section 122', '122条'],
        ],
      },
      'row 55: two reasons, the stated ground and the timing',
    ),
    ask(
      '2025-11-25',
      'projects',
      'why does the US government want to own nuclear reactors',
      { mustMention: [['emergency', '緊急']], mustNotMention: GOALS },
      'row 32 (Bloomberg 2025-11-20)',
    ),
    ask(
      '2026-02-25',
      'terms',
      'why is japan sticking with the $550bn after the ruling',
      {
        mustMention: [
          ['no change', 'stands', 'keep', 'good faith', '変わらない', '変更はない', '維持', '誠実'],
        ],
        mustNotMention: GOALS,
      },
      'rows 48-49 (Jiji 2026-02-22; Reuters Feb 2026)',
    ),
    ask(
      '2026-03-21',
      'events',
      'why was the takaichi trump meeting overshadowed',
      { mustMention: [['Iran', 'Hormuz', 'イラン', 'ホルムズ']] },
      'row 56 (2026-03-19)',
    ),
    ask(
      '2025-08-10',
      'events',
      'why did japan complain about the tariff order in august',
      { mustMention: [['stack', '上乗せ', '二重']] },
      'row 9 (Reuters ~2025-08-08)',
    ),
    ask('2025-07-25', 'terms', '日本はなぜ5500億ドルの投資に合意したの？', {
      mustMention: [['関税', 'tariff']],
      mustNotMention: GOALS,
    }),
    ask(
      '2026-03-10',
      'projects',
      'why did JDI stock soar',
      { mustMention: [['display', 'ディスプレイ']] },
      'row 54 (Reuters 2026-03-09)',
    ),
    ask(
      '2026-03-01',
      'projects',
      'why was PJM not told about the ohio plant',
      { notStated: true, mustMention: ['PJM'], mustNotMention: GOALS },
      'row 45 says PJM was unaware; no reason is given',
    ),
    ask(
      '2026-02-12',
      'events',
      'why did takaichi call a snap election',
      { notStated: true, mustMention: [['election', '選挙', '315']], mustNotMention: GOALS },
      'row 42 gives the result, no reason',
    ),
    ask(
      '2026-03-01',
      'events',
      '高市首相はなぜ衆院を解散したの？',
      { notStated: true, mustNotMention: GOALS },
      'row 42 gives no reason',
    ),
    ask(
      '2026-03-10',
      'projects',
      'why did trump call the texas project an LNG facility',
      { notStated: true, mustMention: [['crude', '原油']], mustNotMention: GOALS },
      'row 44: the conflict is recorded, its reason is not',
    ),
    ask(
      '2025-10-01',
      'terms',
      'why did japan create a new facility at JBIC',
      { mustMention: [['$550 billion', 'package', 'developed', '先進国']] },
      'row 24 (Reuters 2025-09-26)',
    ),
    ask('2026-03-10', 'projects', 'なぜ第2弾は原子力なの？', {
      mustMention: [['原子炉', 'reactor', 'ウェスチングハウス', 'Westinghouse']],
    }),
    ask(
      '2026-01-10',
      'events',
      'why does takaichi want to visit trump before april',
      { mustMention: [['China', '中国']] },
      'row 37: before Trump’s planned April China trip',
    ),
    ask(
      '2025-09-20',
      'events',
      'why did the US cut the tariff on japanese cars',
      { mustMention: [['July', '7月', 'agreement', 'deal', '合意']], mustNotMention: GOALS },
      'row 22: the cut carried out the July deal',
    ),
  ],
  'why-more',
);

/** "Why" questions (#12): the reason recorded for that event, not the deal's goals. */
import { ask, cases } from './build.js';

const GOALS = ['technological leadership', 'economic security', '技術的リーダーシップ', '経済安全保障'];

export default cases('why', [
  ask(
    '2026-03-10',
    'events',
    'why did Akazawa go to Washington in March?',
    {
      mustMention: [['second', '2nd', '第2弾', 'tariff']],
      mustNotMention: GOALS,
    },
    'row 52',
  ),
  ask('2026-02-12', 'events', 'why is akazawa in washington', {
    mustMention: [['first project', 'first projects', '最初の案件', '第1弾']],
  }),
  ask(
    '2026-03-10',
    'projects',
    'why did the first project take so long',
    { mustMention: [['profitab', '採算', '収益']] },
    'row 45',
  ),
  ask('2026-03-10', 'projects', 'why did JDI shares jump', { mustMention: [['display', 'ディスプレイ']] }),
  ask('2026-02-20', 'projects', 'why a diamond plant?', { mustMention: [['China', '中国']] }, 'row 39'),
  ask('2026-03-25', 'events', 'why did the supreme court strike down the tariffs', {
    mustMention: ['IEEPA'],
  }),
  ask('2025-09-10', 'people', 'why did ishiba resign', {
    mustMention: [['milestone', 'pressure', '区切り', '節目', '圧力']],
  }),
  ask('2026-03-25', 'events', 'why did the US open section 301 probes', {
    mustMention: [['excess capacity', '過剰']],
  }),
  ask('2025-08-01', 'terms', 'why did japan agree to invest $550bn', { mustMention: [['tariff', '関税']] }),
  ask('2025-08-10', 'events', 'why was japan upset about the august tariff order', {
    mustMention: [['stack', '上乗せ', '二重']],
  }),
  ask('2026-03-10', 'terms', 'why is japan keeping the pledge if the tariffs are gone', {
    mustMention: [['no change', 'stands', 'keep', 'good faith', '変わらない', '維持', '誠実']],
    mustNotMention: GOALS,
  }),
  ask(
    '2025-12-01',
    'projects',
    'why does the US want to own nuclear reactors',
    { mustMention: [['emergency', '緊急']] },
    'row 32',
  ),
  ask('2026-03-25', 'events', 'why was the summit overshadowed', {
    mustMention: [['Iran', 'Hormuz', 'イラン', 'ホルムズ']],
  }),
  ask('2025-10-01', 'terms', 'why did japan set up a new JBIC facility', {
    mustMention: [['$550 billion', 'package', 'developed', '先進国']],
  }),
  ask('2026-03-10', 'projects', 'why nuclear for the second round?', {
    mustMention: [['reactor', '原子炉', 'Westinghouse', 'ウェスチングハウス']],
  }),
  ask('2026-03-10', 'events', 'why was the february meeting inconclusive', {
    mustMention: [['gap', '隔たり', 'issues', '課題']],
  }),
  ask('2026-02-12', 'terms', 'why does the $550bn exist at all', { mustMention: [['tariff', '関税']] }),
  ask(
    '2026-02-20',
    'projects',
    'why did PJM not know about the ohio plant',
    { notStated: true, mustMention: ['PJM'] },
    'row 45 gives no reason',
  ),
  ask('2026-03-10', 'events', '赤沢さんはなぜ3月にワシントンへ行ったの？', {
    mustMention: [['第2弾', '二次', 'second', '関税']],
    mustNotMention: GOALS,
  }),
  ask('2026-02-12', 'events', '赤沢大臣の訪米の目的は？', {
    mustMention: [['最初の案件', '第1弾', 'first project']],
  }),
  ask('2026-03-10', 'projects', '最初の案件が遅れた理由は？', {
    mustMention: [['採算', '収益', 'profitab']],
  }),
  ask('2026-02-20', 'projects', 'なぜダイヤモンド工場？', { mustMention: [['中国', 'China']] }),
  ask('2026-03-25', 'events', '最高裁はなぜ関税を無効にしたの？', { mustMention: ['IEEPA'] }),
  ask('2025-09-10', 'people', '石破首相はなぜ辞任したの？', {
    mustMention: [['区切り', '節目', 'milestone', '圧力']],
  }),
  ask('2026-03-10', 'projects', 'JDIの株価はなぜ上がった？', { mustMention: [['ディスプレイ', 'display']] }),
  ask('2026-03-25', 'events', '首脳会談はなぜ影が薄かった？', {
    mustMention: [['イラン', 'ホルムズ', 'Iran', 'Hormuz']],
  }),
  ask('2025-08-10', 'events', '8月の関税の大統領令に日本が抗議した理由は？', {
    mustMention: [['上乗せ', '二重', 'stack']],
  }),
  ask('2026-03-25', 'events', '301条調査はなぜ始まった？', { mustMention: [['過剰', 'excess capacity']] }),
  ask('2026-03-10', 'events', '2月の会談で決まらなかったのはなぜ？', {
    mustMention: [['隔たり', 'gap', '課題', 'issues']],
  }),
  ask('2025-12-01', 'projects', '米国はなぜ原子炉を所有したいの？', { mustMention: [['緊急', 'emergency']] }),
]);

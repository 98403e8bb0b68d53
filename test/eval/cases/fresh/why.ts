/**
 * Held-out set: "why" questions get the reason recorded for that event, never the deal's goals.
 */
import { ask, cases } from '../build.js';

const TERM = ['term', '任期'];
const NOTICE = ['Federal Register', '官報', 'notice', '7-day', '7 days', '7日'];
const CHINA = ['China', '中国', '訪中'];
const HAYASHI = ['feasibility', 'offtake', 'risk', '実現', 'リスク'];
const RULING = ['Supreme Court', '最高裁', 'IEEPA'];
const LOANS = ['loan', 'guarantee', '融資', '保証'];
const CALL = ['good faith', 'no less favourabl', 'no less favorabl', 'stack', '誠実', '不利', '上乗せ'];

export default cases(
  'why',
  [
    ask(
      '2026-03-12',
      'terms',
      'why jan 19 2029 as the deadline',
      { mustMention: [TERM] },
      "terms: end of Trump's term",
    ),
    ask(
      '2025-09-30',
      'events',
      'why did the car tariff cut only start sept 16',
      { mustMention: [NOTICE] },
      'rows 14, 20, 22',
    ),
    ask(
      '2026-01-20',
      'events',
      'why does takaichi want to go to the US in spring',
      { mustMention: [CHINA] },
      "row 37: before Trump's April China trip",
    ),
    ask(
      '2026-03-01',
      'projects',
      'why was the JBIC governor skeptical at first',
      { mustMention: [HAYASHI] },
      'row 50',
    ),
    ask('2025-09-30', 'terms', "why would japan's tariffs go back up", {
      mustMention: [['45 days', '45日', 'fund', 'quarterly', '資金']],
    }),
    ask(
      '2026-03-03',
      'events',
      'why did akazawa ring lutnick after the court ruling',
      { mustMention: [CALL] },
      'row 49: the call of 23 Feb; its sources are dated only "Feb 2026", so the clock is a week later',
    ),
    ask(
      '2025-08-25',
      'terms',
      'why does japan say only 1-2% is real investment',
      { mustMention: [LOANS] },
      'row 8',
    ),
    ask('2025-11-25', 'projects', 'why did katayama downplay the october project list', {
      mustMention: [['finalised', 'finalized', 'not final', 'interest', '確定', '関心']],
    }),
    ask('2026-02-25', 'terms', 'why did the 15% tariff on japan go away', { mustMention: [RULING] }),
    ask('2026-03-12', 'terms', 'なぜ期限が2029年1月19日なの？', { mustMention: [TERM] }),
    ask('2025-09-30', 'events', '自動車関税の引き下げが9月16日までかかったのはなぜ？', {
      mustMention: [NOTICE],
    }),
    ask('2026-01-20', 'events', '高市首相の訪米が春になった理由は？', { mustMention: [CHINA] }),
    ask('2026-03-01', 'projects', 'JBIC総裁はなぜ最初は懐疑的だった？', { mustMention: [HAYASHI] }),
    ask('2026-02-25', 'terms', '15%の関税がなくなったのはなぜ？', { mustMention: [RULING] }),
    ask('2025-08-25', 'terms', '日本が出資は1〜2%だけと言うのはなぜ？', { mustMention: [LOANS] }),
    ask('2026-03-03', 'events', '最高裁判決の後、AkazawaがLutnickに電話したのはなぜ？', {
      mustMention: [CALL],
    }),
    ask('2025-11-25', 'projects', '片山財務相が10月の案件リストは確定じゃないと言ったのはなぜ？', {
      mustMention: [['確定', '関心', 'finalised', 'finalized', 'interest']],
    }),
  ],
  'fresh-why',
);

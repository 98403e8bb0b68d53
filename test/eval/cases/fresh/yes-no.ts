/**
 * Held-out set: yes/no questions. "Yes" or "No" first, correct as of the clock: roles (Akazawa METI
 * only from 21 Oct 2025; Takaichi PM from 21 Oct 2025), sectors, tranche membership, terms, dates.
 */
import { ask, cases } from '../build.js';
import { ELEMENT_SIX, METI, TRUMP } from '../names.js';

const REVITALIZATION = ['Economic Revitalization', 'Economic Revitalisation', '経済再生'];
const PRESIDENT = ['President', '大統領', ...TRUMP];

export default cases(
  'yes-no',
  [
    ask('2026-03-12', 'people', 'is akazawa the trade and industry minister', {
      yesNo: 'yes',
      mustMention: [METI],
    }),
    ask(
      '2025-09-30',
      'people',
      'is akazawa METI minister',
      { yesNo: 'no', mustMention: [REVITALIZATION] },
      'row 26: METI only from 21 Oct 2025',
    ),
    ask('2026-02-25', 'terms', 'is shipbuilding one of the sectors', { yesNo: 'yes' }),
    ask('2026-03-12', 'terms', 'quantum computing covered?', { yesNo: 'yes' }),
    ask('2026-03-12', 'projects', "is the georgia plant de beers' element six", {
      yesNo: 'yes',
      mustMention: [ELEMENT_SIX],
    }),
    ask('2026-02-25', 'projects', 'is the texas port part of the first tranche', { yesNo: 'yes' }),
    ask('2026-02-25', 'projects', 'was the first tranche $36 billion', { yesNo: 'yes' }),
    ask(
      '2026-03-12',
      'projects',
      'is the diamond plant a $500 million project',
      { yesNo: 'no', mustMention: ['$600 million'] },
      'row 44: ~$600M when selected; $500M was the January pre-report',
    ),
    ask('2025-10-10', 'people', 'did ishiba resign', { yesNo: 'yes', mustMention: ['2025-09-07'] }),
    ask('2026-01-20', 'people', 'is takaichi the PM', { yesNo: 'yes' }),
    ask('2025-09-30', 'people', 'is takaichi prime minister', { yesNo: 'no' }),
    ask('2026-02-16', 'events', 'did the feb 12 meeting settle the first project', { yesNo: 'no' }, 'row 43'),
    ask('2026-04-15', 'events', 'did the march summit with trump happen', {
      yesNo: 'yes',
      mustMention: ['2026-03-19'],
    }),
    ask('2026-03-12', 'terms', 'does the president make the final pick of projects', {
      yesNo: 'yes',
      mustMention: [PRESIDENT],
    }),
    ask(
      '2026-03-12',
      'terms',
      'does the investment committee have japanese members',
      { yesNo: 'no' },
      'terms: reported to consist only of US officials',
    ),
    ask('2025-11-25', 'people', 'is bessent the treasury secretary', { yesNo: 'yes' }),
    ask('2026-03-25', 'projects', 'did JDI make it into the second tranche', { yesNo: 'no' }, 'section 3c'),
    ask('2026-12-06', 'terms', 'is the deadline january 2029', { yesNo: 'yes', mustMention: ['2029-01-19'] }),
    ask('2026-03-12', 'people', '赤沢さんは経産大臣？', { yesNo: 'yes' }),
    ask('2025-09-30', 'people', '赤沢さんは経産大臣？', { yesNo: 'no', mustMention: [REVITALIZATION] }),
    ask('2026-02-25', 'terms', '造船は対象分野？', { yesNo: 'yes' }),
    ask('2026-03-12', 'terms', '量子コンピューターも入ってる？', { yesNo: 'yes' }),
    ask('2026-03-12', 'projects', 'ジョージアの工場はElement Sixが運営？', { yesNo: 'yes' }),
    ask('2025-09-30', 'people', '高市さんはもう首相？', { yesNo: 'no' }),
    ask('2026-04-15', 'events', '3月の首脳会談は開かれた？', { yesNo: 'yes' }),
    ask('2026-03-12', 'terms', '投資委員会に日本側も入ってる？', { yesNo: 'no' }),
    ask('2026-12-06', 'terms', '投資の期限は2029年1月？', { yesNo: 'yes' }),
    ask('2026-03-25', 'projects', 'JDIは第2弾に入った？', { yesNo: 'no' }),
  ],
  'fresh-yes-no',
);

/**
 * More yes/no questions (#12), written before the general yes/no operator: roles, sector lists,
 * tranche membership, signatories, terms, amounts, places, statuses and the order of events, each
 * checked as of its clock against the public record (/work/shared/sources/). Where the sources are
 * silent, the answer is neither yes nor no but "not stated", then what is known.
 */
import { ask, cases } from './build.js';
import {
  AKAZAWA,
  DIAMOND,
  ELEMENT_SIX,
  GEORGIA,
  LUTNICK,
  OHIO_USD,
  PRIME_MINISTER,
  SENTINEL,
  TENNESSEE,
  TEXAS,
} from './names.js';

const ENERGY = ['energy', 'エネルギー'];

export default cases(
  'yes-no',
  [
    // Roles, as of the clock.
    ask('2026-03-10', 'people', 'is bessent the treasury secretary?', { yesNo: 'yes' }, 'row 4: Bessent'),
    ask(
      '2025-11-01',
      'people',
      'is katayama the finance minister now',
      { yesNo: 'yes' },
      'row 4: from 21 Oct 2025',
    ),
    ask(
      '2025-09-10',
      'people',
      'is ishiba the prime minister?',
      { yesNo: 'yes', mustMention: [['resign', '辞任', 'caretaker']] },
      'row 4: announced his resignation on 7 Sept 2025, caretaker until a successor',
    ),
    ask('2026-02-20', 'people', '高市さんは首相？', { yesNo: 'yes' }, 'row 4'),
    ask(
      '2026-03-10',
      'people',
      'ラトニックは財務長官？',
      { yesNo: 'no', mustMention: [['Commerce', '商務']] },
      'row 4: Commerce Secretary',
    ),
    // Signatories of the MOU.
    ask(
      '2025-09-10',
      'events',
      'did bessent sign the MOU?',
      { yesNo: 'no', mustMention: [LUTNICK, AKAZAWA] },
      'section 2: Lutnick and Akazawa signed',
    ),
    ask(
      '2025-10-01',
      'events',
      'did lutnick sign the mou',
      { yesNo: 'yes', mustMention: ['2025-09-04'] },
      'section 2',
    ),
    ask(
      '2025-10-01',
      'events',
      '赤沢さんは覚書に署名した？',
      { yesNo: 'yes', mustMention: ['2025-09-04'] },
      'section 2',
    ),
    // Sectors: listed by name, or not.
    ask('2026-02-12', 'terms', 'is shipbuilding one of the sectors?', { yesNo: 'yes' }, 'section 2: sectors'),
    ask('2026-02-12', 'terms', '半導体は対象分野に入ってる？', { yesNo: 'yes' }, 'section 2: sectors'),
    ask(
      '2026-02-12',
      'terms',
      'is real estate one of the target sectors',
      { yesNo: 'no' },
      'section 2: not listed',
    ),
    ask(
      '2026-03-25',
      'terms',
      'is oil one of the seven sectors?',
      { yesNo: 'no', mustMention: [ENERGY] },
      'not listed by name; energy (incl. pipelines) is',
    ),
    // Tranche membership.
    ask(
      '2026-02-20',
      'projects',
      'is the gulflink port part of the first tranche?',
      { yesNo: 'yes', mustMention: [TEXAS] },
      'section 3a',
    ),
    ask(
      '2026-03-25',
      'projects',
      'is the JDI display plant in the second tranche?',
      { yesNo: 'no' },
      'section 3c: only a candidate, not among the NHK items',
    ),
    ask(
      '2026-03-25',
      'projects',
      'is the copper smelter in the first tranche',
      { yesNo: 'no' },
      'section 3c',
    ),
    ask(
      '2026-03-25',
      'projects',
      'ペンシルベニアのガス発電所は第2弾に入ってる？',
      { yesNo: 'yes' },
      'section 3b',
    ),
    // Amounts.
    ask('2026-02-20', 'projects', 'is the gulflink port $2.1 billion?', { yesNo: 'yes' }, 'section 3a'),
    ask(
      '2026-02-20',
      'projects',
      'is the diamond plant worth $1 billion',
      { yesNo: 'no', mustMention: ['$600 million'] },
      'section 3a: about $600M',
    ),
    ask(
      '2026-03-25',
      'projects',
      'オハイオの案件は100億ドル？',
      { yesNo: 'no', mustMention: [OHIO_USD] },
      'section 3a: $33B / $33.3B',
    ),
    // Places.
    ask(
      '2026-02-20',
      'projects',
      'is the gulflink terminal off louisiana?',
      { yesNo: 'no', mustMention: [TEXAS] },
      'section 3a: off Freeport, Texas',
    ),
    ask(
      '2026-02-20',
      'projects',
      'ダイヤモンド工場はジョージア州にある？',
      { yesNo: 'yes', mustMention: [GEORGIA] },
      'section 3a',
    ),
    ask(
      '2026-03-25',
      'projects',
      'are the SMRs going in tennessee',
      { yesNo: 'yes', mustMention: [TENNESSEE] },
      'section 3b',
    ),
    // Operators and partners.
    ask(
      '2026-02-20',
      'projects',
      'is element six running the diamond plant?',
      { yesNo: 'yes', mustMention: [ELEMENT_SIX] },
      'section 3a',
    ),
    ask(
      '2026-02-20',
      'projects',
      'ガルフリンクの事業者はセンチネル？',
      { yesNo: 'yes', mustMention: [SENTINEL] },
      'section 3a',
    ),
    // Statuses, as of the clock.
    ask(
      '2026-02-12',
      'projects',
      'has the diamond plant been selected?',
      { yesNo: 'no', mustNotMention: ['2026-02-17'] },
      'selected 17 Feb 2026',
    ),
    ask(
      '2026-02-20',
      'projects',
      'has the diamond plant been selected yet',
      { yesNo: 'yes', mustMention: [DIAMOND] },
      'selected 17 Feb 2026',
    ),
    ask('2026-03-25', 'projects', '銅製錬の案件は決まった？', { yesNo: 'no' }, 'section 3c: candidate only'),
    // Terms.
    ask(
      '2025-12-01',
      'terms',
      'does japan get 60 days to fund a project?',
      { yesNo: 'no', mustMention: [['45 days', '45日']] },
      'section 2: 45 days',
    ),
    ask(
      '2025-10-01',
      'terms',
      'is the deadline january 2029?',
      { yesNo: 'yes', mustMention: ['2029-01-19'] },
      'section 2',
    ),
    // Order of events and "yet", as of the clock.
    ask(
      '2026-03-10',
      'events',
      'was the first tranche announced before the supreme court ruling?',
      { yesNo: 'yes' },
      'rows 44, 47: 17 Feb before 20 Feb',
    ),
    ask(
      '2025-10-01',
      'events',
      'did the MOU come before the car tariff cut?',
      { yesNo: 'yes' },
      'rows 14, 22: 4 Sept before 16 Sept',
    ),
    ask(
      '2026-03-25',
      'events',
      'has the section 122 surcharge expired yet?',
      { yesNo: 'no', mustMention: ['2026-07-24'] },
      'row 47: to 24 Jul 2026',
    ),
    ask(
      '2026-03-10',
      'events',
      '高市首相のホワイトハウス訪問はもう終わった？',
      { yesNo: 'no', mustMention: [['3月19日', '2026-03-19']] },
      'row 56',
    ),
    ask('2026-03-25', 'events', '高市首相のホワイトハウス訪問は終わった？', { yesNo: 'yes' }, 'row 56'),
    ask(
      '2025-11-01',
      'events',
      'has takaichi met trump yet?',
      { yesNo: 'yes', mustMention: [['2025-10-28', 'October 28', '10月28日']] },
      'row 4: hosted Trump 28 Oct 2025',
    ),
    // Not stated: neither yes nor no.
    ask(
      '2026-03-25',
      'projects',
      'will the ohio plant create 5,000 jobs?',
      { notStated: true, mustMention: [OHIO_USD] },
      'no job figure in the sources',
    ),
    ask(
      '2026-02-20',
      'projects',
      'ダイヤモンド工場は2027年に完成する？',
      { notStated: true, mustMention: [DIAMOND] },
      'no completion date in the sources',
    ),
    ask(
      '2026-03-10',
      'people',
      'is takaichi still prime minister?',
      { yesNo: 'yes', mustMention: [PRIME_MINISTER] },
      'row 4',
    ),
  ],
  'yes-no-more',
);

/** False premises (#12): the lead says there is no such report, then the answer gives what is known. */

import type { Alt, Part } from '../types.js';
import { ask, cases, type Draft } from './build.js';
import { COMMERCE, DIAMOND, GE_HITACHI, LUTNICK, SB_ENERGY, TAKAICHI, TEXAS } from './names.js';

/** A false premise: rejected in the lead, and the known facts named. */
const premise = (now: string, part: Part, q: string, known: readonly Alt[], extra = {}): Draft =>
  ask(now, part, q, { rejectsPremise: true, mustMention: known, ...extra });

export default cases('false-premise', [
  premise('2026-03-10', 'people', 'why did Lutnick resign?', [COMMERCE]),
  premise('2026-03-25', 'projects', 'why was the Georgia plant scrapped?', [DIAMOND]),
  premise('2026-03-25', 'events', 'when did Takaichi visit Ottawa?', ['2026-03-19'], { namesBack: 'Ottawa' }),
  premise('2026-02-20', 'projects', 'why did the US reject all three projects', ['2026-02-17']),
  premise('2025-11-01', 'people', 'when did akazawa become prime minister', [TAKAICHI]),
  premise('2026-02-12', 'projects', 'how much has japan already paid for the ohio plant', ['$40 billion'], {
    mustNotMention: ['2026-02-17'],
  }),
  premise('2025-09-10', 'events', 'why did japan refuse to sign the MOU', ['2025-09-04']),
  premise('2026-03-10', 'events', 'since the supreme court upheld the tariffs, what now?', ['2026-02-20']),
  premise('2026-03-25', 'events', 'why did trump cancel the march summit', ['2026-03-19']),
  premise('2026-12-06', 'projects', 'when was the third tranche announced', ['2026-06']),
  premise('2025-10-01', 'terms', 'why is the tariff on japanese cars still 27.5%', ['15%', '2025-09-16']),
  premise('2026-02-20', 'projects', 'why did softbank pull out of the ohio project', [SB_ENERGY]),
  premise('2026-03-25', 'projects', 'how many westinghouse reactors got approved in the 2nd tranche', [
    GE_HITACHI,
  ]),
  premise('2025-09-10', 'events', 'why did bessent sign the mou instead of lutnick', [LUTNICK]),
  premise('2026-06-01', 'terms', 'why did japan withdraw the $550bn pledge after the ruling', [
    '$550 billion',
  ]),
  premise('2026-03-10', 'projects', 'why is the GulfLink terminal in Louisiana?', [TEXAS], {
    namesBack: 'Louisiana',
  }),
  premise('2026-02-12', 'events', 'what did akazawa and trump agree this week', [LUTNICK]),
  premise('2025-12-01', 'events', 'what did the consultation committee decide at its first meeting', [], {
    mustNotMention: ['2025-12-17', '2025-12-18'],
  }),
  premise('2025-08-01', 'terms', 'why did the us drop the tariff on japan to zero', ['15%']),
  premise('2026-02-20', 'people', 'why did ishiba approve the first tranche', [TAKAICHI]),
  premise('2026-02-12', 'terms', 'why did the pledge go up to $600 billion', ['$550 billion']),
  premise('2026-03-25', 'projects', 'why was the port project moved to alabama', [TEXAS]),
  premise('2026-03-10', 'people', 'why was akazawa fired as trade minister', [
    ['Economy, Trade and Industry', 'METI', '経済産業'],
  ]),
  premise('2026-12-06', 'events', 'how did the second takaichi white house visit go in may', ['2026-03-19']),
  premise('2026-03-10', 'people', 'ラトニックはなぜ辞任したの？', [COMMERCE]),
  premise('2026-03-25', 'projects', 'ジョージアの工場が中止になった理由は？', [DIAMOND]),
  premise('2026-03-25', 'events', '高市さんがオタワを訪問したのはいつ？', ['2026-03-19'], {
    namesBack: ['オタワ', 'Ottawa'],
  }),
  premise('2025-11-01', 'people', '赤沢首相の就任はいつ？', [TAKAICHI]),
  premise('2026-03-10', 'events', '最高裁が関税を支持した後、どうなった？', ['2026-02-20']),
  premise('2026-12-06', 'projects', '第3弾はいつ発表された？', ['2026-06']),
  premise('2026-02-20', 'projects', 'ソフトバンクがオハイオ案件から撤退した理由は？', [SB_ENERGY]),
  premise('2025-09-10', 'events', '日本がMOU署名を拒否したのはなぜ？', ['2025-09-04']),
  premise('2026-03-25', 'events', '首脳会談が中止になったのはなぜ？', ['2026-03-19']),
  premise('2026-06-01', 'terms', '日本が5500億ドルの約束を撤回したのはいつ？', ['$550 billion']),
  premise('2026-02-12', 'events', '赤沢大臣がトランプ大統領と会談した内容は？', [LUTNICK]),
  premise('2025-10-01', 'terms', '自動車関税がまだ27.5%なのはなぜ？', ['15%']),
  premise('2026-03-10', 'projects', 'GulfLinkがルイジアナに移ったのはなぜ？', [TEXAS], {
    namesBack: ['ルイジアナ', 'Louisiana'],
  }),
  premise('2026-12-06', 'people', '石破首相は第1弾をどう評価した？', [TAKAICHI]),
  premise('2026-02-20', 'terms', '5500億ドルが6000億ドルに増えたのはなぜ？', ['$550 billion']),
]);

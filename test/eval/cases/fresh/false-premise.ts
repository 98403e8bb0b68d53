/**
 * Held-out set: false premises of many kinds (wrong counts and ordinals, wrong amounts, money already
 * paid, wrong roles, wrong places, events that never happened, wrong outcomes). The lead must say there
 * is no such report; where a fact is asked for, the true one is expected too.
 */
import { ask, cases } from '../build.js';
import { AKAZAWA, GEORGIA, LUTNICK, METI } from '../names.js';

const no = { rejectsPremise: true } as const;

export default cases(
  'false-premise',
  [
    ask(
      '2026-02-25',
      'projects',
      'why did trump only approve two projects in the first batch',
      no,
      'row 44: three',
    ),
    ask(
      '2026-04-15',
      'projects',
      'when did japan wire the $33bn for ohio',
      no,
      'no payment reported; JBIC loans only on 1 May (S1)',
    ),
    ask(
      '2025-10-10',
      'events',
      'why did lutnick and bessent sign the mou together',
      { ...no, mustMention: [AKAZAWA] },
      'terms: Lutnick and Akazawa signed',
    ),
    ask(
      '2026-03-01',
      'events',
      'why did akazawa sign off on the first project in DC on feb 12',
      no,
      'row 43: no decision on 12 Feb',
    ),
    ask(
      '2026-02-25',
      'events',
      'why did the LDP lose the february election',
      no,
      'row 42: LDP won 315 of 465',
    ),
    ask(
      '2026-02-25',
      'projects',
      "what's in the second tranche that got approved last week",
      no,
      'rows 46, 57: 2nd tranche only on 19 Mar',
    ),
    ask(
      '2026-02-25',
      'projects',
      'why is the georgia diamond plant costing $6 billion',
      { ...no, mustMention: ['$600 million'] },
      'row 44: ~$600M',
    ),
    ask(
      '2026-03-12',
      'projects',
      'why is the diamond plant going up in ohio',
      { ...no, mustMention: [GEORGIA] },
      'section 3a: Georgia',
    ),
    ask(
      '2026-01-20',
      'people',
      'when did akazawa become foreign minister',
      { ...no, mustMention: [METI] },
      'row 26: METI; Motegi is Foreign',
    ),
    ask(
      '2025-12-10',
      'events',
      'why did trump skip his japan trip in october',
      no,
      'rows 27, 29: he came 27–29 Oct',
    ),
    ask('2026-04-15', 'events', 'why did takaichi refuse to meet trump in march', no, 'row 56: met 19 Mar'),
    ask(
      '2025-09-20',
      'terms',
      'since japan already paid the 550 billion, what happens next',
      no,
      'terms: up to $550B of loans/guarantees, by 2029',
    ),
    ask(
      '2025-11-25',
      'events',
      'what did the second consultation committee meeting decide',
      no,
      'row 34: first meeting only on 17 Dec',
    ),
    ask('2026-02-25', 'projects', '第1弾が2件だけだったのはなぜ？', no),
    ask('2025-10-10', 'events', 'ベッセント長官がMOUに署名したのはいつ？', { ...no, mustMention: [LUTNICK] }),
    ask('2026-03-12', 'projects', 'ダイヤモンド工場がオハイオに建つのはなぜ？', {
      ...no,
      mustMention: [GEORGIA],
    }),
    ask('2026-01-20', 'people', '赤沢さんが外務大臣になったのはいつ？', { ...no, mustMention: [METI] }),
    ask('2026-02-25', 'projects', 'ジョージアの工場に60億ドルもかかるのはなぜ？', {
      ...no,
      mustMention: ['$600 million'],
    }),
    ask('2026-04-15', 'events', '高市首相が3月の首脳会談を欠席した理由は？', no),
    ask('2026-02-25', 'events', '自民党が2月の選挙で負けた理由は？', no),
    ask('2026-04-15', 'projects', 'JapanはOhioの330億ドルをもう払い込んだの？', no),
    ask('2025-11-25', 'events', '2回目の協議委員会では何が決まった？', no),
  ],
  'fresh-false-premise',
);

/**
 * Held-out set: the asked detail. Where the sources give it, the figure (GulfLink 26.6 nmi off Freeport
 * in Brazoria County; Ohio 9.2 GW of gas; Element Six to cover 100% of US diamond-grit demand; LDP 315
 * seats; a ~2-hour ministerial on 23 Dec; JBIC loans of more than ¥340bn in all). Where they do not
 * (jobs, start dates, per-project loans, the spread over SOFR, the second-tranche gas plants' costs),
 * "not stated", then what is known.
 */
import { ask, cases } from '../build.js';
import { DIAMOND, GEORGIA, TEXAS } from '../names.js';

const GULFLINK = ['GulfLink', ...TEXAS];
const JBIC_TOTAL = ['¥340 billion', '3400億円'];
/** 9.2 GW of gas, as either language writes it. */
const GAS_GW = ['9.2', '920万キロワット', '920万kW'];
const TWO_HOURS = ['2 hours', 'two hours', 'two-hour', '2-hour', '2時間'];

export default cases(
  'dropped-detail',
  [
    ask('2026-02-25', 'projects', 'how many workers will gulflink employ', {
      notStated: true,
      mustMention: [GULFLINK],
    }),
    ask('2026-03-12', 'projects', 'how far offshore is the gulflink terminal', { mustMention: ['26.6'] }),
    ask(
      '2026-04-15',
      'projects',
      'how much of the ohio campus power is gas',
      { mustMention: [GAS_GW] },
      'row 58',
    ),
    ask('2026-03-12', 'projects', 'when does construction start on the diamond plant', {
      notStated: true,
      mustMention: [DIAMOND],
    }),
    ask('2026-02-25', 'projects', 'what county is the texas port in', { mustMention: ['Brazoria'] }),
    ask('2026-03-12', 'projects', 'how much of US diamond grit demand will element six cover', {
      mustMention: ['100%'],
    }),
    ask('2026-01-20', 'events', 'how long did the december 23 online ministerial last', {
      mustMention: [TWO_HOURS],
    }),
    ask('2026-02-16', 'events', 'how many seats did the LDP win', { mustMention: ['315'] }, 'row 42'),
    ask(
      '2025-09-30',
      'terms',
      "what's the spread over SOFR on japan's return",
      { notStated: true, mustMention: ['SOFR'] },
      'terms: 6-month SOFR plus a spread; the spread is not reported',
    ),
    ask(
      '2026-06-15',
      'projects',
      'how much did each first-tranche project get from jbic',
      { notStated: true, mustMention: [JBIC_TOTAL] },
      'row 59: more than ¥340bn for the three, no split',
    ),
    ask('2026-03-25', 'projects', 'what will the texas and pennsylvania gas plants each cost', {
      notStated: true,
    }),
    ask('2026-02-25', 'projects', 'when will gulflink start exporting oil', {
      notStated: true,
      mustMention: [GULFLINK],
    }),
    ask('2026-02-25', 'projects', 'GulfLinkの雇用は何人？', { notStated: true }),
    ask('2026-03-12', 'projects', 'GulfLinkは沖合何マイル？', { mustMention: ['26.6'] }),
    ask('2026-04-15', 'projects', 'オハイオのガス火力は何GW？', { mustMention: [GAS_GW] }),
    ask('2026-03-12', 'projects', 'ダイヤモンド工場の着工時期は？', { notStated: true }),
    ask('2026-02-16', 'events', '自民党は何議席取った？', { mustMention: ['315'] }),
    ask('2026-06-15', 'projects', 'JBICの融資は案件ごとにいくら？', {
      notStated: true,
      mustMention: [JBIC_TOTAL],
    }),
    ask('2026-01-20', 'events', '12月23日の閣僚協議は何時間？', { mustMention: [TWO_HOURS] }),
    ask('2026-02-25', 'projects', 'Element Sixの工場の正確な場所は？', {
      notStated: true,
      mustMention: [GEORGIA],
    }),
  ],
  'fresh-dropped-detail',
);

/**
 * Held-out set: common chat phrasing that must not get a false "I don't know": short versions, where
 * the information comes from, how current it is, this week, bare commands.
 */
import { ask, cases } from '../build.js';
import { RECORD_END, WIRES } from '../names.js';

const noIdk = { dontKnow: false } as const;
/** What was new around 2026-02-25: the ruling (20 Feb), the pledge kept (21–22 Feb), the call (23 Feb). */
const LATE_FEB = ['2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', 'Supreme Court', '最高裁'];

export default cases(
  'common-phrasing',
  [
    ask('2026-02-25', 'meta', 'give me the short version', { mustMention: ['$550 billion'], ...noIdk }),
    ask('2025-09-30', 'meta', 'in a nutshell?', { mustMention: ['$550 billion'], ...noIdk }),
    ask('2026-04-15', 'meta', "what's your source for all this", { mustMention: [WIRES], ...noIdk }),
    ask('2025-10-25', 'coverage', 'how fresh is your data', {
      mustMention: ['2025-10'],
      mustNotMention: [RECORD_END],
      ...noIdk,
    }),
    ask('2026-03-18', 'events', 'whats on this week', { mustMention: ['2026-03-19'], ...noIdk }),
    ask('2026-02-25', 'events', 'whats new', { mustMention: [LATE_FEB], ...noIdk }),
    ask('2025-11-25', 'meta', 'quick summary pls', { mustMention: ['$550 billion'], ...noIdk }),
    ask('2026-12-06', 'meta', 'what is this bot', {
      mustMention: [['$550 billion', 'deal', '合意']],
      ...noIdk,
    }),
    ask('2026-06-15', 'meta', 'sources?', { mustMention: [WIRES], ...noIdk }),
    ask('2026-02-16', 'terms', "what's the 550 thing everyone's talking about", {
      mustMention: ['$550 billion'],
      ...noIdk,
    }),
    ask('2026-03-12', 'terms', 'list the sectors', {
      mustMention: [
        ['semiconductor', '半導体'],
        ['shipbuilding', '造船'],
      ],
      ...noIdk,
    }),
    ask('2026-02-25', 'meta', '一言で言うと？', { mustMention: ['$550 billion'], ...noIdk }),
    ask('2026-04-15', 'meta', 'ソースは？', { mustMention: [WIRES], ...noIdk }),
    ask('2025-10-25', 'coverage', 'データはいつ時点？', {
      mustMention: ['2025-10'],
      mustNotMention: [RECORD_END],
      ...noIdk,
    }),
    ask('2026-03-17', 'events', '今週の予定は？', { mustMention: ['2026-03-19'], ...noIdk }),
    ask('2026-02-25', 'events', '最新情報ある？', { mustMention: [LATE_FEB], ...noIdk }),
    ask('2025-09-30', 'terms', '日米の投資合意を簡単に説明して', { mustMention: ['$550 billion'], ...noIdk }),
    ask('2026-06-15', 'meta', 'tl;drで頼む', { mustMention: ['$550 billion'], ...noIdk }),
    ask('2026-03-12', 'terms', 'sectorsを一覧で', { mustMention: [['半導体', 'semiconductor']], ...noIdk }),
  ],
  'fresh-common-phrasing',
);

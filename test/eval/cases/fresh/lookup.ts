/** Held-out set: plain look-ups across events, terms, projects and people, asked as people ask. */
import { ask, cases } from '../build.js';
import { LUTNICK } from '../names.js';

const FINANCE = ['Finance', '財務'];
const FOREIGN = ['Foreign', '外務', '外相'];
const SOFTBANK = ['SoftBank', 'ソフトバンク'];
const NEXI_ROLE = ['guarantee', 'insurance', 'insurer', '保証', '保険'];
const US_STEEL = ['Nippon Steel', 'U.S. Steel', 'US Steel', '日本製鉄', 'USスチール'];
const REACTOR = ['reactor', '原子炉', '原発'];
const PIKETON = [
  'SoftBank',
  'ソフトバンク',
  'DOE',
  'Energy Department',
  'Department of Energy',
  'エネルギー省',
  '10 GW',
];

export default cases(
  'lookup',
  [
    ask('2025-11-25', 'people', "katayama - what's her job?", { mustMention: [FINANCE] }),
    ask('2026-03-12', 'people', "who's motegi", { mustMention: [FOREIGN] }, 'row 26'),
    ask('2026-02-25', 'projects', "what's sb energy", { mustMention: [SOFTBANK] }),
    ask('2026-03-12', 'people', 'who is nobumitsu hayashi', { mustMention: ['JBIC'] }),
    ask('2025-11-25', 'events', 'what is the golden share thing', { mustMention: [US_STEEL] }, 'rows 1–2'),
    ask('2026-04-15', 'events', 'what was the DOE softbank announcement in ohio', {
      mustMention: [['Piketon', 'Portsmouth', '10 GW', '$33.3 billion']],
    }),
    ask('2025-09-30', 'terms', 'what did japan promise on rice', { mustMention: ['75%'] }),
    ask('2025-08-25', 'terms', "what's japan's defence purchase commitment", {
      mustMention: ['$17 billion'],
    }),
    ask(
      '2026-02-16',
      'projects',
      'when did gulflink get its license',
      { mustMention: ['2026-02-03'] },
      'row 40',
    ),
    ask('2025-12-10', 'people', 'what did carl coe say', { mustMention: [REACTOR] }, 'row 32'),
    ask('2025-11-25', 'events', 'what did hitachi sign in october', {
      mustMention: [['MOU', 'memorandum', '覚書', ...LUTNICK]],
    }),
    ask('2026-03-12', 'terms', "what's NEXI's role", { mustMention: [NEXI_ROLE] }),
    ask('2026-01-20', 'terms', "what's the consultation committee", {
      mustMention: [['JBIC', 'NEXI', 'bilateral', '二国間', '日米']],
    }),
    ask('2026-03-12', 'people', '茂木さんの役職は？', { mustMention: [FOREIGN] }),
    ask('2026-02-25', 'projects', 'SBエナジーって何？', { mustMention: [SOFTBANK] }),
    ask('2026-03-12', 'terms', 'NEXIって何をするところ？', { mustMention: [NEXI_ROLE] }),
    ask('2025-11-25', 'events', 'ゴールデンシェアって何？', { mustMention: [US_STEEL] }),
    ask('2026-02-16', 'projects', 'GulfLinkの許可はいつ出た？', { mustMention: ['2026-02-03'] }),
    ask('2025-12-10', 'people', 'Carl Coeは何て言った？', { mustMention: [REACTOR] }),
    ask('2026-04-15', 'events', 'ピケトンで何があった？', { mustMention: [PIKETON] }),
    ask('2025-11-25', 'people', '片山さつきって誰？', { mustMention: [FINANCE] }),
    ask('2026-03-12', 'people', 'Greerって誰？', {
      mustMention: [['USTR', '通商代表', 'Trade Representative']],
    }),
  ],
  'fresh-lookup',
);

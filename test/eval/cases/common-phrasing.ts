/** Common chat phrasing that must not get a false "I don't know" (#12): tl;dr, meta questions, commands. */
import { ask, cases } from './build.js';
import { AKAZAWA, GEORGIA, LUTNICK, OHIO, RECORD_END, TAKAICHI, TEXAS, WIRES } from './names.js';

const noIdk = { dontKnow: false } as const;

export default cases('common-phrasing', [
  ask('2026-02-20', 'meta', 'tl;dr', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-12-06', 'meta', 'tldr pls', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-03-10', 'terms', '対米投資って何？', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-12-06', 'meta', 'where does this info come from?', { mustMention: [WIRES], ...noIdk }),
  ask('2026-02-12', 'meta', 'where does this info come from?', {
    mustMention: [['Akazawa Arrives', 'article', '記事', ...WIRES]],
    ...noIdk,
  }),
  ask('2026-12-06', 'coverage', 'how current is this?', { mustMention: [RECORD_END], ...noIdk }),
  ask('2026-03-10', 'events', 'anything going on this week?', {
    mustMention: [['2026-03-19', '2026-03-09', 'Japan Display', 'JDI']],
    ...noIdk,
  }),
  ask('2026-03-16', 'events', 'anything happening this week?', { mustMention: ['2026-03-19'], ...noIdk }),
  ask('2026-02-12', 'events', "what's up with the deal", { mustMention: [AKAZAWA], ...noIdk }),
  ask('2026-12-06', 'projects', 'projects', { mustMention: [OHIO, TEXAS, GEORGIA], ...noIdk }),
  ask('2026-02-12', 'projects', 'projects', { mustMention: ['$40 billion'], ...noIdk }),
  ask('2025-10-01', 'projects', 'projects', {
    mustNotMention: ['Ohio', 'GulfLink', 'Element Six', '$40 billion', '$42.5 billion', 'diamond'],
    ...noIdk,
  }),
  ask('2026-03-25', 'terms', 'sectors', { mustMention: [['semiconductor', '半導体']], ...noIdk }),
  ask('2026-02-20', 'terms', "what's the $550bn for", {
    mustMention: [['semiconductor', 'energy', '半導体']],
    ...noIdk,
  }),
  ask('2026-12-06', 'meta', 'gimme the basics', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-03-10', 'events', 'whats the latest', {
    mustMention: [['2026-03-06', '2026-03-08', '2026-03-09', 'JDI', 'Japan Display', 'Westinghouse']],
    ...noIdk,
  }),
  ask('2026-12-06', 'people', "who's who", { mustMention: [AKAZAWA, LUTNICK, TAKAICHI], ...noIdk }),
  ask('2026-02-20', 'terms', 'how much money are we talking', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-02-20', 'events', "when's the next big thing", { mustMention: ['2026-03-19'], ...noIdk }),
  ask('2026-12-06', 'meta', 'explain it like im 5', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-06-01', 'projects', "what's the status", {
    mustMention: [[...OHIO, 'first tranche', '第1弾']],
    ...noIdk,
  }),
  ask('2026-02-20', 'people', "who's involved", { mustMention: [AKAZAWA, LUTNICK], ...noIdk }),
  ask('2026-03-25', 'events', 'key dates?', { mustMention: ['2025-07-22', '2026-02-17'], ...noIdk }),
  ask('2025-07-25', 'terms', "what's this deal about", { mustMention: ['$550 billion', '15%'], ...noIdk }),
  ask('2026-01-20', 'meta', 'what can you do', { mustMention: [['$550 billion', 'deal']], ...noIdk }),
  ask('2026-12-06', 'meta', 'help', { mustMention: [['projects', 'sources']], ...noIdk }),
  ask('2026-12-06', 'meta', '要するに？', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-02-20', 'meta', 'ざっくり教えて', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-12-06', 'meta', 'この情報の出典は？', { mustMention: [WIRES], ...noIdk }),
  ask('2026-12-06', 'meta', '情報源どこ？', { mustMention: [WIRES], ...noIdk }),
  ask('2026-03-16', 'events', '今週何かある？', { mustMention: ['2026-03-19'], ...noIdk }),
  ask('2026-02-12', 'events', '最近どうなってる？', { mustMention: [AKAZAWA], ...noIdk }),
  ask('2026-12-06', 'projects', 'プロジェクト一覧', { mustMention: [OHIO, TEXAS, GEORGIA], ...noIdk }),
  ask('2026-03-25', 'terms', '分野は？', { mustMention: [['半導体', 'semiconductor']], ...noIdk }),
  ask('2026-02-20', 'terms', 'いくらの話？', { mustMention: ['$550 billion'], ...noIdk }),
  ask('2026-02-20', 'events', '次は何？', { mustMention: ['2026-03-19'], ...noIdk }),
  ask('2026-12-06', 'people', '登場人物を教えて', { mustMention: [AKAZAWA, LUTNICK], ...noIdk }),
  ask('2026-03-25', 'events', '主な日付は？', { mustMention: ['2025-07-22', '2026-02-17'], ...noIdk }),
  ask('2026-02-20', 'projects', 'first trancheって何？', { mustMention: [OHIO, TEXAS, GEORGIA], ...noIdk }),
  ask('2026-12-06', 'terms', 'MOUってなに', { mustMention: ['2025-09-04'], ...noIdk }),
  ask('2026-03-10', 'terms', 'JBICの役割は？', {
    mustMention: [['融資', 'loan', '保証', 'guarantee']],
    ...noIdk,
  }),
  ask('2025-07-25', 'terms', '日米合意ってなに？', { mustMention: ['$550 billion', '15%'], ...noIdk }),
  ask('2026-03-10', 'events', 'SCOTUSの判決って何？', { mustMention: ['2026-02-20'], ...noIdk }),
  ask('2026-12-06', 'meta', '何ができるの？', {
    mustMention: [['5,500億ドル', '5500億ドル', '$550 billion', '合意']],
    ...noIdk,
  }),
  ask('2026-03-25', 'coverage', 'この情報いつの？', { mustMention: ['2026-03'], ...noIdk }),
]);

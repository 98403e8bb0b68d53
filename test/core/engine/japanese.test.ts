import { describe, expect, it } from 'vitest';
import { NOW, seedEngine } from './fixture.js';

const engine = seedEngine();

const CASES: [question: string, intent: string, firstFact?: string][] = [
  ['赤沢亮正とは誰？', 'who.person', 'akazawa'],
  ['赤澤亮正は誰', 'who.person', 'akazawa'],
  ['高市早苗とは', 'who.person', 'takaichi'],
  ['ラトニック長官とは誰？', 'who.person', 'lutnick'],
  ['半導体は対象分野ですか？', 'sectors.member', 'semiconductors'],
  ['造船は含まれる？', 'sectors.member', 'shipbuilding'],
  ['対象分野は？', 'sectors.list'],
  ['プロジェクトの候補は？', 'projects.list'],
  ['最大の案件は？', 'projects.largest', 'data-center-power-plant'],
  ['次の予定は？', 'next.none'],
  ['首相の訪米はいつ？', 'event.when', 'pm-white-house-visit'],
  ['高市首相のホワイトハウス訪問まであと何日？', 'event.countdown', 'pm-white-house-visit'],
  ['合意はいつ成立した？', 'deal.reached'],
  ['批判的な意見は？', 'opinions.critical'],
  ['分野ごとの金額は？', 'gap.per-sector-amounts'],
  ['経緯を見せて', 'timeline'],
  ['米国は見返りに何を？', 'deal.gives-us'],
  ['ソフトバンクの役割は？', 'who.organisation', 'softbank-group'],
  ['2026年3月に何がある？', 'events.month'],
  ['最初の案件は決まった？', 'projects.status'],
  ['AIは対象？', 'sectors.member', 'artificial-intelligence'],
  ['観光は対象分野に含まれますか？', 'sectors.not-member'],
  ['赤沢さんはいつワシントンに行った？', 'event.when', 'akazawa-washington-visit'],
  ['高市首相はいつトランプ大統領と会う？', 'event.when', 'pm-white-house-visit'],
  ['こんにちは', 'hello'],
];

describe('Japanese questions are answered in Japanese', () => {
  it.each(CASES)('%s → %s', (question, intent, firstFact) => {
    const a = engine.answer(question, { now: NOW });
    expect(a.intent).toBe(intent);
    expect(a.lang).toBe('ja');
    if (firstFact) expect(a.facts[0]).toBe(firstFact);
    expect(a.text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(a.text).toContain('2026年2月時点');
  });

  it('an English question with lang=ja is answered in Japanese', () => {
    const a = engine.answer('projects', { now: NOW, lang: 'ja' });
    expect(a.lang).toBe('ja');
    expect(a.title).toBe('合意に基づく案件');
  });

  it('the stale PM visit is explained in Japanese too', () => {
    const a = engine.answer('首相の訪米はいつ？', { now: NOW });
    expect(a.text).toMatch(/その後の報道はなく/);
  });
});

import { describe, expect, it } from 'vitest';
import { NOW, seedEngine } from './fixture.js';

const engine = seedEngine();

/** Question → the reading the engine must choose (and, where it matters, the first fact it rests on). */
const CASES: [question: string, intent: string, firstFact?: string][] = [
  // Command words, bare and as /deal <word>
  ['projects', 'projects.list'],
  ['/deal projects', 'projects.list'],
  ['sectors', 'sectors.list'],
  ['timeline', 'timeline'],
  ['key dates?', 'timeline.milestones', 'trade-deal-reached'],
  ['主な日付は？', 'timeline.milestones', 'trade-deal-reached'],
  ["who's the PM?", 'who.person', 'takaichi'],
  ['MOUってなに', 'deal.mou'],
  ['is space exploration covered?', 'sectors.not-member'],
  ['農業は対象？', 'sectors.not-member'],
  ['is tourism included?', 'sectors.not-member'],
  ["what's japan getting out of this?", 'deal.gives-us'],
  ['next', 'next.none'],
  ['sources', 'sources'],
  ['help', 'help'],
  ['', 'help'],
  ['/deal', 'help'],
  ['who', 'who.list'],
  ['who Takaichi', 'who.person', 'takaichi'],
  ['/deal who Lutnick', 'who.person', 'lutnick'],
  ['who GE Vernova', 'who.organisation', 'ge-vernova'],
  // who / what
  ['who is Trump?', 'who.person', 'trump'],
  ["what is SoftBank's role?", 'who.organisation', 'softbank-group'],
  ['Is GE Vernova involved?', 'who.organisation', 'ge-vernova'],
  ['what is the synthetic diamond plant?', 'project.general', 'synthetic-diamond-plant'],
  ['tell me about the deal', 'deal.summary', 'deal'],
  // how much / aggregates
  ['how much is the deepwater port?', 'project.amount', 'deepwater-crude-port'],
  ["what's the total of the candidate projects?", 'projects.total'],
  ['what share of the pledge do the projects represent?', 'projects.share'],
  ['what is the smallest project?', 'projects.smallest', 'synthetic-diamond-plant'],
  ['how big is the pledge?', 'deal.pledge', 'deal'],
  ['What did Japan commit?', 'deal.gives-japan', 'deal'],
  ['what tariffs were reduced?', 'deal.gives-us', 'deal'],
  // membership
  ['is shipbuilding one of the sectors?', 'sectors.member', 'shipbuilding'],
  ['Is quantum computing included?', 'sectors.member', 'quantum-computing'],
  ['is tourism one of the sectors?', 'sectors.not-member'],
  // status
  ['has the first project been chosen?', 'projects.status'],
  ['Is the data center plant confirmed?', 'yes-no.status'],
  // when / relative time
  ["when is the PM's White House visit?", 'event.when', 'pm-white-house-visit'],
  ["/deal when is the PM's White House visit?", 'event.when', 'pm-white-house-visit'],
  ['when was the MOU signed?', 'event.when', 'mou-signed'],
  ['who signed the MOU?', 'deal.mou', 'deal'],
  ["how many days until the PM's visit?", 'event.countdown', 'pm-white-house-visit'],
  ['where will the PM meet Trump?', 'event.when', 'pm-white-house-visit'],
  ["what's next?", 'next.none'],
  ['what happened in February 2026?', 'events.month'],
  // gaps: the bot says what is not known
  ['how much will go to semiconductors?', 'gap.per-sector-amounts'],
  ['what are the financing terms?', 'gap.financing-terms'],
  ["what is the exact date of the PM's visit?", 'gap.pm-visit-exact-date'],
  ['was February 10 2026 a Wednesday?', 'gap.visit-start-weekday'],
  // opinions
  ['what do critics say?', 'opinions.critical'],
  ['is this good for both countries?', 'opinions.all'],
  ['what are the goals of the deal?', 'deal.goals'],
  // typos and paraphrases
  ['who is Lutnik?', 'who.person', 'lutnick'],
  ['who is akazwa', 'who.person', 'akazawa'],
  ['WHO IS RYOSEI AKAZAWA???', 'who.person', 'akazawa'],
  ['whats the biggest projcet', 'projects.largest'],
  ['is shipbulding a target sector', 'sectors.member', 'shipbuilding'],
  // not covered
  ['what is the weather in Tokyo?', 'unknown'],
  ['who won the world cup?', 'unknown'],
  ['what is the exchange rate assumed?', 'unknown'],
  // ambiguous
  ['when is the visit?', 'ambiguous'],
  // amounts and titles as people write them
  ['Tell me about the $40bn project', 'project.general', 'data-center-power-plant'],
  ['what about the $2bn port?', 'project.general', 'deepwater-crude-port'],
  ['5億ドルの案件は？', 'project.general', 'synthetic-diamond-plant'],
  ["Who is Japan's trade minister?", 'who.person', 'akazawa'],
  ['Who is the US Commerce Secretary?', 'who.person', 'lutnick'],
  ["What's the status of the first project?", 'projects.status'],
  ['What did Takaichi and Trump discuss?', 'event.when', 'pm-white-house-visit'],
  ['is nuclear power included?', 'sectors.not-member'],
  ['How much is Japan investing?', 'deal.pledge', 'deal'],
  // people and companies, news, greetings, loans, risks
  ['who are the key people?', 'who.list'],
  ['what companies are involved?', 'who.companies', 'softbank-group'],
  // "Any news?" asks for the latest events; thanks and greetings get a short reply, not the help (#12).
  ['any news?', 'events.latest', 'akazawa-lutnick-meeting'],
  ['hello', 'hello'],
  ['thanks!', 'thanks'],
  ['is the $550 billion a loan?', 'gap.financing-terms'],
  ['how will the money be repaid?', 'gap.financing-terms'],
  ['what are the risks?', 'opinions.critical'],
  ['what about China?', 'opinions.all'],
  ['What was decided in Washington?', 'projects.status'],
  ["what was Akazawa's role when the MOU was signed?", 'who.person', 'akazawa'],
  ['where is the deepwater port?', 'detail.location.not-stated', 'deepwater-crude-port'],
  ['is Toyota involved?', 'unknown'],
];

describe('intents', () => {
  it.each(CASES)('%j → %s', (question, intent, firstFact) => {
    const a = engine.answer(question, { now: NOW });
    expect(a.intent).toBe(intent);
    if (firstFact) expect(a.facts[0]).toBe(firstFact);
  });

  it('answers below the threshold are unknown, and answers above it are not', () => {
    for (const [q] of CASES) {
      const a = engine.answer(q, { now: NOW });
      if (a.kind === 'unknown') expect(a.confidence).toBeLessThan(0.5);
      else if (a.kind !== 'help') expect(a.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('an unknown name is named back plainly, with what the sources do name', () => {
    const a = engine.answer('is Toyota involved?', { now: NOW });
    expect(a.kind).toBe('unknown');
    expect(a.lead).toContain("don't mention Toyota");
    expect(a.notes.join(' ')).toContain('SoftBank Group');
    expect(engine.answer('<@U1> is <!channel> Toyota involved?', { now: NOW }).text).not.toMatch(
      /<!channel>|<@U1>/,
    );
  });

  it('"did you mean" offers both readings as ready-to-ask suggestions', () => {
    const a = engine.answer('when is the visit?', { now: NOW });
    expect(a.kind).toBe('ambiguous');
    expect(a.items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        "Minister Akazawa's visit to Washington",
        "Prime Minister Takaichi's White House visit",
      ]),
    );
    for (const s of a.suggestions) expect(engine.answer(s, { now: NOW }).kind).not.toBe('ambiguous');
  });

  it('every answer that gives facts cites its source, and every answer says how current it is', () => {
    for (const [q] of CASES) {
      const a = engine.answer(q, { now: NOW });
      if (a.kind !== 'help' && a.kind !== 'unknown' && a.kind !== 'ambiguous')
        expect(a.sources.map((s) => s.id)).toContain('akazawa-washington-2026-02');
      expect(a.asOf).toBe(a.lang === 'ja' ? '2026年2月' : 'February 2026');
      expect(a.text).toContain(a.lang === 'ja' ? '2026年2月時点の情報' : 'As of February 2026');
    }
  });

  it('every answer that names a candidate project labels it as not confirmed', () => {
    for (const [q] of CASES) {
      const a = engine.answer(q, { now: NOW });
      for (const item of a.items.filter((i) => i.id.endsWith('-plant') || i.id.endsWith('-port'))) {
        expect(item.status).toBe('reported-not-confirmed');
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  askedDates,
  askedDays,
  dateMatches,
  statusAsked,
} from '../../../../src/core/engine/operators/yes-no-words.js';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, day = '2026-03-25') => engine.answer(q, { now: `${day}T12:00:00Z` });

describe('the words of yes/no questions', () => {
  it('a number of days, not a day of a month', () => {
    expect(askedDays('does japan have 45 days to pay', '')).toBe(45);
    expect(askedDays('', '資金拠出の期限は45日？')).toBe(45);
    expect(askedDays('', '3月19日に会う？')).toBeUndefined();
    expect(askedDays('is it 45 business days', '')).toBe(45);
  });

  it('dates: a year, a month and a year, or a day in Japanese', () => {
    expect(askedDates('is the deadline in 2028', '')).toEqual([{ year: 2028 }]);
    expect(askedDates('is the deadline january 2029', '')).toEqual([{ year: 2029, month: 1 }]);
    expect(askedDates('', '期限は2029年1月19日？')).toEqual([{ year: 2029, month: 1, day: 19 }]);
    expect(dateMatches({ year: 2029, month: 1 }, { precision: 'day', date: '2029-01-19' })).toBe(true);
    expect(dateMatches({ year: 2028 }, { precision: 'day', date: '2029-01-19' })).toBe(false);
  });

  it('statuses, in either language', () => {
    expect(statusAsked('has it been picked yet', '')?.project).toContain('selected');
    expect(statusAsked('', '最初の案件は決まった？')?.tranche).toContain('selected');
    expect(statusAsked('is it big', '')).toBeUndefined();
  });
});

describe('yes/no checks over the claims valid at now', () => {
  it('membership of a tranche: yes, and no with the tranche named', () => {
    expect(ask('is the gulflink port part of the first tranche?', '2026-02-20').lead).toMatch(/^Yes\b/);
    const no = ask('is the copper smelter in the first tranche');
    expect(no.lead).toMatch(/^No\b/);
    expect(no.lead).toMatch(/Deepwater port/);
  });

  it('taking part in an event: the participants named', () => {
    const a = ask('did bessent sign the MOU?', '2025-09-10');
    expect(a.lead).toMatch(/^No\b/);
    expect(a.lead).toMatch(/Lutnick/);
    expect(ask('did lutnick sign the mou', '2025-10-01').lead).toMatch(/^Yes\b/);
  });

  it('a status moves with the clock', () => {
    expect(ask('has the diamond plant been selected?', '2026-02-12').lead).toMatch(/^No\b/);
    expect(ask('has the diamond plant been selected yet', '2026-02-20').lead).toMatch(/^Yes\b/);
  });

  it('a place: the site as reported', () => {
    expect(ask('is the diamond plant in texas?', '2026-02-20').lead).toMatch(/^No\b.*Georgia/);
    expect(ask('ダイヤモンド工場はジョージア州にある？', '2026-02-20').lead).toMatch(/^はい/);
  });

  it("a term's days or date, with disagreeing sources side by side", () => {
    expect(ask('does japan get 60 days to fund a project?', '2025-12-01').lead).toMatch(/^No\b.*45 days/);
    expect(ask('is the deadline in 2028', '2026-12-06').lead).toMatch(/^No\b/);
    expect(ask('is the deadline january 2029?', '2025-10-01').lead).toMatch(/^Yes\b/);
    expect(ask('is it 45 days or 45 business days to fund a project?', '2026-06-01').lead).toMatch(
      /disagree.*working days/,
    );
  });

  it('the order of two events', () => {
    const a = ask('was the first tranche announced before the supreme court ruling?', '2026-03-10');
    expect(a.lead).toMatch(/^Yes\b/);
    expect(ask('最高裁判決は第1弾の発表より前？', '2026-03-10').lead).toMatch(/^いいえ/);
  });

  it('an event that has not ended; after the end of the sources, no guess', () => {
    expect(ask('has the section 122 surcharge expired yet?').lead).toMatch(/^No\b/);
    // Its end (24 July 2026) falls after the sources end (June 2026): nothing says it lapsed.
    expect(ask('has the section 122 surcharge expired yet?', '2026-12-06').lead).not.toMatch(/^Yes\b/);
  });

  it('an event not reported yet on the day: No', () => {
    const a = ask('is the MOU signed yet', '2025-08-01');
    expect(a.lead).toMatch(/^No\b/);
    expect(a.text).not.toMatch(/September 4/);
  });

  it('a detail the sources do not give: neither yes nor no', () => {
    const a = ask('will the ohio plant create 5,000 jobs?');
    expect(a.lead).not.toMatch(/^(Yes|No)\b/);
    expect(a.lead).toMatch(/not stated/);
  });

  it('a status word before a detail word: "under construction" is a status, and moves with the clock', () => {
    expect(ask('is the ohio plant under construction?').lead).toMatch(/^No\b/);
    expect(ask('is the ohio plant under construction?', '2026-06-01').lead).toMatch(/^Yes\b/);
    expect(ask('is the westinghouse project confirmed?').lead).toMatch(/^No\b/);
  });

  it('a tranche with candidates only is not decided', () => {
    expect(ask('has the second tranche been decided?').lead).toMatch(/^No\b/);
    expect(ask('第2弾は決まった？').lead).toMatch(/^いいえ/);
  });

  it("what a tranche holds: a company's project, or a project a word of the question describes", () => {
    const a = ask('is hitachi involved in the second tranche?');
    expect(a.lead).toMatch(/^Yes\b.*GE Vernova Hitachi/);
    expect(ask('is nuclear in the second tranche?').lead).toMatch(/^Yes\b.*small modular/);
  });

  it('an answer on a term alone still has a title', () => {
    const a = ask('do they have 90 days?');
    expect(a.lead).toMatch(/^No\b/);
    expect(a.title).not.toBe('');
  });

  it('whether two people met, in a month if one is named', () => {
    expect(ask('did akazawa meet lutnick in march?').lead).toMatch(/^Yes\b.*March 5/);
    expect(ask('did akazawa meet lutnick in april?').lead).toMatch(/^No\b.*April/);
    expect(ask('赤沢とラトニックは4月に会談した？').lead).toMatch(/^いいえ/);
  });

  it("a status a tranche lacks ('financed') holds when all its projects have it", () => {
    expect(ask('has jbic lent money for the first tranche?', '2026-06-01').lead).toMatch(/^Yes\b/);
    expect(ask('has jbic lent money for the first tranche?').lead).toMatch(/^No\b/);
  });

  it('a question on the terms no check decides: neither yes nor no, what the terms say, both accounts', () => {
    const a = ask('is the money a loan?');
    expect(a.lead).not.toMatch(/^(Yes|No)\b/);
    expect(a.lead).toMatch(/disagree/);
    expect(a.lead).toMatch(/loan/);
  });

  it('a single shared word is not enough to claim a term answers', () => {
    expect(ask('does trump like sushi?').intent).not.toBe('yes-no.term-text');
  });
});

describe('an amount asked as a bound', () => {
  it('"is the Ohio plant bigger than 30 billion?" compares with the bound, not with a $30 billion project', () => {
    const a = ask('is the ohio plant bigger than 30 billion?', '2026-05-15');
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.text).not.toMatch(/Mitsubishi/);
    expect(ask('is the ohio plant over $40bn?', '2026-05-15').lead).toMatch(/^No\./);
    expect(ask('オハイオの案件は300億ドルより大きい？', '2026-05-15').lead).toMatch(/^はい。/);
  });
});

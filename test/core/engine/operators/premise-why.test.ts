import { describe, expect, it } from 'vitest';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-03-25T12:00:00Z') => engine.answer(q, { now });

describe('false premises', () => {
  it('a resignation no claim reports: no such report, then who the person is', () => {
    const a = ask('how come Bessent quit?');
    expect(a.lead).toMatch(/There is no report in my sources that Scott Bessent resigned/);
    expect(a.lead).toMatch(/Treasury/);
    expect(a.facts[0]).toBe('bessent');
  });

  it('a project dropped in the question but not in the claims', () => {
    const a = ask('when did they abandon the GulfLink port?');
    expect(a.lead).toMatch(/There is no report/);
    expect(a.facts[0]).toBe('deepwater-crude-port');
  });

  it('a change the claims do report is not rejected', () => {
    const a = ask('why did Ishiba resign?', '2025-10-01T12:00:00Z');
    expect(a.lead).not.toMatch(/There is no report/);
  });

  it('in Japanese', () => {
    expect(ask('ラトニックが解任されたのはいつ？').lead).toMatch(/報道は情報源にありません/);
  });

  it('an office the person never held in any claim: no such report, then their roles', () => {
    const a = ask('when was Bessent appointed prime minister?');
    expect(a.intent).toBe('premise.office');
    expect(a.lead).toMatch(/There is no report/);
    const held = ask('when did Takaichi become prime minister?');
    expect(held.lead).not.toMatch(/There is no report/);
  });

  it('a project named by its site', () => {
    const a = ask('when did they shelve the Pennsylvania gas plant?');
    expect(a.lead).toMatch(/There is no report/);
  });
});

describe('"why" gets the reason recorded for the event', () => {
  it('the reason for a trip, not the deal goals', () => {
    const a = ask("what's the reason for Akazawa's Washington trip in February?");
    expect(a.intent).toBe('why.event');
    expect(a.lead).toMatch(/first project/);
    expect(a.text).not.toMatch(/stated goals/);
  });

  it('in Japanese', () => {
    const a = ask('ダイヤモンドの案件が選ばれたのはなぜ？', '2026-02-20T12:00:00Z');
    expect(a.text).toMatch(/中国/);
  });
});

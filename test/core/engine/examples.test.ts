import { describe, expect, it } from 'vitest';
import { NOW, seedEngine } from './fixture.js';

const engine = seedEngine();
const ask = (q: string, now = NOW) => engine.answer(q, { now });

/** The examples named in the issue, with what each answer must contain. */
describe('the examples the engine must answer', () => {
  it("what's the biggest project? → the $40 billion power plant, not confirmed", () => {
    const a = ask("what's the biggest project?");
    expect(a.intent).toBe('projects.largest');
    expect(a.items[0]?.id).toBe('data-center-power-plant');
    expect(a.items[0]?.status).toBe('reported-not-confirmed');
    expect(a.text).toContain('$40 billion');
  });

  it('who is Ryosei Akazawa? → minister now, chief tariff negotiator at the MOU', () => {
    const a = ask('who is Ryosei Akazawa?');
    expect(a.intent).toBe('who.person');
    expect(a.facts[0]).toBe('akazawa');
    expect(a.text).toContain('Minister of Economy, Trade and Industry');
    expect(a.text).toMatch(/chief tariff negotiator/i);
  });

  it('which companies are linked to the data-center power plant? → SoftBank Group and GE Vernova, possible', () => {
    const a = ask('which companies are linked to the data-center power plant?');
    expect(a.intent).toBe('project.partners');
    expect(a.facts).toEqual(
      expect.arrayContaining(['data-center-power-plant', 'softbank-group', 'ge-vernova']),
    );
    expect(a.text).toMatch(/not confirmed/);
  });

  it('when did the US and Japan reach the trade deal? → July 22, 2025', () => {
    const a = ask('when did the US and Japan reach the trade deal?');
    expect(a.intent).toBe('deal.reached');
    expect(a.text).toContain('July 22, 2025');
  });

  it('is AI one of the target sectors? → yes', () => {
    const a = ask('is AI one of the target sectors?');
    expect(a.intent).toBe('sectors.member');
    expect(a.facts[0]).toBe('artificial-intelligence');
  });

  it('what happens in March 2026? → the PM visit, expected per the February report, no later update', () => {
    const a = ask('what happens in March 2026?');
    expect(a.intent).toBe('events.month');
    expect(a.facts).toEqual(['pm-white-house-visit']);
    expect(a.items[0]?.status).toBe('no-later-update');
    expect(a.text).toMatch(
      /White House visit \(March 2026\): my sources \(to February 2026\) have no later report/,
    );
  });

  it('what did the US give Japan in return? → reduced tariffs, including automobiles', () => {
    const a = ask('what did the US give Japan in return?');
    expect(a.intent).toBe('deal.gives-us');
    expect(a.text).toMatch(/reduced tariffs on Japanese imports, including automobiles/);
  });

  it('プロジェクトの候補は？ → the three candidates, in Japanese', () => {
    const a = ask('プロジェクトの候補は？');
    expect(a.lang).toBe('ja');
    expect(a.intent).toBe('projects.list');
    expect(a.items).toHaveLength(3);
    expect(a.text).toContain('400億ドル');
    expect(a.text).toContain('未確定');
  });

  it('ラトニック長官とは誰？ → Howard Lutnick, in Japanese', () => {
    const a = ask('ラトニック長官とは誰？');
    expect(a.lang).toBe('ja');
    expect(a.facts[0]).toBe('lutnick');
    expect(a.text).toContain('米商務長官');
  });

  it('what is the exchange rate assumed? → unknown, saying what is covered, with suggestions', () => {
    const a = ask('what is the exchange rate assumed?');
    expect(a.kind).toBe('unknown');
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(a.text).toMatch(/I cover/);
    expect(a.text).not.toMatch(/\d+(\.\d+)? ?(yen|円)/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/answer/answer.js';
import { earliestDay } from '../../../src/core/factbase/claims.js';
import { realEngine } from '../engine/fixture.js';

/**
 * The public record answered as of a day: for each part of the record (events, terms, projects and
 * tranches, people, tariffs, disagreements, where knowledge ends), the same question at several
 * clocks gets that day's answer, with its source; English and Japanese.
 */
const engine = realEngine();
const ask = (now: string, q: string, lang: 'en' | 'ja' = 'en'): Answer =>
  engine.answer(q, { now: `${now}T12:00:00Z`, lang });
const sources = (a: Answer) => a.sources.map((s) => s.id);

describe("events: the PM's White House visit over time", () => {
  it('2026-01-20: a spring visit, no day yet', () => {
    const a = ask('2026-01-20', "when is the PM's White House visit?");
    expect(a.intent).toBe('event.when');
    expect(a.items[0]?.status).toBe('expected');
    expect(a.lead).toMatch(/expected in March 2026 – May 2026, as reported on January 3, 2026/);
    expect(a.text).toMatch(/spring/);
    expect(a.text).not.toMatch(/March 19/);
  });

  it("2026-02-12: March 19, known since Trump's post of February 5–6", () => {
    const a = ask('2026-02-12', "when is the PM's White House visit?");
    expect(a.lead).toBe("Prime Minister Takaichi's White House visit: March 19, 2026, in 35 days.");
    expect(a.text).toMatch(/known since February 6, 2026/);
    expect(a.text).toMatch(/Trump posted the date on 5 February/);
    expect(sources(a)).toEqual(
      expect.arrayContaining(['yomiuri-2026-02-06-summit-march-19', 'jiji-2026-02-06-summit-march-19']),
    );
  });

  it('2026-12-06: it happened on March 19, with what the sources say happened', () => {
    const a = ask('2026-12-06', "did the PM's White House visit happen?");
    expect(a.intent).toBe('event.when');
    expect(a.items[0]?.status).toBe('held');
    expect(a.lead).toMatch(/took place: March 19, 2026/);
    expect(a.lead).toMatch(/second batch .* nuclear and gas-fired power/);
    const ja = ask('2026-12-06', '首相のホワイトハウス訪問は実現した？');
    expect(ja.lang).toBe('ja');
    expect(ja.lead).toMatch(/実施された: 2026年3月19日/);
  });
});

describe("events: Akazawa's February trip", () => {
  it('is not known before it was announced', () => {
    const a = ask('2026-02-09', 'what is next?');
    expect(a.facts).not.toContain('akazawa-washington-visit');
  });

  it('is under way on February 12 (from February 11, as Kyodo and Jiji say), and over by March 10', () => {
    const during = ask('2026-02-12', "when is Akazawa's Washington visit?");
    expect(during.items[0]?.status).toBe('under-way');
    expect(during.items[0]?.label).toMatch(/^February 11–14, 2026/);
    const after = ask('2026-03-10', "when was Akazawa's Washington visit?");
    expect(after.items[0]?.status).toBe('held');
    // The founding article's "February 10" is kept as a recorded discrepancy, and the disagreement shown.
    expect(after.text).toMatch(/February 10, 2026 was a Tuesday/);
    expect(after.text).toMatch(/Sources disagree on when Akazawa/);
  });
});

describe('terms of the MOU', () => {
  it('profit split: the July 2025 US account, then all sides once they disagree', () => {
    const july = ask('2025-07-24', 'how are profits split?');
    expect(july.intent).toBe('term');
    expect(july.lead).toMatch(/US keeps 90% of the profits/);
    expect(july.lead).not.toMatch(/50\/50/);
    const later = ask('2026-12-06', 'how are profits split?');
    expect(later.lead).toMatch(
      /^How the profits or cash flows are shared: sources disagree: .*The MOU as reported: .*50\/50/,
    );
    expect(later.lead).toMatch(/US keeps 90%/);
    expect(later.items[0]?.status).toBe('conflicting');
  });

  it('funding window: 45 days once the FT reported the MOU (September 6, 2025), unknown before', () => {
    const a = ask('2025-09-10', 'how long does Japan have to fund a project?');
    expect(a.intent).toBe('term');
    expect(a.lead).toMatch(/within 45 days/);
    expect(a.lead).toMatch(/Financial Times \(September 6, 2025\)/);
    const before = ask('2025-08-01', 'how long does Japan have to fund a project?');
    expect(before.lead).not.toMatch(/45 days/);
  });

  it('the target sectors: not reported on September 10, 2025; seven from the end of September', () => {
    expect(ask('2025-09-10', 'which sectors does the deal target?').lead).toBe(
      'No target sectors had been reported as of September 10, 2025.',
    );
    const a = ask('2025-10-05', 'which sectors does the deal target?');
    expect(a.items).toHaveLength(7);
    expect(a.sources.map((x) => x.id)).not.toContain('akazawa-washington-2026-02');
  });

  it('the investment deadline: January 19, 2029, in Japanese too', () => {
    expect(ask('2026-12-06', 'when is the deadline?').lead).toMatch(/19 January 2029/);
    expect(ask('2026-12-06', '期限はいつ？').lead).toMatch(/2029年1月19日/);
  });
});

describe('projects and tranches', () => {
  it('the Ohio plant: $40 billion reported February 11 → $33 billion (Commerce) and $33.3 billion (Japan)', () => {
    const before = ask('2026-02-12', 'how much is the Ohio power plant?');
    expect(before.lead).toMatch(/\$40 billion/);
    expect(before.items[0]?.status).toBe('reported-not-confirmed');
    const after = ask('2026-02-18', 'how much is the Ohio power plant?');
    expect(after.lead).toMatch(/sources disagree: \$33\.3 billion .*\$33 billion/);
    expect(after.text).toMatch(/Other reports: \$40 billion \(February 11, 2026\)/);
    expect(after.items[0]?.status).toBe('conflicting');
  });

  it('the MOU was signed on September 4 (most sources), the low-authority "Wednesday" shown beside it', () => {
    const a = ask('2026-12-06', 'when was the MOU signed?');
    expect(a.lead).toMatch(/September 4, 2025/);
    expect(a.items[0]?.status).toBe('conflicting');
  });

  it('"what was the first project?": not chosen on February 12; the first tranche from February 17', () => {
    const before = ask('2026-02-12', 'what was the first project?');
    expect(before.intent).toBe('projects.status');
    expect(before.facts[0]).toBe('first-project-not-chosen');
    const after = ask('2026-12-06', 'what was the first project?');
    expect(after.intent).toBe('projects.status');
    expect(after.facts.slice(0, 4)).toEqual([
      'first-tranche',
      'data-center-power-plant',
      'deepwater-crude-port',
      'synthetic-diamond-plant',
    ]);
    expect(after.lead).toMatch(/\$36 billion/);
    expect(ask('2026-12-06', '最初の案件は？').facts[0]).toBe('first-tranche');
  });

  it('the second tranche: unknown in February, announced around March 19 with its disputed size', () => {
    expect(ask('2026-02-12', 'what was the second tranche?').facts).not.toContain('second-tranche-announced');
    const a = ask('2026-12-06', 'what was the second tranche?');
    expect(a.intent).toBe('tranche');
    expect(a.lead).toMatch(/sources disagree/);
    expect(a.lead).toMatch(/single low-authority report/);
  });
});

describe('people: roles over time', () => {
  it('Takaichi is unknown in September 2025 and Prime Minister from October 2025', () => {
    expect(ask('2025-09-01', 'who is Sanae Takaichi?').intent).toBe('unknown');
    const a = ask('2025-11-01', 'who is Sanae Takaichi?');
    expect(a.intent).toBe('who.person');
    expect(a.lead).toMatch(/Now: Prime Minister of Japan/);
  });

  it('"Now:" names every role held on the day, the latest first', () => {
    expect(ask('2025-08-01', 'who is Lutnick?').lead).toMatch(/Now: US Commerce Secretary\.$/);
    expect(ask('2025-11-01', 'who is Lutnick?').lead).toMatch(
      /Now: Chair of the investment committee and US Commerce Secretary\./,
    );
  });
});

describe('tariffs and the Supreme Court', () => {
  it('the reciprocal tariff is in force on February 1, 2026 and struck down by February 22', () => {
    const before = ask('2026-02-01', 'what is the reciprocal tariff on Japan?');
    expect(before.intent).toBe('tariff');
    expect(before.lead).not.toMatch(/struck down/);
    const after = ask('2026-02-22', 'what is the reciprocal tariff on Japan?');
    expect(after.lead).toMatch(/struck down/);
  });

  it('"what did the Supreme Court decide?": the hearing in January 2026; the ruling of February 20 after it', () => {
    expect(ask('2026-01-15', 'what did the Supreme Court decide?').facts[0]).toBe(
      'scotus-ieepa-oral-argument',
    );
    const a = ask('2026-12-06', 'what did the Supreme Court decide?');
    expect(a.facts[0]).toBe('scotus-ieepa-ruling');
    expect(a.lead).toMatch(/February 20, 2026/);
    expect(ask('2026-12-06', '最高裁は何を決めた？').facts[0]).toBe('scotus-ieepa-ruling');
  });
});

describe('where the sources disagree', () => {
  it('lists the declared disagreements known on the day, never as settled', () => {
    const a = ask('2026-12-06', 'where do the sources disagree?');
    expect(a.intent).toBe('conflicts.list');
    expect(a.facts).toEqual(
      expect.arrayContaining(['profit-share-90-percent', 'funding-window-length', 'akazawa-arrival-date']),
    );
    for (const item of a.items) expect(item.status).toBe('conflicting');
    expect(ask('2025-08-01', 'where do the sources disagree?').facts).not.toContain('akazawa-arrival-date');
  });
});

describe('where knowledge ends', () => {
  it('today, "what\'s next?" gives the deadlines ahead and says the sources run to June 2026', () => {
    const a = ask('2026-12-06', "what's next?");
    expect(a.intent).toBe('next');
    expect(a.facts).toContain('investment-deadline-2029');
    expect(a.text).toMatch(/My sources run to June 2026/);
    expect(a.asOf).toBe('June 2026');
  });

  it('a month after the sources end is answered with that, not with "nothing happened"', () => {
    const a = ask('2026-12-06', 'what happened in September 2026?');
    expect(a.intent).toBe('events.month.none');
    expect(a.text).toMatch(/My sources run to June 2026/);
    const ja = ask('2026-12-06', '2026年9月に何があった？');
    expect(ja.text).toMatch(/情報源は2026年6月まで/);
  });

  it('within the sources, the answer is as of its day', () => {
    expect(ask('2026-02-12', "what's next?").asOf).toBe('February 12, 2026');
  });
});

describe('provenance', () => {
  it('every answer about the record names its sources, only sources published by the day', () => {
    for (const [now, q] of [
      ['2026-01-20', "when is the PM's White House visit?"],
      ['2026-02-18', 'how much is the Ohio power plant?'],
      ['2025-09-10', 'how long does Japan have to fund a project?'],
    ] as const) {
      const a = ask(now, q);
      expect(a.sources.length).toBeGreaterThan(0);
      const index = engine.knowledgeAt(`${now}T12:00:00Z`).facts.sourceIndex;
      for (const s of a.sources)
        expect(
          earliestDay(index.get(s.id)?.published ?? { precision: 'day', date: '9999-12-31' }) <= now,
        ).toBe(true);
      expect(a.text).toMatch(/Sources?: /);
    }
  });

  it('the footer names at most three sources and counts the rest; /deal sources lists them all', () => {
    const a = ask('2026-12-06', 'what was the first project?');
    const footer = a.text.split('\n').at(-1) ?? '';
    expect(footer).toMatch(/\(\+\d+ more\)/);
    const all = ask('2026-12-06', 'sources');
    expect(all.intent).toBe('sources');
    expect(all.sources.length).toBe(engine.knowledgeAt('2026-12-06T12:00:00Z').facts.sources.length);
    expect(all.items.length).toBeLessThanOrEqual(20);
  });
});

import { describe, expect, it } from 'vitest';
import { realEngine } from './fixture.js';

const engine = realEngine();
const ask = (q: string, now: string) => engine.answer(q, { now });

describe('tariffs by the words people use', () => {
  it('"the tariff on Japanese cars" and 日本車 name the car tariff, not the deal', () => {
    expect(ask("what's the tariff on japanese cars now?", '2026-06-15').intent).toBe('tariff');
    expect(ask('日本車の関税は今いくら？', '2026-06-15').text).toMatch(/15％/);
  });
});

describe("a named official's words, not readers' opinions", () => {
  it('"what does Lutnick think?" lists what the sources report of him, newest first', () => {
    const a = ask('what does lutnick think', '2026-06-15');
    expect(a.intent).toBe('who.remarks');
    expect(a.items.length).toBeGreaterThan(3);
    expect(a.text).not.toMatch(/readers commented/);
  });

  it('"what do people think of the deal?" is still the readers\' opinions', () => {
    expect(ask('what do people think of the deal', '2026-06-15').intent).toMatch(/^opinions\./);
  });

  it('a filler word ("thing") does not cost the answer', () => {
    expect(ask("what's the 90/10 thing", '2026-06-15').intent).toBe('term');
  });
});

describe('projects by place', () => {
  it('"what projects are in Georgia?" lists the projects sited there, and says so when there are none', () => {
    const georgia = ask('what projects are in georgia?', '2026-06-15');
    expect(georgia.intent).toBe('projects.in-place');
    expect(georgia.items.map((i) => i.label).join(' ')).toMatch(/diamond/i);
    const alabama = ask('alabama projects?', '2026-06-15');
    expect(alabama.intent).toBe('projects.in-place.none');
    expect(alabama.lead).toMatch(/No project in Alabama/);
  });
});

describe('tariff rates with no measure named', () => {
  it('"how much is the tariff?" lists every measure with its rate and status on the day', () => {
    for (const q of ['関税はいくら？', "what's the tariff rate now?"]) {
      const a = ask(q, '2026-04-01');
      expect(a.intent).toBe('tariffs.list');
      expect(a.text).toMatch(/15\s?[%％]/);
      expect(a.text).toMatch(/122/);
    }
  });

  it('what Japan gets in return is still what the deal gives', () => {
    expect(ask('what does japan get in return', '2026-04-01').intent).toBe('deal.gives-us');
  });
});

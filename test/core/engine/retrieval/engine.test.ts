import { describe, expect, it } from 'vitest';
import { THRESHOLD } from '../../../../src/core/engine/engine.js';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now: string, lang: 'en' | 'ja' = 'en') =>
  engine.answer(q, { now: `${now}T12:00:00Z`, lang });

describe('retrieval in the engine: the closest claim instead of a false "I don\'t know"', () => {
  it('answers a question no reading understands from the claim that matches it, with its source', () => {
    const a = ask("what did the energy department's chief of staff say about reactors", '2025-12-01');
    expect(a.kind).toBe('answer');
    expect(a.intent).toMatch(/^retrieval\./);
    // The DOE remark, from the event or the project detail that records it.
    expect(a.lead).toMatch(/^The closest thing in my sources: .*10 new large reactors/);
    expect(a.sources.length).toBeGreaterThan(0);
    // Less sure than a reading that understood the question, more than "I don't know".
    expect(a.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(a.confidence).toBeLessThan(0.8);
  });

  it('in Japanese, with the claim in Japanese', () => {
    const a = ask('造船の協力文書に署名した日本の大臣は誰？', '2025-12-01', 'ja');
    expect(a.lead).toMatch(/^情報源で最も近い内容はこちらです：.*金子/);
    expect(a.lead).not.toMatch(/closest|Kaneko/);
  });

  it('gives a claim over a reading that answers another question, and only once it was reported', () => {
    const q = 'what did son tell softbank shareholders in june about ohio';
    const a = ask(q, '2026-12-06');
    expect(a.intent).toMatch(/^retrieval\./);
    expect(a.lead).toMatch(/customer/);
    expect(a.facts).toContain('data-center-power-plant');
    expect(ask(q, '2026-03-25').text).not.toMatch(/customer/);
  });

  it('settles a "did you mean" when one claim clearly answers the question', () => {
    const a = ask('why a diamond plant?', '2026-03-25');
    expect(a.kind).toBe('answer');
    expect(a.lead).toMatch(/China/);
  });

  it("leaves a reading whose answer holds the question's words, or a short question's, alone", () => {
    expect(ask('total of the first tranche', '2026-03-25').intent).not.toMatch(/^retrieval/);
    expect(ask('when does akazawa get back', '2026-02-12').intent).not.toMatch(/^retrieval/);
  });

  it('shows every side of a disagreement it lands on, never one alone', () => {
    const a = ask('how much is the diamnd plant', '2026-03-25');
    expect(a.text).toMatch(/\$600 million/);
    expect(a.text).toMatch(/\$500 million/);
  });

  it('keeps saying "I don\'t know" when nothing matches well enough', () => {
    for (const q of [
      'how much does a big mac cost in japan',
      '東京の天気は？',
      "what's japan's consumption tax rate",
    ]) {
      expect(ask(q, '2026-12-06').kind).toBe('unknown');
    }
  });

  it('never answers with a claim reported after the clock', () => {
    const before = ask('衆院選で自民党は何議席取ったの？', '2026-01-20', 'ja');
    expect(before.text).not.toMatch(/315/);
  });

  it('leaves names the sources never mention to the unknown-names operator', () => {
    const a = ask('how many seats did Honda win in the election', '2026-03-25');
    expect(a.text).toMatch(/Honda/);
    expect(a.intent).not.toMatch(/^retrieval/);
  });

  it('leaves yes/no questions to the readings and operators (a matching text gives no yes or no)', () => {
    const a = ask('did the LDP win 315 seats?', '2026-03-25');
    expect(a.intent).not.toMatch(/^retrieval/);
  });
});

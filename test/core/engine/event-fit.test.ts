import { describe, expect, it } from 'vitest';
import { realEngine } from './fixture.js';

const engine = realEngine();
const ask = (q: string, now: string) => engine.answer(q, { now });

describe("a person's event is the one the question's words fit", () => {
  it("the place and kind the question names pick the event, not the person's latest one", () => {
    const a = ask('when did akazawa go to washington', '2026-02-20');
    expect(a.text).toMatch(/Washington/);
    expect(a.text).toMatch(/February 11/);
    expect(ask('when did takaichi call trump', '2026-03-25').text).toMatch(/January 2, 2026/);
  });

  it('in Japanese too', () => {
    expect(ask('赤沢さんがワシントンに行ったのはいつ？', '2026-02-20').text).toMatch(/2026年2月11日/);
  });

  it('with no word that fits, the next event is still the answer', () => {
    expect(ask('when is takaichi going', '2026-02-12').text).toMatch(/March 19, 2026/);
  });
});

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/core/engine/engine.js';
import type { FactBaseData } from '../../../../src/core/factbase/schema.js';
import { realEngine, realFacts } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now: string) => engine.answer(q, { now: `${now}T12:00:00Z` });
const REJECTS =
  /^(There is no report|Not reported yet|.{0,80} is not .{0,60} as of)|報道は情報源にありません|ではありません/;

describe('premises of every kind, checked against the claims valid at now', () => {
  it('an ordinal beyond the count: the count as of now, then the latest one', () => {
    const a = ask('when was the third tranche announced?', '2026-03-25');
    expect(a.intent).toBe('premise.ordinal');
    expect(a.lead).toMatch(
      /no report of a third tranche of projects as of March 25, 2026: my sources record 2/,
    );
    expect(a.facts[0]).toBe('second-tranche');
    expect(ask('第1弾の4つ目の案件は何？', '2026-12-06').lead).toMatch(/第1弾の案件の4件目.*記録は3件/);
    // An ordinal that exists is no premise.
    expect(ask('when was the second tranche announced?', '2026-03-25').intent).not.toMatch(/^premise/);
  });

  it('an event ordinal counts the events like the one named, started by now', () => {
    const second = ask("how did takaichi's second white house visit go", '2026-03-25');
    expect(second.intent).toBe('premise.ordinal');
    expect(second.lead).toMatch(/record 1\b/);
    const meeting = ask('what came out of the consultation committee second meeting', '2025-12-20');
    expect(meeting.lead).toMatch(/^There is no report of a second meeting/);
    // Once the second meeting is reported, the premise holds.
    expect(ask('what came out of the consultation committee second meeting', '2026-02-12').intent).not.toBe(
      'premise.ordinal',
    );
  });

  it('an amount no claim gives the record named; one reported only later is "not reported yet"', () => {
    const pledge = ask('why did the pledge go up to $600 billion', '2026-02-12');
    expect(pledge.intent).toBe('premise.amount');
    expect(pledge.lead).toMatch(/\$600 billion .* the recorded figure is \$550 billion/);
    expect(ask('why does the $5 billion diamond plant cost so much', '2026-03-25').lead).toMatch(
      /\$600 million/,
    );
    const later = ask('why was the second tranche capped at $73 billion', '2026-03-10');
    expect(later.intent).toBe('premise.later');
    expect(later.lead).toMatch(/^Not reported yet as of March 10, 2026/);
    // A recorded figure, or another record's figure not written against the name, is no premise.
    expect(ask('who runs the $33bn ohio plant', '2026-03-25').intent).not.toMatch(/^premise/);
    expect(ask('what share of the $550bn is the first tranche', '2026-02-20').intent).not.toMatch(/^premise/);
  });

  it('money said to be paid: not reported (the sources are silent), then the recorded figure', () => {
    const a = ask('how much has japan already paid for the ohio plant', '2026-03-10');
    expect(a.intent).toBe('premise.paid');
    expect(a.lead).toMatch(/no report in my sources, as of March 10, 2026, of money actually paid/);
    expect(a.facts[0]).toBe('data-center-power-plant');
  });

  it('an office: who holds it as of now; one held only before now', () => {
    const never = ask('when did akazawa become prime minister', '2025-11-01');
    expect(never.lead).toMatch(/Sanae Takaichi is Prime Minister of Japan \(since October 21, 2025\)/);
    const former = ask('what did prime minister ishiba say about the first tranche', '2026-02-20');
    expect(former.lead).toMatch(/^Shigeru Ishiba is not prime minister as of February 20, 2026/);
    // Still prime minister on the clock's day: no premise.
    expect(ask('what did prime minister ishiba say about the deal', '2025-08-01').lead).not.toMatch(REJECTS);
    expect(ask('ラトニック財務長官はいつ就任した？', '2026-03-10').lead).toMatch(/ベッセント/);
  });

  it('a place against the project’s recorded site, named back', () => {
    const a = ask('why is the diamond plant being built in Arizona?', '2026-03-25');
    expect(a.intent).toBe('premise.place');
    expect(a.lead).toMatch(/Arizona: its site is Georgia/);
    expect(ask('why is the gulflink port in texas', '2026-03-10').lead).not.toMatch(REJECTS);
  });

  it('outcomes, actors, meetings and rates', () => {
    expect(ask('since the supreme court upheld the tariffs, what now?', '2026-03-10').facts[0]).toBe(
      'scotus-ieepa-ruling',
    );
    expect(ask('最高裁が関税を合憲と判断したのはいつ？', '2026-03-10').lead).toMatch(
      /報道は情報源にありません/,
    );
    const actor = ask('why did bessent sign the mou instead of lutnick', '2025-09-10');
    expect(actor.intent).toBe('premise.actor');
    expect(actor.lead).toMatch(/Howard Lutnick/);
    expect(ask('why did lutnick sign the mou', '2025-09-10').lead).not.toMatch(REJECTS);
    const week = ask('what did akazawa and trump agree this week', '2026-02-12');
    expect(week.intent).toBe('premise.meeting');
    expect(ask('what did akazawa and lutnick agree this week', '2026-02-12').intent).not.toBe(
      'premise.meeting',
    );
    // Akazawa was received by Trump on 22 July 2025 (in the record of the deal announced that day).
    expect(ask('when did akazawa meet trump', '2026-02-12').intent).not.toBe('premise.meeting');
    const rate = ask('why is the tariff on japanese cars still 27.5%', '2025-10-01');
    expect(rate.intent).toBe('premise.rate');
    expect(rate.lead).toMatch(/the recorded rate is 15%, in effect since September 16, 2025/);
  });

  it('a project put in a tranche that does not list it; a true "become" premise gets its date', () => {
    const a = ask('how many westinghouse reactors got approved in the 2nd tranche', '2026-03-25');
    expect(a.intent).toBe('premise.member');
    expect(a.facts[0]).toBe('second-tranche');
    expect(ask('what does the texas port do as part of the first tranche', '2026-03-25').intent).not.toBe(
      'premise.member',
    );
    const held = ask('when did takaichi become prime minister', '2025-11-01');
    expect(held.lead).toBe('Sanae Takaichi became Prime Minister of Japan on October 21, 2025.');
    // A question about a visit, not the office, is not read as "became".
    expect(ask('高市首相がホワイトハウスを訪問したのはいつ？', '2026-03-25').intent).not.toMatch(/^premise/);
  });

  it('a change is checked on the one it happens to, in its own claims', () => {
    // Lutnick is the one fired, not Trump; and no claim has Lutnick leaving office.
    const fired = ask('why did trump fire lutnick', '2026-04-01');
    expect(fired.lead).toMatch(/^There is no report in my sources that Howard Lutnick resigned/);
    expect(ask('トランプ大統領がラトニック長官を解任した理由は？', '2026-04-01').lead).toMatch(/ラトニック/);
    // Takaichi's own events tell of Ishiba's resignation; that is not hers.
    expect(ask('when did takaichi resign', '2026-04-01').lead).toMatch(/^There is no report/);
    expect(ask('why did ishiba resign', '2026-04-01').lead).not.toMatch(REJECTS);
    // A reshuffle is no removal; leaving office with no new role is.
    expect(ask('why was akazawa fired as trade minister', '2026-04-01').lead).toMatch(/^There is no report/);
    expect(ask('ベッセント氏が商務長官になったのはいつ？', '2026-04-01').lead).toMatch(
      /ラトニックは米商務長官/,
    );
    expect(ask('オハイオの発電所がペンシルベニアに移ったのはなぜ？', '2026-04-01').lead).toMatch(
      /移転されたという報道/,
    );
  });

  it('the checks read the records: a third tranche in the fact base makes "the third tranche" a true premise', () => {
    const facts: FactBaseData = structuredClone(realFacts());
    const second = facts.tranches.find((t) => t.ordinal === 2);
    if (!second) throw new Error('the fact base has no second tranche');
    facts.tranches.push({
      ...structuredClone(second),
      id: 'third-tranche-test',
      ordinal: 3,
      name: { en: 'Third tranche of projects', ja: '第3弾の案件' },
      aliases: ['third tranche', '第3弾'],
    });
    const withThird = createEngine(facts).answer('when was the third tranche announced?', {
      now: '2026-03-25T12:00:00Z',
    });
    expect(withThird.intent).not.toBe('premise.ordinal');
  });
});

describe('an ordinal asked about the future', () => {
  it('"when will the third tranche be announced?" is not reported yet, not a false premise', () => {
    const a = realEngine().answer('when will the third tranche be announced', { now: '2026-06-15' });
    expect(a.intent).toBe('premise.ordinal');
    expect(a.lead).toMatch(/^Not reported yet as of June 15, 2026/);
    expect(a.text).toMatch(/Second tranche/);
  });
});

describe('a successor or a falling-out no source reports', () => {
  it('"who replaced Lutnick?" and "why did they fall out?" say there is no such report', () => {
    const engine = realEngine();
    const replaced = engine.answer('who replaced lutnick?', { now: '2026-05-01' });
    expect(replaced.intent).toBe('premise.unsupported');
    expect(replaced.lead).toMatch(/no report .* Lutnick was replaced/);
    const fell = engine.answer('why did lutnick and akazawa fall out?', { now: '2026-05-01' });
    expect(fell.lead).toMatch(/no report .* fell out/);
  });

  it('a successor the sources report is not a false premise ("who replaced Ishiba?")', () => {
    const a = realEngine().answer('who replaced ishiba?', { now: '2025-11-01' });
    expect(a.intent).not.toBe('premise.unsupported');
  });
});

describe('an office the person left, named with the name', () => {
  it('"why did PM Ishiba resign?" is about the office he left, not a false premise', () => {
    for (const q of ['why did PM Ishiba resign?', '石破首相が辞任した理由は？']) {
      const a = realEngine().answer(q, { now: '2026-04-01' });
      expect(a.intent).toBe('why.person');
    }
  });

  it('"what did prime minister Ishiba say about the first tranche" still is one', () => {
    const a = realEngine().answer('what did prime minister ishiba say about the first tranche', {
      now: '2026-02-20',
    });
    expect(a.intent).toBe('premise.office');
  });
});

describe('an office named beside a name', () => {
  it('"when did prime minister Ishiba step down?" asks about Ishiba, not the prime minister of the day', () => {
    const a = realEngine().answer('when did prime minister ishiba step down', { now: '2026-04-01' });
    expect(a.intent).not.toBe('premise.unsupported');
    expect(a.text).toMatch(/Ishiba/);
    expect(a.text).not.toMatch(/Takaichi resigned/);
  });
});

import { describe, expect, it } from 'vitest';
import { foldKana } from '../../../../src/core/engine/kana-fold.js';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now: string) => engine.answer(q, { now });

describe('an office means whoever held it on the day', () => {
  it('the prime minister before and after 21 October 2025', () => {
    expect(ask('japanese prime minister?', '2025-10-01').text).toContain('Ishiba');
    expect(ask('japanese prime minister?', '2025-10-01').text).not.toContain('Takaichi');
    expect(ask('whos the new PM lol', '2025-11-01').text).toContain('Takaichi');
    expect(ask('首相は誰？', '2026-03-10').text).toContain('高市');
  });

  it('the finance minister of each cabinet', () => {
    expect(ask('who is the finance minister', '2025-10-01').text).toContain('Kato');
    expect(ask('who is the finance minister', '2025-11-01').text).toContain('Katayama');
  });

  it('when someone took the office named', () => {
    const a = ask('when did takaichi become PM', '2025-11-01');
    // The premise check confirms a true "when did X become …" with the day, as the role-start reading does.
    expect(['who.start', 'premise.holds']).toContain(a.intent);
    expect(a.lead).toContain('October 21, 2025');
    expect(ask('高市さんが首相になったのはいつ', '2025-11-01').lead).toContain('2025年10月21日');
  });

  it('who leads an organisation, from the roles current on the day', () => {
    expect(ask('JBICの総裁は？', '2026-03-10').text).toContain('林');
    expect(ask('who heads jbic', '2026-03-10').text).toContain('Hayashi');
    expect(ask('who is the ceo of hitachi', '2026-03-10').text).toContain('Tokunaga');
    // A bare name after "who" is still that record's card.
    expect(ask('who lutnick', '2026-03-10').intent).toBe('who.person');
  });
});

describe('names spelt another way', () => {
  it('a misspelt name explains its word, so the question is understood', () => {
    expect(ask('lutnik is who exactly', '2026-03-10').text).toContain('Commerce Secretary');
    expect(ask('gulflnk operator?', '2026-02-20').text).toContain('Sentinel');
  });

  it('kana folded: hiragana for katakana, small tsu and long marks dropped', () => {
    expect(foldKana('だいやもんど').text).toBe('ダイヤモンド');
    expect(foldKana('ラトニック').text).toBe(foldKana('ラトニク').text);
    const folded = foldKana('aラーb');
    expect(folded.at).toEqual([0, 1, 3]);
    expect(ask('ラトニクって誰', '2026-02-12').text).toContain('商務長官');
    expect(ask('だいやもんど工場の運営は？', '2026-02-20').text).toContain('エレメント・シックス');
  });

  it('2nd is second, pick is select', () => {
    expect(ask('2nd batch total?', '2026-03-25').text).toMatch(/\$73 billion|\$62\.9 billion/);
    expect(ask('who picks the projects', '2025-09-10').text).toContain('President');
  });

  it('a project asked by two words of one of its names, and who runs it', () => {
    expect(ask('who runs the ohio plant', '2026-02-20').text).toContain('SB Energy');
  });
});

import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../../src/app/conversations.js';
import { ordinalIn } from '../../../src/core/engine/index.js';
import { realEngine } from './fixture.js';

const engine = realEngine();

/** Asks the turns in one conversation and returns every answer's text. */
function talk(now: string, ...turns: string[]): string[] {
  const store = new ConversationStore();
  return turns.map((q) => store.answer(engine, 'test', q, { now }).text);
}

describe('follow-ups', () => {
  it('reads positions in a list', () => {
    expect(ordinalIn('and the second one?')).toBe(2);
    expect(ordinalIn('what about the last one')).toBe(-1);
    expect(ordinalIn('number 4 please')).toBe(4);
    expect(ordinalIn('2番目は？')).toBe(2);
    expect(ordinalIn('三つ目の案件')).toBe(3);
    expect(ordinalIn('the first tranche')).toBeUndefined();
  });

  it('answers "the second one" from the list last shown', () => {
    const [list, second] = talk('2026-02-20', 'list the first tranche projects', 'what about the 2nd one');
    expect(list).toMatch(/Deepwater port/);
    expect(second?.split('\n')[0]).toMatch(/port/i);
    expect(second).toMatch(/\$2\.1 billion/);
  });

  it('reads "it" as the record last answered about', () => {
    const [, who] = talk('2026-02-20', 'synthetic diamond plant?', 'which company is behind it');
    expect(who).toMatch(/Element Six/);
  });

  it('reads "he" as the person last named', () => {
    const [, when] = talk('2026-02-12', 'what does akazawa do', 'when is his washington trip');
    expect(when?.split('\n')[1]).toMatch(/February 11/);
  });

  it('treats the same words alone as a question on their own', () => {
    const [, follow] = talk('2026-02-20', 'synthetic diamond plant?', 'which company is behind it');
    const alone = engine.converse('which company is behind it', { now: '2026-02-20' });
    expect(follow?.split('\n')[1]).toMatch(/Element Six/);
    expect(alone.answer.lead).not.toMatch(/Element Six/);
  });

  it('keeps the context through an answer that did not understand', () => {
    const [, , who] = talk('2026-02-20', 'synthetic diamond plant?', 'zzqx blorf', 'who builds it then');
    expect(who).toMatch(/Element Six/);
  });

  it('reads a superlative against the list last shown', () => {
    const [, cheapest] = talk('2026-02-20', 'list the first tranche projects', 'which one is cheapest');
    expect(cheapest?.split('\n')[1]).toMatch(/smallest .* synthetic diamond plant/);
  });

  it('answers "since when?" about the person last named with the start of the current role', () => {
    const [, since] = talk('2026-02-20', 'who is akazawa', 'since when?');
    expect(since?.split('\n')[1]).toMatch(
      /has been Minister of Economy, Trade and Industry since October 21, 2025/,
    );
    const [, ja] = talk('2026-02-20', '赤沢さんは誰？', 'いつから？');
    expect(ja?.split('\n')[1]).toMatch(/2025年10月21日から/);
  });
});

describe('a question that names nothing and alone would not be understood', () => {
  it('"what was agreed?" after the summit leans on the summit', () => {
    const [, agreed] = talk('2026-04-01', 'when did takaichi visit trump?', 'what was agreed?');
    expect(agreed).toMatch(/White House/);
    expect(agreed).not.toMatch(/won't guess/);
  });

  it('alone, with no conversation, it is still "I don\'t know"', () => {
    expect(engine.answer('what was agreed?', { now: '2026-04-01' }).kind).toBe('unknown');
  });

  it('a question understood alone is answered alone ("what\'s new?" is not about the summit)', () => {
    const [, news] = talk('2026-04-01', 'when did takaichi visit trump?', "what's new?");
    expect(news).not.toMatch(/^Prime Minister Takaichi's White House visit/);
  });
});

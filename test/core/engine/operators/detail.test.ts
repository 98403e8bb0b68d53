import { describe, expect, it } from 'vitest';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-03-25T12:00:00Z') => engine.answer(q, { now });

describe('the asked detail is given, or said to be not stated', () => {
  it('a detail no claim gives: not stated, then what is known of the project', () => {
    const a = ask('how many workers will the Pennsylvania gas plant employ?');
    expect(a.lead).toMatch(/number of jobs of .* is not stated/);
    expect(a.lead).toMatch(/What my sources do say/);
    expect(a.text).toMatch(/Pennsylvania/);
  });

  it('a project found by the place it is in', () => {
    const a = ask('how many people will work at the georgia factory');
    expect(a.lead).toMatch(/not stated/);
    expect(a.facts).toContain('synthetic-diamond-plant');
  });

  it('a detail a claim gives is answered from it', () => {
    const a = ask("what's the capacity of the Ohio gas plant?", '2026-02-20T12:00:00Z');
    expect(a.lead).toMatch(/9\.2 GW/);
  });

  it('in Japanese', () => {
    const a = ask('ペンシルベニアの発電所の雇用はどれくらい？');
    expect(a.lead).toMatch(/示されていません/);
  });
});

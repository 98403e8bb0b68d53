import { describe, expect, it } from 'vitest';
import { COMMANDS, parseCommand } from '../../../src/core/commands/model.js';

describe('the command model', () => {
  it('declares each /deal word once, with descriptions in English and Japanese', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'projects',
        'sectors',
        'timeline',
        'next',
        'who',
        'sources',
        'help',
        'subscribe',
        'unsubscribe',
        'subscriptions',
      ]),
    );
    for (const c of COMMANDS) {
      expect(c.description.en.length).toBeLessThanOrEqual(100); // Discord's limit for descriptions
      expect(c.description.ja.length).toBeGreaterThan(0);
      expect(c.options.length).toBeLessThanOrEqual(25);
    }
  });

  it('no alias is claimed by two commands', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const w of [c.name, ...c.aliases].map((a) => a.toLowerCase())) {
        expect(seen.get(w) ?? c.name).toBe(c.name);
        seen.set(w, c.name);
      }
    }
  });

  it.each([
    ['/deal projects', 'projects', '', true],
    ['projects?', 'projects', '', true],
    ['  /DEAL   who   Akazawa ', 'who', 'Akazawa', true],
    ['subscribe digest weekly mon 09:00 Asia/Tokyo', 'subscribe', 'digest weekly mon 09:00 Asia/Tokyo', true],
    ['案件', 'projects', '', true],
    ["when is the PM's White House visit?", 'ask', "when is the PM's White House visit?", false],
    ['/deal', 'help', '', false],
  ])('%j → %s', (text, name, args, explicit) => {
    const p = parseCommand(text);
    expect(p.spec.name).toBe(name);
    expect(p.args).toBe(args);
    expect(p.explicit).toBe(explicit);
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/adapters/console/console.js';
import { Bot, fixedEngine } from '../../../src/app/bot.js';
import { realEngine } from '../../core/engine/fixture.js';

function collect(stream: PassThrough): () => string {
  let out = '';
  stream.on('data', (chunk) => {
    out += String(chunk);
  });
  return () => out;
}

describe('the console adapter', () => {
  it('answers each line of input and resolves at end of input', async () => {
    const bot = new Bot({
      engines: fixedEngine(realEngine()),
      clock: () => new Date('2026-11-26T12:00:00Z'),
    });
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const done = runConsole(bot, { input, output, interactive: false });
    input.end('projects\n\n   \nwho is akazawa\n');
    await done;
    const text = read();
    expect(text).toContain('Candidate first projects');
    expect(text).toContain('Ryosei Akazawa');
    expect(text.match(/Source:/g)).toHaveLength(2);
  });

  it('shows the suggested follow-ups', async () => {
    const bot = new Bot({
      engines: fixedEngine(realEngine()),
      clock: () => new Date('2026-11-26T12:00:00Z'),
    });
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const done = runConsole(bot, { input, output, interactive: false });
    input.end('what is the exchange rate assumed?\n');
    await done;
    expect(read()).toMatch(/Try: "/);
  });
});

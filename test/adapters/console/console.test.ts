import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/adapters/console/console.js';
import { Bot, fixedEngine } from '../../../src/app/bot.js';
import { realEngine } from '../../core/engine/fixture.js';

const engine = realEngine();

const newBot = () => new Bot({ engines: fixedEngine(engine), clock: () => new Date('2026-11-26T12:00:00Z') });

/** Runs the console over the given input to its end and returns everything it printed. */
async function consoleOutput(input: string, interactive = false, bot = newBot()): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  const done = runConsole(bot, { input: stdin, output: stdout, interactive });
  stdin.end(input);
  await done;
  return out;
}

describe('the console adapter', () => {
  it('answers each line of input, skips blank lines, and resolves at end of input', async () => {
    const text = await consoleOutput('projects\n\n   \nwho is akazawa\n');
    expect(text).toContain('Projects under the deal');
    expect(text).toContain('Ryosei Akazawa');
    expect(text.match(/Sources?:/g)).toHaveLength(2);
  });

  it('in a terminal, shows the prompt and echoes what is typed; "exit" ends it', async () => {
    const text = await consoleOutput('projects\nexit\nsectors\n', true);
    expect(text.match(/deal> /g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('projects');
    expect(text).toContain('Projects under the deal');
    expect(text).not.toContain('Target sectors');
  });

  it('shows the suggested follow-ups', async () => {
    expect(await consoleOutput('what is the exchange rate assumed?\n')).toMatch(/Try: "/);
  });

  it('reads follow-ups within one run, and starts each run afresh', async () => {
    const bot = newBot();
    const first = await consoleOutput(
      'list the first tranche projects\nwhat about the 2nd one\n',
      false,
      bot,
    );
    expect(first).toContain('$2.1 billion');
    expect(await consoleOutput('what about the 2nd one\n', false, bot)).not.toContain('$2.1 billion');
  });
});

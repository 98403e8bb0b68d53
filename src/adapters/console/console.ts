import { createInterface } from 'node:readline';
import type { Bot } from '../../app/bot.js';
import { conversationKey } from '../../core/engine/index.js';
import type { ChannelRef } from '../../core/subscriptions/types.js';
import { renderText } from './render.js';

export const CONSOLE_CHANNEL: ChannelRef = { platform: 'console', workspace: 'local', channel: 'console' };

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt (when the input is a terminal). */
  interactive: boolean;
  /** Aborting it stops reading (shutdown); the answer in progress is still written. */
  signal?: AbortSignal;
}

/**
 * The local embedded default: answers each line typed, or each line of standard input, and
 * resolves at end of input. Subscription commands work here too, for the console channel.
 */
/** Runs in this process so far: each run is its own conversation. */
let runs = 0;

export async function runConsole(bot: Bot, options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  // One run of the console is one conversation: follow-ups read the run's last answer.
  const conversation = conversationKey('console', 'local', `run-${++runs}`, 'local');
  // In a terminal readline needs the output too: it draws the prompt and echoes what is typed.
  const rl = createInterface({
    input,
    ...(interactive ? { output } : {}),
    terminal: interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (interactive) {
    rl.setPrompt('deal> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (interactive && (text === 'exit' || text === 'quit')) break;
    if (text) {
      const answer = await bot.handle({ text, channel: CONSOLE_CHANNEL, conversation });
      output.write(`${renderText(answer)}\n\n`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

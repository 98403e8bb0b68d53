import { type ConsoleOptions, runConsole } from '../adapters/console/console.js';
import type { Service } from '../lifecycle/service.js';
import type { Bot } from './bot.js';

export interface ConsoleServiceOptions extends Omit<ConsoleOptions, 'signal'> {
  /** Called once when standard input ends or the console fails (not when stop() ends it). */
  onEnd: (error?: unknown) => void;
}

/**
 * The local console as a Service: it answers lines until standard input ends, then calls onEnd
 * (main.ts exits, or keeps serving when PORT is set). stop() stops reading and waits for the
 * answer in progress to be written.
 */
export function createConsoleService(bot: Bot, options: ConsoleServiceOptions): Service {
  const abort = new AbortController();
  let done: Promise<void> = Promise.resolve();
  return {
    name: 'console',
    async start() {
      done = runConsole(bot, { ...options, signal: abort.signal }).then(
        () => {
          if (!abort.signal.aborted) options.onEnd();
        },
        (error: unknown) => {
          if (!abort.signal.aborted) options.onEnd(error);
        },
      );
    },
    async stop() {
      abort.abort();
      await done;
    },
    // The console is not a connection: it never makes the bot unready, even after its input ended.
    ready: () => true,
  };
}

import type { Poster } from '../../scheduling/poster.js';
import { renderText } from './render.js';

/**
 * The console's poster (the embedded default, no tokens): prints each scheduled post as it would
 * appear in a channel.
 */
export function createConsolePoster(output: NodeJS.WritableStream): Poster {
  let count = 0;
  return {
    platform: 'console',
    pacing: { perChannel: { limit: 1000, windowMs: 1000 } },
    async post(channel, message) {
      count++;
      const rule = '─'.repeat(8);
      output.write(`${rule} scheduled post to #${channel.channel} ${rule}\n${renderText(message)}\n\n`);
      return { ok: true, messageId: `console-${count}` };
    },
  };
}

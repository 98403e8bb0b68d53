import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;

/**
 * Keeps a message within Slack's block limit: the `tail` (context line, buttons) always stays; the
 * `content` is cut at the limit and the cut is marked with a context block built by `pointer(dropped)`.
 */
export function fitBlocks(
  content: KnownBlock[],
  tail: KnownBlock[],
  max: number,
  pointer: (dropped: number) => string,
): KnownBlock[] {
  if (content.length + tail.length <= max) return [...content, ...tail];
  const room = Math.max(0, max - tail.length - 1);
  const kept = content.slice(0, room);
  const note: KnownBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: pointer(content.length - room) }],
  };
  return [...kept, note, ...tail];
}

import { defang, stripControl } from './mrkdwn.js';

/** Longest text handed to the bot: the engine reads 500 characters; subscription commands are short. */
export const MAX_INBOUND = 2000;
/**
 * Longest raw text looked at, before any work: Slack advises keeping messages to 4,000 characters (it
 * cuts them at 40,000), and a slash command's text is one line. Longer text is cut here, first.
 */
export const MAX_RAW_INBOUND = 4000;

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns text typed in Slack (a slash command's text, a mention, a DM) into the plain question the bot reads:
 * drops the mention of the bot itself, turns other tokens into inert words, decodes Slack's escaping
 * (a literal `&lt;!here&gt;` becomes inert too), removes control characters and bounds the length.
 */
export function readSlackText(raw: string, botUserId?: string): string {
  let text = raw.length > MAX_RAW_INBOUND ? raw.slice(0, MAX_RAW_INBOUND) : raw;
  if (botUserId) text = text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
  text = defang(decodeEntities(defang(text)));
  return stripControl(text)
    .replace(/[ \t]+/g, ' ')
    .trim()
    .slice(0, MAX_INBOUND);
}

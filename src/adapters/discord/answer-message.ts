import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer } from '../../core/answer/answer.js';
import { renderEmbed } from './embed.js';
import { followUpRow, type SuggestionKeys } from './follow-up-buttons.js';

/** A message body independent of how it is sent (discord.js method or raw HTTP response). */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Plain text, for short notices such as permission messages (at most 2,000 characters). */
  content?: string;
}

const CONTENT_MAX = 2000;

/** An answer as an embed, with its suggested follow-ups as buttons. */
export function answerMessage(answer: Answer, keys: SuggestionKeys): DiscordMessage {
  const row = followUpRow(answer.suggestions, keys);
  return { embeds: [renderEmbed(answer)], components: row ? [row] : [] };
}

/** A short plain-text notice (errors, permission hints), within the 2,000-character limit. */
export function noticeMessage(text: string): DiscordMessage {
  const content = text.length <= CONTENT_MAX ? text : `${text.slice(0, CONTENT_MAX - 1)}…`;
  return { embeds: [], components: [], content };
}

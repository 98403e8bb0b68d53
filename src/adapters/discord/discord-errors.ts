import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

/** Discord JSON error codes the bot treats specially. */
export const DISCORD_CODES = {
  unknownChannel: 10003,
  unknownGuild: 10004,
  unknownMessage: 10008,
  unknownInteraction: 10062,
  alreadyAcknowledged: 40060,
  missingAccess: 50001,
  cannotMessageUser: 50007,
  missingPermissions: 50013,
} as const;

/** A Discord failure, classified for retry decisions and explained for the log. */
export type ClassifiedError =
  | { kind: 'rate-limited'; retryAfterMs: number; global: boolean; reason: string }
  | { kind: 'permanent'; code?: number; reason: string }
  | { kind: 'transient'; reason: string };

const HINTS: Record<number, string> = {
  [DISCORD_CODES.unknownChannel]: 'the channel no longer exists: subscribe again in an existing channel',
  [DISCORD_CODES.unknownGuild]: 'the bot is no longer in this server: invite it again',
  [DISCORD_CODES.unknownInteraction]:
    'the interaction expired before the bot answered (3-second deadline): check for event-loop stalls',
  [DISCORD_CODES.alreadyAcknowledged]: 'the interaction was already answered',
  [DISCORD_CODES.missingAccess]: 'the bot cannot see this channel: grant it View Channel there',
  [DISCORD_CODES.cannotMessageUser]: 'the user does not accept direct messages from the bot',
  [DISCORD_CODES.missingPermissions]:
    'the bot lacks a permission here: grant View Channel, Send Messages, Embed Links and Read Message History',
};

function networkCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code =
    typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : undefined;
  return code;
}

/** Sorts any error from a discord.js call into rate-limited, permanent or transient, with a readable reason. */
export function classifyDiscordError(error: unknown): ClassifiedError {
  if (error instanceof RateLimitError) {
    const retryAfterMs = Math.max(0, Math.ceil(error.retryAfter || error.timeToReset));
    const reason = `rate limited${error.global ? ' (global)' : ''} on ${error.route} for ${retryAfterMs} ms`;
    return { kind: 'rate-limited', retryAfterMs, global: error.global, reason };
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : undefined;
    const hint = code !== undefined ? HINTS[code] : undefined;
    const reason = `Discord ${error.status} ${code ?? ''} ${error.message}${hint ? `: ${hint}` : ''}`.replace(
      /\s+/g,
      ' ',
    );
    if (error.status >= 500) return { kind: 'transient', reason };
    return code !== undefined ? { kind: 'permanent', code, reason } : { kind: 'permanent', reason };
  }
  if (error instanceof HTTPError) {
    const reason = `Discord answered HTTP ${error.status} to ${error.method} ${error.url}`;
    return error.status >= 500 || error.status === 408
      ? { kind: 'transient', reason }
      : { kind: 'permanent', reason };
  }
  const code = networkCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'transient', reason: `could not reach Discord${code ? ` (${code})` : ''}: ${message}` };
}

/** The Discord JSON error code of an error, if it has one. */
export function discordCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}

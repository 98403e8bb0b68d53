import { webApi } from '@slack/bolt';
import type { Answer } from '../../core/answer/answer.js';
import type { ChannelRef } from '../../core/subscriptions/types.js';
import type { Logger } from '../../ops/logger.js';
import type { Poster, PostResult } from '../../scheduling/poster.js';
import { boltLogger } from './bolt-logger.js';
import { classifySlackError } from './post-result.js';
import { renderAnswer } from './render-answer.js';

export interface SlackPosterOptions {
  /** One workspace's token, or (OAuth) each workspace's token from its installation. */
  botToken: string | ((workspace: string) => Promise<string | undefined>);
  /** Web API base URL ending in /api/ (default https://slack.com/api/). */
  apiUrl?: string;
  logger: Logger;
  timeoutMs?: number;
}

/**
 * Scheduled posts (reminders, digests) through `chat.postMessage`. The client neither waits out a 429 nor
 * retries (`rejectRateLimitedCalls`, zero retries): the scheduler paces posts and honours Retry-After itself.
 */
export function createSlackPoster(options: SlackPosterOptions): Poster {
  const single = typeof options.botToken === 'string' ? options.botToken : undefined;
  const lookup = typeof options.botToken === 'function' ? options.botToken : undefined;
  const client = new webApi.WebClient(single, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: options.timeoutMs ?? 10_000,
    logger: boltLogger(options.logger),
  });
  return {
    platform: 'slack',
    // chat.postMessage allows about one message per second per channel (short bursts tolerated).
    pacing: { perChannel: { limit: 1, windowMs: 1000 } },
    async post(channel: ChannelRef, message: Answer): Promise<PostResult> {
      if (channel.platform !== 'slack') {
        return { ok: false, kind: 'permanent', reason: `not a Slack channel (${channel.platform})` };
      }
      let token: string | undefined;
      if (lookup) {
        try {
          token = await lookup(channel.workspace);
        } catch (error) {
          return {
            ok: false,
            kind: 'transient',
            reason: `installation lookup failed: ${(error as Error).message}`,
          };
        }
        // Never installed, or uninstalled: nothing goes to that workspace until it installs the app again.
        if (!token)
          return { ok: false, kind: 'permanent', reason: `not_installed: workspace ${channel.workspace}` };
      }
      try {
        const result = await client.chat.postMessage({
          ...(token ? { token } : {}),
          channel: channel.channel,
          ...(channel.thread ? { thread_ts: channel.thread } : {}),
          ...renderAnswer(message),
          unfurl_links: false,
          unfurl_media: false,
        });
        return result.ts ? { ok: true, messageId: result.ts } : { ok: true };
      } catch (error) {
        const outcome = classifySlackError(error);
        options.logger.warn(
          { channel: channel.channel, outcome: outcome.kind, reason: outcome.reason },
          'slack: post failed',
        );
        return outcome;
      }
    },
  };
}

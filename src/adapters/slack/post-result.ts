import { webApi } from '@slack/bolt';
import type { PostResult } from '../../scheduling/poster.js';

/** Slack errors that posting again will not fix: the channel, the token or the message itself is the problem. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'ekm_access_denied',
  'access_denied',
  'org_login_required',
  'enterprise_is_restricted',
  'msg_too_long',
  'invalid_blocks',
  'invalid_blocks_format',
  'cannot_reply_to_message',
]);

interface CodedError {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  data?: { error?: unknown };
  message?: unknown;
}

/** What one failed `chat.postMessage` means for the scheduler. Unknown failures are transient: it retries, bounded. */
export function classifySlackError(error: unknown): Exclude<PostResult, { ok: true }> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as CodedError;
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError: {
      const seconds = typeof e.retryAfter === 'number' && e.retryAfter >= 0 ? e.retryAfter : 1;
      return {
        ok: false,
        kind: 'rate-limited',
        retryAfterMs: seconds * 1000,
        reason: `rate limited (Retry-After: ${seconds}s)`,
      };
    }
    case webApi.ErrorCode.PlatformError: {
      const code = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      if (code === 'ratelimited')
        return { ok: false, kind: 'rate-limited', retryAfterMs: 1000, reason: code };
      return { ok: false, kind: PERMANENT.has(code) ? 'permanent' : 'transient', reason: code };
    }
    case webApi.ErrorCode.HTTPError:
      return { ok: false, kind: 'transient', reason: `HTTP ${String(e.statusCode)} from the Slack API` };
    case webApi.ErrorCode.RequestError:
      return { ok: false, kind: 'transient', reason: `could not reach the Slack API: ${String(e.message)}` };
    default:
      return { ok: false, kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
  }
}

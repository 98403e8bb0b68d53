import { webApi } from '@slack/bolt';

/** Turns a failure at start (auth.test, apps.connections.open, listen) into a message that says what to fix. */
export function describeStartError(error: unknown, mode: 'http' | 'socket'): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    data?: { error?: unknown };
    message?: unknown;
  };
  if (e.code === webApi.ErrorCode.PlatformError) {
    const code = String(e.data?.error);
    if (['invalid_auth', 'not_authed', 'token_revoked', 'account_inactive', 'token_expired'].includes(code)) {
      return mode === 'socket'
        ? `Slack rejected a token (${code}): check SLACK_BOT_TOKEN (xoxb-…, OAuth & Permissions) and SLACK_APP_TOKEN (xapp-…, Basic Information → App-Level Tokens, scope connections:write)`
        : `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app if it was removed`;
    }
    return `Slack answered "${code}" at start: see https://api.slack.com/methods for its meaning`;
  }
  if (e.code === 'EADDRINUSE')
    return `The HTTP port is already in use: set PORT to a free port (${String(e.message)})`;
  if (e.code === webApi.ErrorCode.RequestError || e.code === webApi.ErrorCode.HTTPError) {
    return `Could not reach the Slack API (${String(e.message)}): check the network, or SLACK_API_URL if it is set`;
  }
  return `The Slack adapter could not start: ${error instanceof Error ? error.message : String(error)}`;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../ops/logger.js';

/**
 * What /slack/oauth_redirect answers when an installation does not go through. Bolt's default page
 * answers 500 for anything but a bad state or code (a user who cancels on Slack's consent screen, a
 * code Slack refuses): here a request that cannot succeed gets a 4xx naming what is wrong and what to
 * do, a Slack that cannot be reached 502, and only our own failure (saving the installation,
 * a rejected client id or secret) 500. The text never echoes the request.
 */

interface InstallProblem {
  status: number;
  problem: string;
  fix: string;
}

const START_AGAIN = 'open /slack/install again in this browser to start a new installation';

/** Slack's answers to oauth.v2.access that mean this code, not our setup, is the problem. */
const REFUSED_CODES = new Set(['invalid_code', 'code_already_used', 'code_expired', 'bad_redirect_uri']);

export function classifyInstallFailure(error: unknown): InstallProblem {
  const code = (error as { code?: unknown }).code;
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  switch (code) {
    case 'slack_oauth_missing_state':
    case 'slack_oauth_invalid_state':
      return {
        status: 400,
        problem:
          'this installation link was not issued to this browser, or it expired (links last 10 minutes)',
        fix: START_AGAIN,
      };
    case 'slack_oauth_missing_code':
    case 'slack_oauth_unknown_error':
      return { status: 400, problem: 'the redirect from Slack has no authorization code', fix: START_AGAIN };
    case 'slack_oauth_installer_authorization_error':
      return { status: 400, problem: 'the installation was cancelled on Slack', fix: START_AGAIN };
    case 'slack_webapi_platform_error':
      if (typeof slackError === 'string' && REFUSED_CODES.has(slackError))
        return {
          status: 400,
          problem: `Slack refused the authorization code (${slackError})`,
          fix: START_AGAIN,
        };
      return {
        status: 500,
        problem: `Slack refused the app's credentials (${String(slackError)})`,
        fix: 'the bot operator should check SLACK_CLIENT_ID and SLACK_CLIENT_SECRET',
      };
    case 'slack_webapi_request_error':
    case 'slack_webapi_http_error':
    case 'slack_webapi_rate_limited_error':
      return {
        status: 502,
        problem: 'Slack could not be reached',
        fix: `wait a minute, then ${START_AGAIN}`,
      };
    default:
      return {
        status: 500,
        problem: 'the installation could not be saved',
        fix: 'try again later; the bot operator will find the cause in the logs',
      };
  }
}

/** Bolt's `callbackOptions.failure`: one log line (no tokens: the error is Bolt's or Slack's), one plain answer. */
export function installFailureHandler(logger: Logger) {
  return (error: unknown, _options: unknown, _req: IncomingMessage, res: ServerResponse): void => {
    const answer = classifyInstallFailure(error);
    const log = answer.status >= 500 ? logger.error.bind(logger) : logger.warn.bind(logger);
    log(
      { status: answer.status, code: (error as { code?: unknown }).code, err: String(error) },
      `slack: installation not completed: ${answer.problem}`,
    );
    if (res.headersSent) {
      res.end();
      return;
    }
    const text = `Installation not completed: ${answer.problem}.\nWhat to do: ${answer.fix}.\n`;
    res.writeHead(answer.status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };
}

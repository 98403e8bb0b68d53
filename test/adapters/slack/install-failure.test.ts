import { describe, expect, it } from 'vitest';
import { classifyInstallFailure } from '../../../src/adapters/slack/install-failure.js';

/** Which failed installations are the request's fault (4xx), Slack's reach (502), or ours (500). */
describe('classifyInstallFailure', () => {
  const withCode = (code: string, data?: { error: string }) =>
    Object.assign(new Error(code), { code, ...(data ? { data } : {}) });

  it('answers 400 for a state, code or cancellation the browser brought', () => {
    for (const code of [
      'slack_oauth_missing_state',
      'slack_oauth_invalid_state',
      'slack_oauth_missing_code',
      'slack_oauth_installer_authorization_error',
    ])
      expect(classifyInstallFailure(withCode(code)).status).toBe(400);
    expect(
      classifyInstallFailure(withCode('slack_webapi_platform_error', { error: 'code_already_used' })),
    ).toMatchObject({ status: 400, problem: 'Slack refused the authorization code (code_already_used)' });
  });

  it('answers 502 when Slack cannot be reached, 500 for our credentials or a failed save', () => {
    expect(classifyInstallFailure(withCode('slack_webapi_request_error')).status).toBe(502);
    expect(
      classifyInstallFailure(withCode('slack_webapi_platform_error', { error: 'invalid_client_id' })),
    ).toMatchObject({ status: 500, fix: expect.stringContaining('SLACK_CLIENT_ID') });
    expect(classifyInstallFailure(new Error('disk full')).status).toBe(500);
  });
});

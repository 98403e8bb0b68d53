import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + hex HMAC-SHA256(secret, `v0:{timestamp}:{body}`). */
export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  /** Seconds since the epoch (default: now). */
  timestamp?: number;
  /** Sign with this secret instead (a forgery). */
  secret?: string;
  retryNum?: number;
}

/** Headers Slack sends with a request body: content type, timestamp, signature, and retry headers when asked. */
export function signedHeaders(secret: string, body: string, contentType: string, options: SignOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(options.secret ?? secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return headers;
}

export interface SignedResponse {
  status: number;
  text: string;
  json(): Record<string, unknown>;
}

/** POSTs a body to the bot the way Slack does, signed. */
export async function postSigned(
  url: string,
  secret: string,
  body: { form: string } | { json: unknown },
  options: SignOptions = {},
): Promise<SignedResponse> {
  const [raw, type] =
    'form' in body
      ? [body.form, 'application/x-www-form-urlencoded']
      : [JSON.stringify(body.json), 'application/json'];
  const res = await fetch(url, {
    method: 'POST',
    headers: signedHeaders(secret, raw, type, options),
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

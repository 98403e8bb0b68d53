import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions, type Logger } from '@slack/bolt';
import { refuse, requestPath, requestWhere } from '../../ops/http-boundary.js';
import { readBody, timestampWithin } from '../../ops/request-body.js';
import { slackBodyProblem } from './body-shape.js';

/** Slack's window for request timestamps, in seconds, in either direction. */
export const MAX_CLOCK_SKEW_S = 5 * 60;
/**
 * The largest body accepted on /slack/events. Slack's own limits keep real payloads far smaller: a
 * message is cut at 40,000 characters, so an event carrying one (its text, again in rich_text blocks,
 * JSON-escaped) stays under about 500 KB; a view holds at most 100 blocks of at most 3,000 characters.
 * Bolt's default is 4 MB.
 */
export const SLACK_BODY_LIMIT = 1024 * 1024;

export interface GuardedReceiverOptions extends HTTPReceiverOptions {
  logger: Logger;
  /** Milliseconds since the epoch (tests may inject a clock; Bolt's own check uses Date.now). */
  now?: () => number;
}

type RawBodyRequest = IncomingMessage & { rawBody?: Buffer };

const SIGNATURE = /^v0=[0-9a-f]{64}$/;

function signatureMatches(secret: string, req: IncomingMessage, body: Buffer): boolean {
  const timestamp = String(req.headers['x-slack-request-timestamp']);
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest();
  const given = Buffer.from(String(req.headers['x-slack-signature']).slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Bolt's HTTPReceiver behind our request boundary. On POST /slack/events, before a byte of the body
 * is read: both signature headers must be there and the timestamp within five minutes of now, in
 * either direction (401), and a declared length within SLACK_BODY_LIMIT (413). Then the body is read
 * (capped, within the server's request timeout), its signature checked (401) and its shape (400), and
 * only then handed to Bolt, which reuses the bytes we read. A target that is not a URL gets 400; an
 * error while Bolt processes an event gets 400 and a log line, never a crash. With OAuth, Bolt's
 * installer routes (/slack/install, /slack/oauth_redirect) sit behind the same target check, and a
 * Host header that makes no URL gets 400 (Bolt would parse it and answer 500).
 */
export class GuardedHTTPReceiver extends HTTPReceiver {
  constructor(options: GuardedReceiverOptions) {
    const logger = options.logger;
    super({
      ...options,
      bodyLimit: SLACK_BODY_LIMIT,
      processEventErrorHandler: async ({ error, response }) => {
        logger.warn(`slack: an event failed while Bolt processed it: ${String(error)}`);
        if (!response.headersSent) refuse(response, 400, 'the event could not be processed');
        return false;
      },
    });
    const endpoints = new Set(
      Array.isArray(options.endpoints) ? options.endpoints : [options.endpoints ?? '/slack/events'],
    );
    // Bolt's installer (OAuth) routes read the query through the Host header: a host that makes no URL is refused.
    const installerPaths = new Set(
      options.clientId && options.installerOptions
        ? [
            options.installerOptions.installPath ?? '/slack/install',
            options.installerOptions.redirectUriPath ?? '/slack/oauth_redirect',
          ]
        : [],
    );
    const now = options.now ?? Date.now;
    const secret = options.signingSecret;
    const boltListener = this.requestListener;

    const admit = async (req: RawBodyRequest, res: ServerResponse) => {
      const signature = req.headers['x-slack-signature'];
      if (signature === undefined && (await isSslCheck(req))) {
        res.writeHead(200, { connection: 'close' });
        res.end();
        return;
      }
      if (typeof signature !== 'string' || !SIGNATURE.test(signature)) {
        logger.warn('slack: refused a request without a valid x-slack-signature header (401), body unread');
        return refuse(res, 401, 'missing or malformed x-slack-signature');
      }
      if (!timestampWithin(req.headers['x-slack-request-timestamp'], now(), MAX_CLOCK_SKEW_S)) {
        logger.warn(
          'slack: refused a request whose x-slack-request-timestamp is missing or more than 5 minutes from now (401), body unread',
        );
        return refuse(res, 401, 'x-slack-request-timestamp is missing or outside the 5-minute window');
      }
      const read = await readBody(req, SLACK_BODY_LIMIT);
      if (!read.ok) {
        logger.warn(`slack: refused a request body (${read.status}): ${read.problem}`);
        return refuse(res, read.status, read.problem);
      }
      if (!signatureMatches(secret, req, read.body)) {
        logger.warn('slack: refused a request whose signature does not match its body (401)');
        return refuse(res, 401, 'invalid request signature');
      }
      const problem = slackBodyProblem(read.body, req.headers['content-type']);
      if (problem) {
        logger.warn(`slack: refused a signed request of an unexpected shape (400): ${problem}`);
        return refuse(res, 400, problem);
      }
      req.rawBody = read.body;
      boltListener(req, res);
    };

    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      const path = requestPath(req.url);
      if (path === null) {
        logger.warn(`http: refused a request target that is not a URL (400): ${requestWhere(req).target}`);
        return refuse(res, 400, 'the request target is not a valid URL path');
      }
      if (req.method === 'GET' && installerPaths.has(path) && !hostMakesUrl(req)) {
        logger.warn(`http: refused an installation request whose Host header is not a host (400)`);
        return refuse(res, 400, 'the Host header is not a valid host name');
      }
      if (req.method === 'POST' && endpoints.has(path)) {
        admit(req, res).catch((error: unknown) => {
          logger.error(`slack: a request failed at the boundary: ${String(error)}`);
          refuse(res, 500, 'internal error');
        });
        return;
      }
      // Bolt's own server wrapper turns a throw here into 404 (unknown path) or 500.
      boltListener(req, res);
    };
  }
}

/** Whether the request's target and Host header make a URL, as Bolt's installer builds one from them. */
function hostMakesUrl(req: IncomingMessage): boolean {
  try {
    new URL(req.url ?? '/', `https://${req.headers.host}`);
    return true;
  } catch {
    return false;
  }
}

/** Slack's certificate check (`ssl_check=1`) is the one unsigned request: at most this many bytes. */
const SSL_CHECK_LIMIT = 256;

/**
 * Whether an unsigned request is Slack's certificate check: a form whose declared length is tiny, read
 * to at most SSL_CHECK_LIMIT bytes, saying `ssl_check=1`. Anything else unsigned is refused unread.
 */
async function isSslCheck(req: IncomingMessage): Promise<boolean> {
  const length = Number(req.headers['content-length']);
  if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return false;
  if (!Number.isInteger(length) || length > SSL_CHECK_LIMIT) return false;
  const read = await readBody(req, SSL_CHECK_LIMIT);
  return read.ok && new URLSearchParams(read.body.toString('utf8')).get('ssl_check') === '1';
}

/** The server Bolt listens with (HTTP mode, once started): for the drain at shutdown. */
export function receiverServer(receiver: HTTPReceiver): Server | undefined {
  return (receiver as unknown as { server?: Server }).server;
}

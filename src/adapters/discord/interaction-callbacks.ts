import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { DefaultUserAgent, DiscordAPIError, type REST, Routes } from 'discord.js';

/** Discord answers a callback in milliseconds; past this the request is abandoned (as discord.js does). */
const TIMEOUT_MS = 15_000;

class CallbackTimeout extends Error {
  constructor() {
    super(`Discord did not answer an interaction callback within ${TIMEOUT_MS} ms`);
  }
}

/**
 * Sends the first reply to an interaction (`POST /interactions/{id}/{token}/callback`) over a
 * keep-alive connection of its own. Callbacks carry no bot token and are exempt from Discord's global
 * rate limit, so discord.js's REST queue buys nothing here, yet it cost about 200 µs of CPU and tens of
 * kilobytes of garbage per reply: half of the process's work per interaction. What is not a success
 * goes the usual way: a 429, a 5xx or a broken connection is sent again through discord.js's REST
 * (which waits and retries), and any other status becomes the DiscordAPIError discord.js would throw,
 * so callers handle 10062 and 40060 as before.
 */
export class InteractionCallbacks {
  private readonly base: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;

  /** `apiUrl` ends in /api (DISCORD_API_URL), discord.com's when absent. */
  constructor(
    apiUrl: string | undefined,
    private readonly rest: REST,
  ) {
    this.base = new URL(
      `${(apiUrl ?? 'https://discord.com/api').replace(/\/$/, '')}/v${rest.options.version}`,
    );
    const https = this.base.protocol === 'https:';
    this.agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.send = https ? httpsRequest : httpRequest;
  }

  /** Posts the callback `json` (an API interaction response, serialized). */
  async post(interactionId: string, token: string, json: string): Promise<void> {
    const route = Routes.interactionCallback(interactionId, token);
    let answer: { status: number; body: string };
    try {
      answer = await this.request(route, json);
    } catch (error) {
      if (error instanceof CallbackTimeout) throw error; // the interaction has expired by now
      return this.viaRest(route, json); // a keep-alive connection the server had closed, say
    }
    if (answer.status >= 200 && answer.status < 300) return;
    if (answer.status === 429 || answer.status >= 500) return this.viaRest(route, json);
    let error: { code?: number | string; message?: string } = {};
    try {
      error = JSON.parse(answer.body) as typeof error;
    } catch {
      // Not JSON (a proxy's error page): the status says it all.
    }
    throw new DiscordAPIError(
      { code: Number(error.code ?? 0), message: error.message ?? `HTTP ${answer.status}` },
      error.code ?? answer.status,
      answer.status,
      'POST',
      `${this.base.href}${route}`,
      { body: json },
    );
  }

  close(): void {
    this.agent.destroy();
  }

  private async viaRest(route: `/${string}`, json: string): Promise<void> {
    await this.rest.post(route, {
      body: json,
      passThroughBody: true,
      headers: { 'Content-Type': 'application/json' },
      auth: false,
    });
  }

  private request(route: string, json: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = this.send(
        {
          protocol: this.base.protocol,
          hostname: this.base.hostname,
          port: this.base.port,
          path: `${this.base.pathname}${route}`,
          method: 'POST',
          agent: this.agent,
          timeout: TIMEOUT_MS,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(json),
            'User-Agent': DefaultUserAgent,
          },
        },
        (res: IncomingMessage) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new CallbackTimeout()));
      req.on('error', reject);
      req.end(json);
    });
  }
}

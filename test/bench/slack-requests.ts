import { createHmac } from 'node:crypto';
import { type Agent, request } from 'node:http';

/** Signed `/deal` slash commands over loopback HTTP, for the Slack benchmarks. */

export const SECRET = 'bench-signing-secret-not-real';
export const QUESTIONS = [
  'projects',
  'next',
  'who is Akazawa?',
  'timeline',
  'sectors',
  'how much is the deal?',
  'プロジェクトの候補は？',
  'help',
];

export interface Prepared {
  body: string;
  headers: Record<string, string>;
}

/** Signed ahead of time (the timestamp stays valid for the whole run), so the client does little work. */
export function prepare(n: number): Prepared[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: n }, (_, i) => {
    const body = new URLSearchParams({
      team_id: 'T0BENCH',
      channel_id: 'C0BENCH',
      user_id: 'U0BENCH',
      command: '/deal',
      text: QUESTIONS[i % QUESTIONS.length] ?? 'help',
      response_url: 'http://127.0.0.1:9/response',
      trigger_id: `${i}.1.x`,
    }).toString();
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    };
    return { body, headers };
  });
}

/** Sends one request; resolves with the response body when the status is 200. */
export function send(agent: Agent, port: number, req: Prepared): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = request(
      { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: req.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Buffer.concat(chunks).toString('utf8'))
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Requests per second with `inFlight` requests outstanding at all times. */
export async function throughput(
  agent: Agent,
  port: number,
  reqs: Prepared[],
  inFlight: number,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < reqs.length) {
      const req = reqs[next++];
      if (req) await send(agent, port, req);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return reqs.length / ((performance.now() - started) / 1000);
}

import type { KeyObject } from 'node:crypto';
import { sign } from 'node:crypto';
import fc from 'fast-check';
import { autocomplete, buttonClick, slashCommand as discordCommand } from '../fakes/discord/payloads.js';
import { eventCallback, form, slashCommand } from '../fakes/slack/payloads.js';
import { slackSignature } from '../fakes/slack/signer.js';

/** Generated HTTP requests for the robustness suite: targets, methods, headers and bodies of every kind. */

export type Signing = 'valid' | 'none' | 'bad' | 'stale' | 'future' | 'garbage';

export interface GeneratedRequest {
  method: string;
  target: string;
  contentType: string | null;
  body: Buffer;
  signing: Signing;
  /** The endpoint whose signature scheme to use. */
  scheme: 'slack' | 'discord';
}

const text = fc.string({ maxLength: 200 });
const anything = fc.jsonValue({ maxDepth: 3 });

/** Request targets: the real paths, near misses, and strings that are not URLs at all. */
export const target = fc.oneof(
  { arbitrary: fc.constantFrom('/slack/events', '/discord/interactions'), weight: 6 },
  {
    arbitrary: fc.constantFrom('/healthz', '/readyz', '/metrics', '/', '/slack/events?x=%', '/slack//events'),
    weight: 2,
  },
  { arbitrary: fc.constantFrom('//[x', 'http://[::1/x', '//a:b@[', '/%', '*', '/..%2f..%2f'), weight: 1 },
  {
    arbitrary: fc
      .string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 })
      // No space or control character: the request line itself stays parseable.
      .map((s) => [...s].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join(''))
      .filter((s) => s.length > 0),
    weight: 1,
  },
);

const slackJson = fc.oneof(
  fc
    .record({
      type: fc.constantFrom('app_mention', 'message', 'app_home_opened', 'reaction_added'),
      text,
      user: text,
      channel: text,
      ts: text,
    })
    .map((e) => JSON.stringify(eventCallback(e))),
  fc
    .record({ type: fc.constant('event_callback'), event: anything, team_id: anything })
    .map((b) => JSON.stringify(b)),
  fc.record({ type: fc.constant('url_verification'), challenge: anything }).map((b) => JSON.stringify(b)),
  anything.map((v) => JSON.stringify(v)),
);

const slackForm = fc.oneof(
  text.map((t) => form(slashCommand({ text: t, responseUrl: 'http://127.0.0.1:9/r' }))),
  fc
    .record({
      type: fc.constantFrom(
        'block_actions',
        'view_submission',
        'shortcut',
        'message_action',
        'view_closed',
        'block_suggestion',
      ),
      actions: anything,
      user: anything,
      channel: anything,
      view: anything,
    })
    .map((p) => form({ payload: JSON.stringify(p) })),
  anything.map((v) => form({ payload: JSON.stringify(v) })),
  fc.dictionary(text, text, { maxKeys: 5 }).map((d) => form(d)),
  fc.constant('ssl_check=1&token=t'),
);

const discordJson = fc.oneof(
  fc.constant(JSON.stringify({ id: '1', type: 1, application_id: '1', token: 't', version: 1 })),
  text.map((q) => JSON.stringify(discordCommand('ask', { question: q }))),
  text.map((q) => JSON.stringify(autocomplete('ask', 'question', q))),
  fc.tuple(text, text).map(([id, label]) => JSON.stringify(buttonClick(id, label))),
  fc
    .record(
      {
        member: anything,
        data: anything,
        channel: anything,
        user: anything,
        type: fc.integer({ min: -1, max: 9 }),
      },
      { requiredKeys: [] },
    )
    .map((patch) => JSON.stringify({ ...discordCommand('ask', { question: 'projects' }), ...patch })),
  anything.map((v) => JSON.stringify(v)),
);

/** Bodies of every shape: Slack's JSON and forms, Discord's interactions, JSON of any kind, raw bytes. */
export const body = fc.oneof(
  slackJson,
  slackForm,
  discordJson,
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
);

const chaos: fc.Arbitrary<GeneratedRequest> = fc.record({
  method: fc.oneof(
    { arbitrary: fc.constant('POST'), weight: 7 },
    { arbitrary: fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'), weight: 3 },
  ),
  target,
  contentType: fc.constantFrom(
    'application/json',
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=utf-8',
    'text/plain',
    'multipart/form-data; boundary=x',
    null,
  ),
  body: body.map((b) => Buffer.from(b, 'utf8')),
  signing: fc.oneof(
    { arbitrary: fc.constant<Signing>('valid'), weight: 5 },
    { arbitrary: fc.constantFrom<Signing>('none', 'bad', 'stale', 'future', 'garbage'), weight: 5 },
  ),
  scheme: fc.constantFrom<'slack' | 'discord'>('slack', 'discord'),
});

export interface Keys {
  slackSecret: string;
  discordKey: KeyObject;
  /** Seconds since the epoch each side's clock says it is. */
  slackNow: () => number;
  discordNow: () => number;
}

/** The signature headers a generated request carries. */
export function signatureHeaders(r: GeneratedRequest, keys: Keys): Record<string, string> {
  if (r.signing === 'none') return {};
  const now = r.scheme === 'slack' ? keys.slackNow() : keys.discordNow();
  const ts = r.signing === 'stale' ? now - 600 : r.signing === 'future' ? now + 600 : now;
  if (r.signing === 'garbage') {
    return r.scheme === 'slack'
      ? { 'x-slack-signature': 'v0=zz', 'x-slack-request-timestamp': 'soon' }
      : { 'x-signature-ed25519': 'nope', 'x-signature-timestamp': '-1' };
  }
  if (r.scheme === 'slack') {
    const signature = slackSignature(
      r.signing === 'bad' ? 'wrong-secret' : keys.slackSecret,
      ts,
      r.body.toString('utf8'),
    );
    return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) };
  }
  const message = Buffer.concat([Buffer.from(String(ts)), r.body]);
  let signature = sign(null, message, keys.discordKey).toString('hex');
  if (r.signing === 'bad') signature = signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': String(ts) };
}

/** The request as bytes on the wire, with a correct Content-Length and `connection: close`. */
export function wire(r: GeneratedRequest, keys: Keys): Buffer {
  const headers: Record<string, string | number> = {
    host: '127.0.0.1',
    connection: 'close',
    ...signatureHeaders(r, keys),
    ...(r.contentType ? { 'content-type': r.contentType } : {}),
    'content-length': r.body.length,
  };
  const head = `${r.method} ${r.target} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), r.body]);
}

const signing: fc.Arbitrary<Signing> = fc.oneof(
  { arbitrary: fc.constant<Signing>('valid'), weight: 6 },
  { arbitrary: fc.constantFrom<Signing>('none', 'bad', 'stale', 'future', 'garbage'), weight: 4 },
);
const toBuffer = (b: string) => Buffer.from(b, 'utf8');

/** Requests shaped the way each platform sends them (right path, type and scheme), so the deep paths run. */
const coherent: fc.Arbitrary<GeneratedRequest> = fc.oneof(
  fc.record({
    method: fc.constant('POST'),
    target: fc.constant('/slack/events'),
    contentType: fc.constant('application/x-www-form-urlencoded'),
    body: slackForm.map(toBuffer),
    signing,
    scheme: fc.constant<'slack'>('slack'),
  }),
  fc.record({
    method: fc.constant('POST'),
    target: fc.constant('/slack/events'),
    contentType: fc.constant('application/json'),
    body: slackJson.map(toBuffer),
    signing,
    scheme: fc.constant<'slack'>('slack'),
  }),
  fc.record({
    method: fc.constant('POST'),
    target: fc.constant('/discord/interactions'),
    contentType: fc.constant('application/json'),
    body: discordJson.map(toBuffer),
    signing,
    scheme: fc.constant<'discord'>('discord'),
  }),
);

/** Mostly requests as the platforms send them, the rest with every part chosen independently. */
export const request: fc.Arbitrary<GeneratedRequest> = fc.oneof(
  { arbitrary: coherent, weight: 6 },
  { arbitrary: chaos, weight: 4 },
);

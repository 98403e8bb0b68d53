import { parse } from 'node:querystring';

/**
 * What is wrong with a signed Slack body before Bolt sees it, or null when it has the shape Bolt
 * dereferences: Bolt reads fields of the body, of `event`, `channel` and the like without checking
 * them, so `null`, `[]`, `payload=null` or `"event": null` would throw inside it (issue #10). Parsed
 * the way Bolt parses it (JSON, or a form with a JSON `payload`, or a slash command's form).
 */
export function slackBodyProblem(raw: Buffer, contentType: string | undefined): string | null {
  const text = raw.toString('utf8');
  if (contentType === 'application/x-www-form-urlencoded') {
    const fields = parse(text);
    if (fields.payload !== undefined) {
      if (typeof fields.payload !== 'string') return 'the form has more than one "payload"';
      return jsonProblem(fields.payload, 'payload');
    }
    if (fields.ssl_check === '1') return null;
    if (typeof fields.command !== 'string') return 'the form has neither a "payload" nor a "command"';
    for (const [name, value] of Object.entries(fields))
      if (Array.isArray(value)) return `the form field "${name}" is repeated`;
    return null;
  }
  return jsonProblem(text, 'body');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fields Bolt reads as objects when present (`body.channel.id`, `event.item.channel`, …). */
const OBJECT_FIELDS = ['channel', 'user', 'team', 'view', 'message', 'container', 'enterprise'] as const;

function jsonProblem(text: string, what: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `the ${what} is not JSON`;
  }
  if (!isRecord(body)) return `the ${what} is not a JSON object`;
  if (body.type !== undefined && typeof body.type !== 'string') return `"type" is not a string`;
  if (body.command === undefined && typeof body.type !== 'string') return `the ${what} has no "type"`;
  for (const field of OBJECT_FIELDS) {
    if (body[field] !== undefined && body[field] !== null && !isRecord(body[field]))
      return `"${field}" is not an object`;
    if (body[field] === null && field !== 'enterprise') return `"${field}" is null`;
  }
  if (body.actions !== undefined && !(Array.isArray(body.actions) && body.actions.every(isRecord)))
    return '"actions" is not a list of objects';
  if (body.authorizations !== undefined && !Array.isArray(body.authorizations))
    return '"authorizations" is not a list';
  if (body.event !== undefined) {
    const event = body.event;
    if (!isRecord(event) || typeof event.type !== 'string') return '"event" is not an object with a "type"';
    if (event.item !== undefined && !isRecord(event.item)) return '"event.item" is not an object';
  }
  if (body.type === 'url_verification' && typeof body.challenge !== 'string')
    return 'url_verification without a "challenge"';
  return null;
}

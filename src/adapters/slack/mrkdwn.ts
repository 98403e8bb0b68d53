/**
 * Making text safe for Slack. Slack markup is `<…>` tokens: `<!channel>`, `<!here>`, `<!everyone>`,
 * `<!subteam^S…|@team>` and `<@U…>` ping people; `<#C…>` names channels; `<url|label>` links. Text from
 * Slack arrives with `&`, `<`, `>` already escaped, so echoing it raw can ping. Two rules:
 * - `defang` turns every token into readable, inert text (`<!here>` → `@\u200Bhere`).
 * - `mrkdwn` defangs, then escapes `&`, `<`, `>`: the result contains no markup at all.
 * We never set `link_names`, so a plain "@here" does not ping either; it is broken with a zero-width space anyway.
 */

const ZWSP = '\u200B';
const TOKEN = /<([!@#])([^<>]*)>|<((?:https?|mailto):[^<>|]*)(?:\|([^<>]*))?>/g;
const BROADCAST = /@(channel|here|everyone)\b/gi;
/** Leftover openers that could start a token (e.g. after nested markup was unwrapped). */
const OPENER = /<(?=[!@#])/g;

function label(value: string): string | undefined {
  const bar = value.indexOf('|');
  if (bar < 0) return undefined;
  const text = value.slice(bar + 1).trim();
  return text ? text.replace(/^[@#]/, '') : undefined;
}

function readable(sigil: string, body: string): string {
  if (sigil === '#') return `#${label(body) ?? body.split('|')[0]}`;
  if (sigil === '@') return `@${ZWSP}${label(body) ?? body.split('|')[0]}`;
  // `!` tokens: special mentions, user groups, dates.
  const name = (body.split(/[|^]/)[0] ?? '').toLowerCase();
  if (name === 'date') return label(body) ?? 'date';
  if (name === 'subteam') return `@${ZWSP}${label(body) ?? 'group'}`;
  return `@${ZWSP}${label(body) ?? name}`;
}

/** Replaces every Slack token with inert readable text. Idempotent; safe for plain_text fields. */
export function defang(text: string): string {
  // Every rule below needs a "<" or an "@": most answer text has neither.
  if (!text.includes('<') && !text.includes('@')) return text;
  let out = text;
  // Unwrapping can expose an outer token (e.g. `<<!here>!channel>`): repeat until nothing changes.
  for (let i = 0; i < 4; i++) {
    const next = out.replace(TOKEN, (_m, sigil?: string, body?: string, url?: string, text?: string) =>
      sigil ? readable(sigil, body ?? '') : text?.trim() || (url ?? ''),
    );
    if (next === out) break;
    out = next;
  }
  return out.replace(OPENER, `<${ZWSP}`).replace(BROADCAST, `@${ZWSP}$1`);
}

const MRKDWN_SPECIAL = /[&<>]/;

/** Escapes the three characters Slack's mrkdwn gives meaning to. */
export function escapeMrkdwn(text: string): string {
  if (!MRKDWN_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a mrkdwn field or a message's `text`: no markup survives, no ping is possible. */
export function mrkdwn(text: string): string {
  return escapeMrkdwn(defang(text));
}

/** Text for a plain_text field (header, button): defanged, control characters removed. */
export function plain(text: string): string {
  return stripControl(defang(text));
}

/** Removes control characters other than newline and tab. */
export function stripControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
}

import { z } from 'zod';
import { isValidTimeZone } from '../core/time/dates.js';

/**
 * Every environment variable the bot reads, validated once at start. Which adapters run follows
 * from the credentials present; with none, the console runs. An empty value counts as unset, so a
 * copy of .env.example works as it is. Error messages name the variable, say what was wrong and give
 * an example; they never repeat the value of a secret.
 */

/** Copy-paste examples, one per variable (also the source of the README's configuration table). */
export const EXAMPLES = {
  SLACK_BOT_TOKEN: 'xoxb-123-456-abc',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  SLACK_APP_TOKEN: 'xapp-1-A123-456-abc',
  SLACK_API_URL: 'https://slack.com/api/',
  SLACK_CLIENT_ID: '1234567890.1234567890',
  SLACK_CLIENT_SECRET: '3f1c0e9a7b5d4c2e8f6a1b3c5d7e9f0a',
  SLACK_STATE_SECRET: '9c4e2a7f1b8d3e6a0c5f2b9d4e7a1c3f8b6d0e2a5c7f9b1d',
  TOKEN_ENCRYPTION_KEY: 'f8FDt9YICbq0U2QtqmzozmSD/W1w/nuxJsX1r+qKpQ4=',
  DISCORD_TOKEN: 'MTIz.AbCdEf.ghIJklMNop',
  DISCORD_APPLICATION_ID: '123456789012345678',
  DISCORD_API_URL: 'https://discord.com/api',
  DISCORD_GUILD_ID: '123456789012345678',
  DISCORD_PUBLIC_KEY: '<64 hex characters from General Information>',
  DISCORD_SHARDS: '4',
  PORT: '3000',
  HOST: '0.0.0.0',
  LOG_LEVEL: 'info',
  FACTS_PATH: 'data/factbase.json',
  STATE_PATH: 'var/state.json',
  DATABASE_URL: 'postgres://dealbot:password@db.internal:5432/dealbot',
  DEFAULT_TIMEZONE: 'America/New_York',
  DEFAULT_LANG: 'en',
  SCHEDULER: 'on',
  SHUTDOWN_DRAIN_MS: '3000',
  NEWS_FEEDS: 'https://example.org/news/rss.xml,https://example.jp/feed.atom',
  NEWS_POLL: '30m',
  NEWS_TIMEOUT: '10s',
  NEWS_MAX_BYTES: '5242880',
  NEWS_KEEP: '1000',
  NEWS_DENY_PRIVATE: 'on',
} as const;

export type Variable = keyof typeof EXAMPLES;
export const VARIABLES = Object.keys(EXAMPLES) as Variable[];

/** The variables whose values must never be printed or logged. */
export const SECRET_VARIABLES: readonly Variable[] = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'TOKEN_ENCRYPTION_KEY',
  'DATABASE_URL',
];

const quoted = (v: unknown) =>
  JSON.stringify(typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…` : v);
const blankToUnset = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v);

/** A string variable checked by `problem`, which returns what is wrong with the value, or null. */
function text(problem: (v: string) => string | null) {
  return z.string().check((ctx) => {
    const wrong = problem(ctx.value);
    if (wrong) ctx.issues.push({ code: 'custom', message: wrong, input: ctx.value });
  });
}
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUnset, schema.optional());
}
function withDefault<T extends z.ZodType<string>>(schema: T, value: z.output<T>) {
  return z.preprocess(blankToUnset, schema.optional()).transform((v) => (v ?? value) as z.output<T>);
}
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (i) => `${quoted(i.input)} is not one of ${values.join(', ')}` });
}

const noSpaces = (what: string) => (v: string) =>
  /\s/.test(v) ? `${what} contains a space or line break` : null;

/** "30m", "90s", "1h", "500ms" in milliseconds, or null. */
export function parseDuration(v: string): number | null {
  const m = /^(\d+)(ms|s|m|h)$/.exec(v);
  if (!m) return null;
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}

function duration(min: number, max: number, what: string) {
  return text((v) => {
    const ms = parseDuration(v);
    if (ms === null) return `${quoted(v)} is not a duration: a number with ms, s, m or h, e.g. 30m or 10s`;
    if (ms < min || ms > max) return `${what} must be between ${min / 1000} s and ${max / 1000} s`;
    return null;
  });
}

function wholeNumber(min: number, max: number) {
  return text((v) =>
    /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max
      ? null
      : `${quoted(v)} is not a whole number from ${min} to ${max}`,
  );
}

/** Comma-separated http(s) URLs. */
function feedList(v: string): string | null {
  for (const item of v
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      return `${quoted(item)} is not a URL (give full http or https feed URLs, separated by commas)`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `${quoted(item)} is not an http or https URL: only those feeds are fetched`;
  }
  return null;
}

const NewsSchema = {
  NEWS_FEEDS: optional(text(feedList)),
  NEWS_POLL: withDefault(duration(60_000, 86_400_000, 'the poll interval'), '30m'),
  NEWS_TIMEOUT: withDefault(duration(500, 120_000, 'the timeout'), '10s'),
  NEWS_MAX_BYTES: withDefault(wholeNumber(1_024, 100 * 1024 * 1024), '5242880'),
  NEWS_KEEP: withDefault(wholeNumber(10, 100_000), '1000'),
  NEWS_DENY_PRIVATE: withDefault(oneOf(['on', 'off']), 'on'),
};

export const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(
    text((v) => {
      if (v.startsWith('xoxb-')) return noSpaces('the token')(v);
      if (v.startsWith('xapp-')) return 'this is an app-level token (xapp-…): put it in SLACK_APP_TOKEN';
      return 'a Slack bot token starts with "xoxb-" (OAuth & Permissions → Bot User OAuth Token)';
    }),
  ),
  SLACK_SIGNING_SECRET: optional(
    text((v) =>
      /^xox|^xapp-/.test(v)
        ? 'this is a token, not the signing secret (Basic Information → App Credentials → Signing Secret)'
        : noSpaces('the signing secret')(v),
    ),
  ),
  SLACK_APP_TOKEN: optional(
    text((v) => {
      if (v.startsWith('xapp-')) return noSpaces('the token')(v);
      if (v.startsWith('xoxb-')) return 'this is the bot token (xoxb-…): put it in SLACK_BOT_TOKEN';
      return 'an app-level token starts with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)';
    }),
  ),
  SLACK_API_URL: optional(
    text((v) => {
      if (!/^https?:\/\/[^\s/]+/.test(v)) return `${quoted(v)} is not an http(s) URL`;
      if (/\/api$/.test(v)) return `${quoted(v)} needs the trailing slash after /api`;
      return /\/api\/$/.test(v) ? null : `${quoted(v)} must end in /api/`;
    }),
  ),
  SLACK_CLIENT_ID: optional(
    text((v) =>
      /^\d+\.\d+$/.test(v)
        ? null
        : 'a Slack client id is two numbers joined by a dot (Basic Information → App Credentials)',
    ),
  ),
  SLACK_CLIENT_SECRET: optional(text(noSpaces('the client secret'))),
  SLACK_STATE_SECRET: optional(
    text((v) =>
      v.length >= 16 ? noSpaces('the state secret')(v) : 'the state secret is shorter than 16 characters',
    ),
  ),
  TOKEN_ENCRYPTION_KEY: optional(
    text((v) =>
      /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, 'base64').length === 32
        ? null
        : 'not 32 bytes in base64 (44 characters ending in "="); make one with `openssl rand -base64 32`',
    ),
  ),
  DISCORD_TOKEN: optional(
    text((v) =>
      /^Bot\s/i.test(v) ? 'remove the "Bot " prefix: give the token alone' : noSpaces('the token')(v),
    ),
  ),
  DISCORD_APPLICATION_ID: optional(
    text((v) => (/^\d{5,25}$/.test(v) ? null : `${quoted(v)} is not a Discord id (digits only)`)),
  ),
  DISCORD_API_URL: optional(
    text((v) => {
      if (!/^https?:\/\/[^\s/]+/.test(v)) return `${quoted(v)} is not an http(s) URL`;
      if (/\/api\/v\d+\/?$/.test(v)) return `${quoted(v)} includes the API version: end it in /api`;
      return /\/api$/.test(v) ? null : `${quoted(v)} must end in /api (no trailing slash, no version)`;
    }),
  ),
  DISCORD_GUILD_ID: optional(
    text((v) => (/^\d{5,25}$/.test(v) ? null : `${quoted(v)} is not a Discord id (digits only)`)),
  ),
  DISCORD_PUBLIC_KEY: optional(
    text((v) => (/^[0-9a-f]{64}$/i.test(v) ? null : `${quoted(v)} is not 64 hexadecimal characters`)),
  ),
  DISCORD_SHARDS: optional(
    text((v) =>
      /^[1-9]\d{0,4}$/.test(v) ? null : `${quoted(v)} is not a number of shards (a whole number, 1 or more)`,
    ),
  ),
  PORT: optional(
    text((v) =>
      /^\d{1,5}$/.test(v) && Number(v) <= 65535 ? null : `${quoted(v)} is not a port number from 0 to 65535`,
    ).transform(Number),
  ),
  HOST: withDefault(text(noSpaces('the host')), '0.0.0.0'),
  LOG_LEVEL: optional(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  FACTS_PATH: withDefault(z.string(), 'data/factbase.json'),
  STATE_PATH: withDefault(
    text((v) => (/[/\\]$/.test(v) ? `${quoted(v)} is a directory: name the file` : null)),
    'var/state.json',
  ),
  DATABASE_URL: optional(
    text((v) =>
      /^postgres(ql)?:\/\/\S+$/.test(v)
        ? null
        : 'not a PostgreSQL URL (postgres://user:password@host:5432/database)',
    ),
  ),
  DEFAULT_TIMEZONE: withDefault(
    text((v) => (isValidTimeZone(v) ? null : `${quoted(v)} is not an IANA time zone`)),
    'America/New_York',
  ),
  DEFAULT_LANG: withDefault(oneOf(['en', 'ja']), 'en'),
  SCHEDULER: withDefault(oneOf(['on', 'off']), 'on'),
  SHUTDOWN_DRAIN_MS: withDefault(
    text((v) =>
      /^\d{1,4}$/.test(v) && Number(v) <= 8000
        ? null
        : `${quoted(v)} is not a drain window in milliseconds from 0 to 8000 (the whole stop must fit in 10 s)`,
    ),
    '3000',
  ).transform(Number),
  ...NewsSchema,
});

export type Env = z.output<typeof EnvSchema>;
export type LogLevel = NonNullable<Env['LOG_LEVEL']>;

export function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const name = String(issue.path[0] ?? 'environment');
  const example = name in EXAMPLES ? ` (example: ${name}=${EXAMPLES[name as Variable]})` : '';
  return `${name}: ${issue.message}${example}`;
}

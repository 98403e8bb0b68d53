import {
  describeIssue,
  type Env,
  EnvSchema,
  EXAMPLES,
  type LogLevel,
  parseDuration,
} from './config/env-schema.js';
import { typoWarnings } from './config/typos.js';

export { EnvSchema, EXAMPLES, SECRET_VARIABLES, VARIABLES, type Variable } from './config/env-schema.js';

/**
 * The bot's configuration, read once at start from the environment (and .env, loaded by main.ts).
 * Which adapters run follows from the credentials present; with none, the console runs.
 */

export interface SlackConfig {
  /** One workspace: its bot token. Absent in OAuth mode, where each workspace's token is in the store. */
  botToken?: string;
  /** Many workspaces: Bolt's installer serves /slack/install and /slack/oauth_redirect. */
  oauth?: SlackOAuthConfig;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  /** Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode (POST /slack/events on PORT). */
  mode: 'http' | 'socket';
}

export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** TOKEN_ENCRYPTION_KEY, decoded: 32 bytes for AES-256-GCM. */
  encryptionKey: Buffer;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  apiUrl?: string;
  guildId?: string;
  publicKey?: string;
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Where /healthz, /readyz and /metrics (and Slack's HTTP mode) listen; unset: no HTTP server. */
  port?: number;
  /** Set in a process started by discord.js's ShardingManager (npm run discord:shards). */
  shard?: { id: number; count: number };
  host: string;
  statePath: string;
  /** PostgreSQL instead of the state file (DATABASE_URL). */
  databaseUrl?: string;
  factsPath: string;
  defaultTimeZone: string;
  defaultLang: 'en' | 'ja';
  /** LOG_LEVEL, or by default info (warn in the bare local console, so the terminal shows answers only). */
  logLevel: LogLevel;
  scheduler: boolean;
  /** SHUTDOWN_DRAIN_MS: how long requests in flight may finish after SIGTERM, /readyz answering 503. */
  drainMs: number;
  /** The news watch (docs/news.md); `feeds` empty: nothing is fetched. */
  news: NewsWatchSettings;
}

export interface NewsWatchSettings {
  feeds: string[];
  pollMs: number;
  timeoutMs: number;
  maxBytes: number;
  keep: number;
  denyPrivate: boolean;
}

export type ConfigResult = { ok: true; config: Config; warnings: string[] } | { ok: false; errors: string[] };

type Compacted<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined values, so optional fields are absent rather than undefined. */
function compact<T extends object>(o: T): Compacted<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Compacted<T>;
}

const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

function slackOAuthConfig(e: Env, errors: string[]): SlackConfig | undefined {
  const missing = OAUTH_VARIABLES.filter((name) => !e[name]);
  if (missing.length) {
    errors.push(
      `${missing.join(', ')}: missing, but ${OAUTH_VARIABLES.filter((n) => e[n]).join(', ')} set; Slack OAuth (many workspaces) needs all three`,
    );
    return undefined;
  }
  if (!e.SLACK_SIGNING_SECRET) {
    errors.push(
      `SLACK_SIGNING_SECRET: missing; Slack OAuth serves HTTP mode, which verifies every request with it (example: SLACK_SIGNING_SECRET=${EXAMPLES.SLACK_SIGNING_SECRET})`,
    );
    return undefined;
  }
  if (!e.TOKEN_ENCRYPTION_KEY) {
    errors.push(
      'TOKEN_ENCRYPTION_KEY: missing; Slack OAuth stores each workspace token encrypted with it. Make one with `openssl rand -base64 32`',
    );
    return undefined;
  }
  return compact({
    signingSecret: e.SLACK_SIGNING_SECRET,
    apiUrl: e.SLACK_API_URL,
    mode: 'http' as const,
    oauth: {
      clientId: e.SLACK_CLIENT_ID as string,
      clientSecret: e.SLACK_CLIENT_SECRET as string,
      stateSecret: e.SLACK_STATE_SECRET as string,
      encryptionKey: Buffer.from(e.TOKEN_ENCRYPTION_KEY, 'base64'),
    },
  });
}

function slackConfig(e: Env, errors: string[]): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN && OAUTH_VARIABLES.some((name) => e[name])) return slackOAuthConfig(e, errors);
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
      const set = e.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET';
      errors.push(
        `SLACK_BOT_TOKEN: missing, but ${set} is set; Slack needs the bot token too (example: SLACK_BOT_TOKEN=${EXAMPLES.SLACK_BOT_TOKEN})`,
      );
    }
    return undefined;
  }
  if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    errors.push(
      'SLACK_SIGNING_SECRET or SLACK_APP_TOKEN: SLACK_BOT_TOKEN is set but neither is; set SLACK_SIGNING_SECRET for HTTP mode ' +
        `(example: SLACK_SIGNING_SECRET=${EXAMPLES.SLACK_SIGNING_SECRET}) or SLACK_APP_TOKEN for Socket Mode (example: SLACK_APP_TOKEN=${EXAMPLES.SLACK_APP_TOKEN})`,
    );
    return undefined;
  }
  return compact({
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
    mode: e.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const),
  });
}

function discordConfig(e: Env, errors: string[]): DiscordConfig | undefined {
  if (!e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID) return undefined;
  if (!e.DISCORD_TOKEN) {
    errors.push(
      `DISCORD_TOKEN: missing, but DISCORD_APPLICATION_ID is set; add the bot token (Developer Portal → Bot → Reset Token)`,
    );
    return undefined;
  }
  if (!e.DISCORD_APPLICATION_ID) {
    errors.push(
      `DISCORD_APPLICATION_ID: missing, but DISCORD_TOKEN is set; copy it from Developer Portal → General Information (example: DISCORD_APPLICATION_ID=${EXAMPLES.DISCORD_APPLICATION_ID})`,
    );
    return undefined;
  }
  return compact({
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    apiUrl: e.DISCORD_API_URL,
    guildId: e.DISCORD_GUILD_ID,
    publicKey: e.DISCORD_PUBLIC_KEY,
  });
}

/** Parses the environment once. Errors name the variable, what was wrong, and an example. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  const e = parsed.data;
  const errors: string[] = [];
  const slack = slackConfig(e, errors);
  const discord = discordConfig(e, errors);
  if (errors.length) return { ok: false, errors };

  // Slack's HTTP mode and Discord's HTTP interactions need a port; it defaults to 3000 there.
  const port = e.PORT ?? (slack?.mode === 'http' || discord?.publicKey ? 3000 : undefined);
  const bareConsole = !slack && !discord && port === undefined;
  const shard = shardOf(env);
  const config: Config = compact({
    slack,
    discord,
    shard,
    // A shard process owns its own port, and its own state file unless they share a database.
    port: shard && port !== undefined ? port + shard.id : port,
    host: e.HOST,
    statePath: shard && !e.DATABASE_URL ? shardStatePath(e.STATE_PATH, shard.id) : e.STATE_PATH,
    databaseUrl: e.DATABASE_URL,
    factsPath: e.FACTS_PATH,
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    defaultLang: e.DEFAULT_LANG,
    logLevel: e.LOG_LEVEL ?? (bareConsole ? 'warn' : 'info'),
    scheduler: e.SCHEDULER === 'on',
    drainMs: e.SHUTDOWN_DRAIN_MS,
    news: {
      feeds: [
        ...new Set(
          (e.NEWS_FEEDS ?? '')
            .split(',')
            .map((u) => u.trim())
            .filter(Boolean),
        ),
      ],
      pollMs: parseDuration(e.NEWS_POLL) ?? 1_800_000,
      timeoutMs: parseDuration(e.NEWS_TIMEOUT) ?? 10_000,
      maxBytes: Number(e.NEWS_MAX_BYTES),
      keep: Number(e.NEWS_KEEP),
      denyPrivate: e.NEWS_DENY_PRIVATE === 'on',
    },
  });
  return { ok: true, config, warnings: typoWarnings(env) };
}

/**
 * discord.js's ShardingManager starts each shard as a child process with SHARDING_MANAGER, SHARDS (its
 * id) and SHARD_COUNT set; the client reads them itself. Outside a manager there is no shard.
 */
function shardOf(env: Record<string, string | undefined>): { id: number; count: number } | undefined {
  if (!env.SHARDING_MANAGER || env.SHARDS === undefined) return undefined;
  const id = Number(env.SHARDS);
  const count = Number(env.SHARD_COUNT);
  return Number.isInteger(id) && id >= 0 && Number.isInteger(count) && count > id ? { id, count } : undefined;
}

/** var/state.json → var/state.shard-2.json */
export function shardStatePath(path: string, id: number): string {
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  return dot > slash ? `${path.slice(0, dot)}.shard-${id}${path.slice(dot)}` : `${path}.shard-${id}`;
}

/** The secret values in a config, for the logger's value-based redaction. */
export function secretsOf(config: Config): string[] {
  const s = config.slack;
  const d = config.discord;
  const o = s?.oauth;
  return [
    s?.botToken,
    s?.signingSecret,
    s?.appToken,
    d?.token,
    o?.clientSecret,
    o?.stateSecret,
    o?.encryptionKey.toString('base64'),
    config.databaseUrl,
    databasePassword(config.databaseUrl),
  ].filter((v): v is string => Boolean(v));
}

function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

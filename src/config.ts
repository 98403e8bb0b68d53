import { z } from 'zod';

/**
 * Every environment variable the bot reads, validated once at start. Which adapters run follows
 * from the credentials present; with none, the console runs.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not an IANA time zone (example: America/New_York or Asia/Tokyo)' },
);

export const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'a Slack bot token starts with "xoxb-" (example: xoxb-123-456-abc)',
  }),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'a Slack app-level token starts with "xapp-" (example: xapp-1-A123-456-abc)',
  }),
  SLACK_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/.+\/api\/$/.test(v), {
    message: 'must be a URL ending in /api/ (example: https://slack.com/api/)',
  }),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'a Discord application id is a number (example: 123456789012345678)',
  }),
  DISCORD_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/.+\/api$/.test(v), {
    message: 'must be a URL ending in /api, without the version (example: https://discord.com/api)',
  }),
  DISCORD_GUILD_ID: optionalString,
  DISCORD_PUBLIC_KEY: optionalString.refine((v) => v === undefined || /^[0-9a-f]{64}$/i.test(v), {
    message: 'a Discord public key is 64 hex characters (from the Developer Portal, General Information)',
  }),
  PORT: z
    .string()
    .trim()
    .regex(/^\d*$/, 'must be a port number (example: 3000)')
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .refine((v) => v === undefined || v <= 65535, { message: 'must be a port number from 0 to 65535 (example: 3000)' }),
  HOST: z.string().default('0.0.0.0'),
  STATE_PATH: z.string().min(1).default('var/state.json'),
  FACTS_PATH: z.string().min(1).default('data/factbase.json'),
  DEFAULT_TIMEZONE: timeZone.default('America/New_York'),
  DEFAULT_LANG: z.enum(['en', 'ja']).default('en'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SCHEDULER: z.enum(['on', 'off']).default('on'),
});

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  mode: 'http' | 'socket';
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
  port?: number;
  host: string;
  statePath: string;
  factsPath: string;
  defaultTimeZone: string;
  defaultLang: 'en' | 'ja';
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  scheduler: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

type Compacted<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined values, so optional fields are absent rather than undefined. */
function compact<T extends object>(o: T): Compacted<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Compacted<T>;
}

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    };
  }
  const e = parsed.data;
  const errors: string[] = [];

  let slack: SlackConfig | undefined;
  if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
      errors.push(
        'SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: set one of them (see .env.example)',
      );
    } else {
      slack = compact({
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        appToken: e.SLACK_APP_TOKEN,
        apiUrl: e.SLACK_API_URL,
        mode: e.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const),
      });
    }
  } else if (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    errors.push('SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: set SLACK_BOT_TOKEN (xoxb-…) too');
  }

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    if (!e.DISCORD_TOKEN) errors.push('DISCORD_APPLICATION_ID is set without DISCORD_TOKEN: set the bot token too');
    else if (!e.DISCORD_APPLICATION_ID)
      errors.push('DISCORD_TOKEN is set without DISCORD_APPLICATION_ID: copy it from the Developer Portal (example: 123456789012345678)');
    else
      discord = compact({
        token: e.DISCORD_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID,
        apiUrl: e.DISCORD_API_URL,
        guildId: e.DISCORD_GUILD_ID,
        publicKey: e.DISCORD_PUBLIC_KEY,
      });
  }
  if (errors.length) return { ok: false, errors };

  // Slack's HTTP mode needs a port; it defaults to 3000 there.
  const port = e.PORT ?? (slack?.mode === 'http' ? 3000 : undefined);
  const config: Config = compact({
    slack,
    discord,
    port,
    host: e.HOST,
    statePath: e.STATE_PATH,
    factsPath: e.FACTS_PATH,
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    defaultLang: e.DEFAULT_LANG,
    logLevel: e.LOG_LEVEL,
    scheduler: e.SCHEDULER === 'on',
  });
  return { ok: true, config };
}

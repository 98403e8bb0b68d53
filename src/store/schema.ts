import { z } from 'zod';
import { emptyNewsState, NewsStateSchema } from './news-schema.js';

/**
 * The state file's shape (what must survive a restart): subscriptions, the delivery ledger, what each
 * channel's last digest covered, the Slack workspaces that installed the app, and the news watch's
 * reports and feed state. Validated with zod every time the file is read.
 */

export const STATE_SCHEMA_VERSION = 3;

const IsoInstant = z.iso.datetime({ offset: true });

export const ChannelRefSchema = z.strictObject({
  platform: z.enum(['slack', 'discord', 'console']),
  workspace: z.string().min(1),
  channel: z.string().min(1),
  thread: z.string().min(1).exactOptional(),
});

export const DigestSettingsSchema = z.strictObject({
  cadence: z.enum(['weekly', 'daily']),
  day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time as HH:MM (24h), e.g. "09:00"'),
  skipWhenNoNews: z.boolean(),
});

export const SubscriptionSchema = z.strictObject({
  id: z.string().min(1),
  channel: ChannelRefSchema,
  reminders: z.boolean(),
  digest: DigestSettingsSchema.nullable(),
  /** Posts each new news report about the deal (see docs/news.md). */
  news: z.boolean(),
  timeZone: z.string().min(1),
  lang: z.enum(['en', 'ja']),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  status: z.enum(['active', 'failing']),
  failure: z.strictObject({ reason: z.string(), at: IsoInstant }).exactOptional(),
});

/** One delivery that is done: posted and accepted by the platform, or deliberately not posted. */
export const LedgerEntrySchema = z.strictObject({
  at: IsoInstant,
  outcome: z.enum(['sent', 'skipped']),
  messageId: z.string().exactOptional(),
});

/** What a channel's last digest covered: when, and the fact base snapshot it compared against next. */
export const DigestMarkSchema = z.strictObject({
  lastAt: IsoInstant,
  snapshot: z.string().min(1),
});

/**
 * A Slack workspace (or Enterprise Grid org) that installed the app through OAuth. `sealed` is Bolt's
 * installation, tokens included, encrypted with AES-256-GCM (TOKEN_ENCRYPTION_KEY): never plain text.
 */
export const InstallationRecordSchema = z.strictObject({
  installedAt: IsoInstant,
  sealed: z.string().min(1),
});

export const StateSchema = z.strictObject({
  schemaVersion: z.literal(STATE_SCHEMA_VERSION),
  subscriptions: z.array(SubscriptionSchema),
  /** Delivery key → outcome. Keys: `<subscription id>|reminder:<event>:<offset>:<date>` or `…|digest:<instant>`. */
  ledger: z.record(z.string(), LedgerEntrySchema),
  digests: z.record(z.string(), DigestMarkSchema),
  /** Snapshot id → (record key → content hash): the fact base as a digest last saw it. */
  snapshots: z.record(z.string(), z.record(z.string(), z.string())),
  /** When the scheduler last finished a tick (for logging what was missed while it was down). */
  lastTickAt: IsoInstant.nullable(),
  /** Slack installation key (team id, or enterprise id for an org-wide install) → installation. */
  installations: z.record(z.string(), InstallationRecordSchema),
  /** News reports found in feeds, and each feed's fetch state (src/store/news-state.ts). */
  news: NewsStateSchema,
});

export type State = z.infer<typeof StateSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type DigestMark = z.infer<typeof DigestMarkSchema>;
export type InstallationRecord = z.infer<typeof InstallationRecordSchema>;

export function emptyState(): State {
  return {
    schemaVersion: STATE_SCHEMA_VERSION,
    subscriptions: [],
    ledger: {},
    digests: {},
    snapshots: {},
    lastTickAt: null,
    installations: {},
    news: emptyNewsState(),
  };
}
